import { OCIRepository } from "@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1";
import { patch, type Component } from "@k8s-gitops/core";
import { certManager, type CertManager } from "@k8s-gitops/cert-manager";
import { externalSecrets, type ExternalSecrets } from "@k8s-gitops/external-secrets";
import { peerOf, type ClusterValues } from "@k8s-gitops/fleet";
import { fluxSync } from "@k8s-gitops/flux-system";
import { networkPolicies } from "@k8s-gitops/network-policies";
import { openebs, type OpenEbs } from "@k8s-gitops/openebs";
import { waive } from "@k8s-gitops/validate";
import { networkCore, networkEdge, type NetworkCore, type NetworkEdge } from "./networking.ts";

export { KUBE_SYSTEM_POLICY_REASON, kubeSystemRelease } from "./kube-system.ts";
export { meshMember, networkCore, networkEdge, type NetworkCore, type NetworkEdge } from "./networking.ts";

/** The shared layer's components by role, so cluster files can wire cluster-only components to them. */
export interface SharedLayer {
  /** Cilium (with its pool, BGP, gateways and mesh), CoreDNS, ExternalDNS, cloudflared, Spegel. */
  readonly network: NetworkCore & NetworkEdge;
  readonly secrets: ExternalSecrets;
  readonly certs: CertManager;
  readonly policies: Component;
  /** Node-local volumes (the fleet's storage.localClass). */
  readonly storage: OpenEbs;
  /** Flux's own source and root Kustomization, managed from the artifact after day zero. */
  readonly flux: Component;
  /** Every component of the layer, for the cluster's component list. */
  readonly components: readonly Component[];
}

/**
 * The infrastructure both clusters run, configured only by their typed values: nothing in here
 * may test the cluster's name (feature flags belong in ClusterValues, where each cluster's
 * value is written next to the other's).
 *
 * Order (Flux dependsOn): Cilium first (no pod networking without it), CoreDNS on it; the
 * operators (external-secrets, cert-manager) once both are there; the pool, BGP and mesh on
 * Cilium's CRDs; gateways on the pool and the wildcard certificate; ExternalDNS and cloudflared
 * on the gateways and the secret store; the network policies last, on Cilium and every
 * namespace they guard.
 *
 * `peer` is the other cluster (its mesh endpoint and pool configure this one); by default the
 * fleet's, so each fact is written once, in the values of the cluster it belongs to.
 */
export function sharedLayer(values: ClusterValues, peer: ClusterValues = peerOf(values)): SharedLayer {
  const core = networkCore(values, peer);
  // The operators run once pod networking and cluster DNS are there.
  const platformBase = [core.cilium, core.coredns];
  const secrets = externalSecrets(
    {
      connectHost: values.secrets.connectHost,
      vault: values.secrets.vault,
      connectTokenSecret: values.secrets.connectTokenSecret,
      storeName: values.secrets.storeName,
    },
    { dependsOn: platformBase },
  );
  const certs = certManager(
    {
      acmeEmail: values.letsEncryptEmail,
      domain: values.domain,
      cloudflareToken: { item: values.secrets.cloudflareApiTokenPath, property: "credential" },
    },
    { secrets: secrets.store, dependsOn: platformBase },
  );
  const storage = openebs({ storageClass: values.storage.localClass, basePath: values.storage.openebsBasePath }, { dependsOn: [core.cilium] });
  const edge = networkEdge(values, core, { secrets: secrets.store, certificates: certs.issuers, wildcardSecret: certs.wildcardSecret }, peer);
  const policies = networkPolicies(
    {
      // kube-system (Cilium, CoreDNS, Spegel, the gateways) gets no baseline: see docs/networking.md.
      namespaces: [secrets.networkPolicy, certs.networkPolicy, edge.externalDns.networkPolicy, edge.cloudflared.networkPolicy, storage.networkPolicy],
      apiServerCidrs: [values.network.nodeCidr],
    },
    { dependsOn: [core.cilium, secrets.operator, certs.controller, edge.externalDns.component, edge.cloudflared.component, storage.component] },
  );
  // The cluster follows its branch's moving tag by design (gitops push also writes an immutable
  // sha-<commit> tag per build); every other source is pinned.
  const flux = patch(
    fluxSync({ name: values.name, artifact: values.artifact }, { robotAccount: { store: values.secrets.storeName, item: values.artifact.robotAccountPath } }, { secrets: secrets.store }),
    OCIRepository,
    { name: "flux-system", namespace: "flux-system" },
    (source) => waive(source, "pinned-version", "the cluster follows its own artifact's branch tag, each build is also tagged sha-<commit>"),
  );
  return {
    network: { ...core, ...edge },
    storage,
    flux,
    secrets,
    certs,
    policies,
    components: [
      core.cilium,
      core.coredns,
      core.ipam,
      core.bgp,
      ...secrets.components,
      ...certs.components,
      edge.gateways.component,
      edge.clusterMesh,
      edge.externalDns.component,
      edge.cloudflared.component,
      edge.spegel,
      storage.component,
      policies,
      flux,
    ],
  };
}
