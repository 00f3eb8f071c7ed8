import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { patch, waive, type Component } from "@k8s-gitops/core";

/**
 * Why kube-system has no deny-all baseline (the validator's network-policy rule is waived on the
 * releases that run there, and nowhere else). It holds the cluster's own plumbing: Cilium's agent
 * and operator use the host network, where pod policies do not apply; CoreDNS must answer every
 * pod of every namespace; clustermesh-apiserver answers the other cluster; Spegel is reached by
 * every node's containerd. A baseline written slightly wrong here takes down DNS, the CNI or the
 * mesh for the whole cluster, while the namespaces that run applications are all covered.
 */
export const KUBE_SYSTEM_POLICY_REASON =
  "kube-system runs the CNI, cluster DNS, the mesh apiserver and the image mirror, which every namespace and node must reach: no deny-all baseline there (docs/networking.md)";

/** The component with its kube-system HelmRelease carrying the network-policy waiver. */
export function kubeSystemRelease<O extends object>(c: Component<O>, release: string): Component<O> {
  return patch(c, HelmRelease, { name: release, namespace: "kube-system" }, (hr) => waive(hr, "network-policy", KUBE_SYSTEM_POLICY_REASON));
}
