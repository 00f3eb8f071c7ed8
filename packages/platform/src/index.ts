import { OCIRepository } from "@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1";
import { componentsOf, patch, waive, type Component, type ComponentGroup } from "@k8s-gitops/core";
import { certManager, type CertManager } from "@k8s-gitops/cert-manager";
import { externalSecrets, type ExternalSecrets } from "@k8s-gitops/external-secrets";
import { fluxSync } from "@k8s-gitops/flux-system";
import { networkPolicies } from "@k8s-gitops/network-policies";
import { openebs, type OpenEbsOutputs } from "@k8s-gitops/openebs";
import { rookCephOperator, type CephStorageNode } from "@k8s-gitops/rook-ceph";
import { rookCephCluster, type RookCephCluster } from "@k8s-gitops/rook-ceph-cluster";
import { snapshotController, snapshotCrds } from "@k8s-gitops/snapshot-controller";
import { volsync } from "@k8s-gitops/volsync";
import { prometheusOperatorCrds } from "@k8s-gitops/prometheus-operator-crds";
import { AGENT_POD_LABELS } from "@k8s-gitops/victoria-metrics";
import type { BlockVolumes, LayerDeps } from "./layer-deps.ts";
import { logging, type Logging } from "./logging.ts";
import { networkCore, networkEdge, networkMesh, type NetworkCore, type NetworkEdge, type NetworkMesh } from "./networking.ts";
import { observability, type Observability } from "./observability.ts";
import { operations, type Operations } from "./operations.ts";
import type { PeerCluster, PlatformValues } from "./values.ts";

export { KUBE_SYSTEM_POLICY_REASON, kubeSystemRelease } from "./kube-system.ts";
export { networkCore, networkEdge, networkMesh, type NetworkCore, type NetworkEdge, type NetworkMesh } from "./networking.ts";
export type { BlockVolumes, LayerDeps } from "./layer-deps.ts";
export type { Logging } from "./logging.ts";
export type { Observability } from "./observability.ts";
export type { Operations } from "./operations.ts";
export { peerOf, type GlobalObservability, type ServiceEndpoint, type OnePasswordPath, type PeerCluster, type PlatformValues } from "./values.ts";

/** The shared layer by role: each a group of components a cluster file lists by name. */
export type SharedLayer = {
  /** The Gateway API CRDs, Cilium (with its pool, BGP and gateways), CoreDNS, ExternalDNS, cloudflared, Spegel. */
  readonly network: NetworkCore & NetworkEdge;
  /** The ClusterMesh connection, when the cluster has peers (empty otherwise). */
  readonly mesh: NetworkMesh | Readonly<Record<string, never>>;
  readonly secrets: ExternalSecrets;
  readonly certificates: CertManager;
  /**
   * Node-local volumes (storage.localClass), the CSI snapshot CRDs (bootstrap phase 1) and
   * controller, and VolSync for volume backups (`volumeBackup` from @k8s-gitops/volsync).
   */
  readonly storage: {
    readonly openebs: Component<OpenEbsOutputs>;
    readonly snapshotCrds: Component;
    readonly snapshotController: Component;
    readonly volsync: Component;
  };
  /**
   * Rook-Ceph on the storage nodes of the cluster's values (storage.ceph, from the node
   * inventory): the operator, the CephCluster with its block pool and default class
   * (storage.blockClass), the RBD snapshot class, the toolbox. Empty without storage.ceph.
   */
  readonly ceph: CephStorage | Readonly<Record<string, never>>;
  /** Flux's own source and root Kustomization, managed from the artifact after day zero. */
  readonly flux: { readonly sync: Component };
  /** The prometheus-operator CRDs every ServiceMonitor, PodMonitor and PrometheusRule needs (bootstrap phase 1). */
  readonly monitoring: { readonly crds: Component };
  /** The VictoriaMetrics operator and the cluster's agent (see observability.ts). */
  readonly observability: Observability;
  /** Fluent Bit shipping the cluster's logs (see logging.ts). */
  readonly logging: Logging;
  /** Reloader and other day-two operators (see operations.ts). */
  readonly operations: Operations;
  /** Where the cluster's persistent volumes go (not a group: a storage class and its provider). */
  readonly volumes: BlockVolumes;
};

/** The Rook operator and what runs on it. */
export type CephStorage = { readonly operator: Component } & RookCephCluster;

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
 * on the gateways and the secret store; Flux's own objects on the secret store. Storage: the
 * snapshot CRDs in day zero's phase 1 (every CSI provisioner's snapshotter sidecar needs them),
 * the snapshot controller on them, VolSync on the controller; the Rook operator on the CRDs, the
 * CephCluster on the operator, the controller and the gateways (its dashboard route), the
 * toolbox on the CephCluster.
 */
export function sharedLayer(values: PlatformValues, neighbours: Neighbours): SharedLayer {
  // First: every component of the layer ships its ServiceMonitors or PodMonitors and alerts,
  // the bootstrap-phase ones (Cilium, CoreDNS) included, so all of them depend on it.
  const monitoringCrds = prometheusOperatorCrds();
  const core = networkCore(values, neighbours.peers, { monitoringCrds });
  const base = { cilium: core.cilium, coredns: core.coredns };
  const monitored = { ...base, monitoringCrds };
  const secrets = externalSecrets(
    { connectHost: values.secrets.connectHost, vault: values.secrets.vault, connectToken: values.secrets.connectToken, storeName: values.secrets.storeName },
    monitored,
  );
  const certificates = certManager(
    { acmeEmail: values.letsEncryptEmail, domain: values.domain, cloudflareToken: { item: values.secrets.cloudflareApiTokenPath, property: "credential" } },
    { ...monitored, secretStore: secrets.store },
  );
  const edge = networkEdge(values, core, { secretStore: secrets.store, issuers: certificates.issuers, monitoringCrds });
  // The cluster follows its branch's moving tag by design (gitops push also writes an immutable
  // sha-<commit> tag per build); every other source is pinned.
  const sync = patch(
    fluxSync({ name: values.name, artifact: values.artifact }, { robotAccountItem: values.artifact.robotAccountPath, verifyKey: values.artifact.verifyKey }, { secretStore: secrets.store, monitoringCrds }),
    OCIRepository,
    { name: "flux-system", namespace: "flux-system" },
    (source) => waive(source, "pinned-version", "the cluster follows its own artifact's branch tag, each build is also tagged sha-<commit>"),
  );
  const crds = snapshotCrds();
  const snapshots = snapshotController({}, { cilium: core.cilium, snapshotCrds: crds, monitoringCrds });
  const storage = {
    openebs: openebs({ storageClass: values.storage.localClass, basePath: values.storage.openebsBasePath }, { cilium: core.cilium, monitoringCrds }),
    snapshotCrds: crds,
    snapshotController: snapshots,
    volsync: volsync({}, { ...monitored, snapshotController: snapshots }),
  };
  // The storage nodes come from the node inventory through the cluster's values; a cluster
  // without them (one outside the inventory) runs no Ceph.
  const rook = values.storage.ceph ? cephStorage(values, values.storage.ceph, { ...monitored, snapshotCrds: crds, snapshotController: snapshots, gateways: edge.gateways }) : undefined;
  const ceph = rook ?? {};
  // A volume follows its pod to another node on Ceph block; without Ceph, node-local NVMe.
  const volumes: BlockVolumes = rook
    ? { storageClass: values.storage.blockClass, component: rook.cluster }
    : { storageClass: values.storage.localClass, component: storage.openebs };
  const deps: LayerDeps = { network: { ...core, ...edge }, secrets, certificates, monitoringCrds, volumes };
  return {
    network: { ...core, ...edge },
    mesh: neighbours.peers.length > 0 ? networkMesh(values, core, { secretStore: secrets.store }, neighbours.peers) : {},
    secrets,
    certificates,
    storage,
    ceph,
    flux: { sync },
    monitoring: { crds: monitoringCrds },
    observability: observability(values, deps),
    logging: logging(values, deps),
    operations: operations(values, deps),
    volumes,
  };
}

function cephStorage(
  values: PlatformValues,
  ceph: { readonly nodes: readonly CephStorageNode[]; readonly replicas: number },
  deps: { cilium: Component; coredns: Component; monitoringCrds: Component; snapshotCrds: Component; snapshotController: Component; gateways: NetworkEdge["gateways"] },
): CephStorage {
  const operator = rookCephOperator({}, deps);
  const cluster = rookCephCluster(
    {
      cluster: values.name,
      nodes: ceph.nodes,
      replicas: ceph.replicas,
      blockClass: values.storage.blockClass,
      // Both clusters share the domain: the cluster's name keeps the two dashboards apart.
      dashboardHost: `ceph-${values.name}.${values.domain}`,
    },
    { rookCephOperator: operator, snapshotController: deps.snapshotController, gateways: deps.gateways, monitoringCrds: deps.monitoringCrds },
  );
  return { operator, ...cluster };
}

/**
 * The cluster's network-policies component: the deny-all baseline and the declared allowances
 * of every namespace whose components declare them, across everything the cluster runs (the
 * shared layer and the cluster's own components alike), so no namespace is left out by hand.
 */
export function networkBaseline(values: PlatformValues, network: Pick<NetworkCore, "cilium">, runs: readonly (Component | ComponentGroup)[]): Component {
  // The cluster's metrics agent (observability.ts) runs in the global stores' namespace.
  const scrapers = [{ namespace: values.observability.global.namespace, podLabels: AGENT_POD_LABELS }];
  return networkPolicies({ apiServerCidrs: [values.network.nodeCidr], scrapers }, { cilium: network.cilium, guards: componentsOf(runs) });
}
