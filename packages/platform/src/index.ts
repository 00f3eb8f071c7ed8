import { OCIRepository } from "@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1";
import { componentsOf, patch, waive, type Component, type ComponentGroup } from "@k8s-gitops/core";
import { certManager, type CertManager } from "@k8s-gitops/cert-manager";
import { externalSecrets, type ExternalSecrets } from "@k8s-gitops/external-secrets";
import { fluxSync } from "@k8s-gitops/flux-system";
import { networkPolicies } from "@k8s-gitops/network-policies";
import { openebs, type OpenEbsOutputs } from "@k8s-gitops/openebs";
import { networkCore, networkEdge, networkMesh, type NetworkCore, type NetworkEdge, type NetworkMesh } from "./networking.ts";
import type { PeerCluster, PlatformValues } from "./values.ts";

export { KUBE_SYSTEM_POLICY_REASON, kubeSystemRelease } from "./kube-system.ts";
export { networkCore, networkEdge, networkMesh, type NetworkCore, type NetworkEdge, type NetworkMesh } from "./networking.ts";
export { peerOf, type OnePasswordPath, type PeerCluster, type PlatformValues } from "./values.ts";

/** The shared layer by role: each a group of components a cluster file lists by name. */
export type SharedLayer = {
  /** The Gateway API CRDs, Cilium (with its pool, BGP and gateways), CoreDNS, ExternalDNS, cloudflared, Spegel. */
  readonly network: NetworkCore & NetworkEdge;
  /** The ClusterMesh connection, when the cluster has peers (empty otherwise). */
  readonly mesh: NetworkMesh | Readonly<Record<string, never>>;
  readonly secrets: ExternalSecrets;
  readonly certificates: CertManager;
  /** Node-local volumes (storage.localClass). */
  readonly storage: { readonly openebs: Component<OpenEbsOutputs> };
  /** Flux's own source and root Kustomization, managed from the artifact after day zero. */
  readonly flux: { readonly sync: Component };
};

/** What a cluster knows of the others: passed explicitly, never looked up by name. */
export interface Neighbours {
  /** The clusters this one meshes with (their mesh endpoints, ids and pools). */
  readonly peers: readonly PeerCluster[];
}

/**
 * The infrastructure every cluster runs, configured only by its typed values and its
 * neighbours: nothing in here may test the cluster's name (a difference between clusters is a
 * value in PlatformValues, written in each cluster's own folder).
 *
 * Order (Flux dependsOn): the Gateway API CRDs, Cilium and CoreDNS first (day zero installs them before Flux), the
 * operators (external-secrets, cert-manager, OpenEBS) on both; the pool, BGP and mesh on
 * Cilium; the gateways on the pool and the wildcard certificate; ExternalDNS and cloudflared
 * on the gateways and the secret store; Flux's own objects on the secret store.
 */
export function sharedLayer(values: PlatformValues, neighbours: Neighbours): SharedLayer {
  const core = networkCore(values, neighbours.peers);
  const base = { cilium: core.cilium, coredns: core.coredns };
  const secrets = externalSecrets(
    { connectHost: values.secrets.connectHost, vault: values.secrets.vault, connectToken: values.secrets.connectToken, storeName: values.secrets.storeName },
    base,
  );
  const certificates = certManager(
    { acmeEmail: values.letsEncryptEmail, domain: values.domain, cloudflareToken: { item: values.secrets.cloudflareApiTokenPath, property: "credential" } },
    { ...base, secretStore: secrets.store },
  );
  const edge = networkEdge(values, core, { secretStore: secrets.store, issuers: certificates.issuers });
  // The cluster follows its branch's moving tag by design (gitops push also writes an immutable
  // sha-<commit> tag per build); every other source is pinned.
  const sync = patch(
    fluxSync({ name: values.name, artifact: values.artifact }, { robotAccountItem: values.artifact.robotAccountPath }, { secretStore: secrets.store }),
    OCIRepository,
    { name: "flux-system", namespace: "flux-system" },
    (source) => waive(source, "pinned-version", "the cluster follows its own artifact's branch tag, each build is also tagged sha-<commit>"),
  );
  return {
    network: { ...core, ...edge },
    mesh: neighbours.peers.length > 0 ? networkMesh(values, core, { secretStore: secrets.store }, neighbours.peers) : {},
    secrets,
    certificates,
    storage: { openebs: openebs({ storageClass: values.storage.localClass, basePath: values.storage.openebsBasePath }, { cilium: core.cilium }) },
    flux: { sync },
  };
}

/**
 * The cluster's network-policies component: the deny-all baseline and the declared allowances
 * of every namespace whose components declare them, across everything the cluster runs (the
 * shared layer and the cluster's own components alike), so no namespace is left out by hand.
 */
export function networkBaseline(values: PlatformValues, network: Pick<NetworkCore, "cilium">, runs: readonly (Component | ComponentGroup)[]): Component {
  return networkPolicies({ apiServerCidrs: [values.network.nodeCidr] }, { cilium: network.cilium, guards: componentsOf(runs) });
}
