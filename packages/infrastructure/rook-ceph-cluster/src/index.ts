import { Deployment } from "kubernetes-models/apps/v1";
import { component, ConfigError, dnsName, healthCheck, RELOADER_AUTO, type Component, type DnsName } from "@k8s-gitops/core";
import { httpRoute, type Gateways } from "@k8s-gitops/gateway";
import {
  CEPH_IMAGE,
  cephBlockPool,
  CephBlockPool,
  CephCluster,
  cephCluster,
  cephFilesystem,
  CephFilesystem,
  DASHBOARD_PORT,
  NAMESPACE,
  rbdProvisioner,
  RBD_SECRETS,
  rbdStorageClass,
  type CephStorageNode,
} from "@k8s-gitops/rook-ceph";
import { volumeSnapshotClass } from "@k8s-gitops/snapshot-controller";
import { StorageClass } from "kubernetes-models/storage.k8s.io/v1";
import type { GrafanaDashboard } from "@k8s-gitops/prometheus-operator-crds";
import pkg from "../package.json" with { type: "json" };
import { cephAlerts } from "./alerts.ts";

export { NAMESPACE } from "@k8s-gitops/rook-ceph";
export { cephAlerts } from "./alerts.ts";

/** The CephCluster's name: also the `rook-ceph-mon` secrets' prefix Rook writes. */
export const CLUSTER_NAME = "rook-ceph";

export interface RookCephClusterOptions {
  /** The Kubernetes cluster, for error messages and the Ceph cluster's identity. */
  cluster: string;
  /** The storage nodes and their disks (from the node inventory's `cephStorageNodesOf`). */
  nodes: readonly CephStorageNode[];
  /** Name of the block pool and of its StorageClass, the cluster's default class (values' storage.blockClass). */
  blockClass: string;
  /** Copies of each block (default 3); the cluster needs at least as many storage nodes. */
  replicas?: number;
  /** Name of the Retain variant of the block class, for regulated data (default `<blockClass>-retain`). */
  retainClass?: string;
  /** Name of the RBD VolumeSnapshotClass (default csi-ceph-blockpool). */
  snapshotClass?: string;
  /** The dashboard's host name on the internal gateway (a name its certificate covers). */
  dashboardHost: DnsName | string;
  /** A CephFS filesystem and its class, for ReadWriteMany claims (default none: no consumer needs one yet). */
  filesystem?: { name: string; storageClass: string };
  /** Ceph image (default the one rook-ceph pins). */
  image?: string;
  /**
   * Rook's ServiceMonitors of the mgr and the exporters (the operator creates them: its own
   * `monitoring` must be on too) and the Ceph alerts. Default true.
   */
  monitoring?: boolean;
}

/** What the cluster's storage gives dependants: class names they put in claims and backups. */
export interface RookCephClusterOutputs {
  readonly blockClass: string;
  readonly retainClass: string;
  readonly snapshotClass: string;
  readonly filesystemClass: string | undefined;
}

/** The Ceph dashboard on grafana.com (for whoever provisions Grafana). */
export const dashboards: readonly GrafanaDashboard[] = [{ id: 2842, revision: 18, title: "Ceph Cluster" }];

/** The Ceph cluster with its pools and classes, then the toolbox once the cluster is up. */
export type RookCephCluster = {
  readonly cluster: Component<RookCephClusterOutputs>;
  readonly toolbox: Component;
};

/**
 * A Ceph cluster on the inventory's storage nodes: the CephCluster, a replicated block pool
 * with its StorageClass as the cluster default (and a Retain variant), the RBD snapshot class,
 * an optional CephFS, and the dashboard on the internal gateway. The toolbox is a second
 * component because it reads the mon secret and endpoints the operator writes for the cluster.
 */
export function rookCephCluster(
  o: RookCephClusterOptions,
  deps: { rookCephOperator: Component; snapshotController: Component; gateways: Gateways; monitoringCrds: Component },
): RookCephCluster {
  const replicas = o.replicas ?? 3;
  const monitoring = o.monitoring ?? true;
  if (o.nodes.length < replicas) {
    throw new ConfigError(`${o.nodes.length} storage node(s) (${o.nodes.map((n) => n.name).join(", ") || "none"}) for ${replicas} replicas: with failure domain host every copy needs its own node`, {
      cluster: o.cluster,
      component: "rook-ceph-cluster",
      object: `CephBlockPool/${NAMESPACE}/${o.blockClass}`,
      field: "spec.replicated.size",
    });
  }
  const ceph = cephCluster({ cluster: o.cluster, name: CLUSTER_NAME, nodes: o.nodes, mons: 3, dashboard: true, monitoring, ...(o.image ? { image: o.image } : {}) });
  const pool = cephBlockPool({ cluster: o.cluster, name: o.blockClass, replicas, failureDomain: "host" });
  const retainClass = o.retainClass ?? `${o.blockClass}-retain`;
  const snapshotClass = o.snapshotClass ?? "csi-ceph-blockpool";
  const fs = o.filesystem ? { ...o.filesystem, object: cephFilesystem({ cluster: o.cluster, name: o.filesystem.name, replicas }) } : undefined;
  const dashboardHost = dnsName(o.dashboardHost, { cluster: o.cluster, component: "rook-ceph-cluster", field: "dashboardHost" });
  const resources = [
    ceph,
    pool,
    rbdStorageClass({ name: o.blockClass, pool, isDefault: true }),
    rbdStorageClass({ name: retainClass, pool, reclaimPolicy: "Retain" }),
    volumeSnapshotClass({
      name: snapshotClass,
      driver: rbdProvisioner(),
      isDefault: true,
      parameters: { clusterID: NAMESPACE, "csi.storage.k8s.io/snapshotter-secret-name": RBD_SECRETS.provisioner, "csi.storage.k8s.io/snapshotter-secret-namespace": NAMESPACE },
    }),
    ...(fs ? [fs.object, cephfsStorageClass(fs.storageClass, fs.name)] : []),
    // The mgr serves the dashboard on the host network; the Service the operator creates points at it.
    httpRoute({ name: "rook-ceph-dashboard", namespace: NAMESPACE, parent: deps.gateways.outputs.internal, hostnames: [dashboardHost], backend: { service: "rook-ceph-mgr-dashboard", port: DASHBOARD_PORT } }),
    ...(monitoring ? [cephAlerts(NAMESPACE)] : []),
  ];
  const cluster = component<RookCephClusterOutputs>({
    name: "rook-ceph-cluster",
    namespace: NAMESPACE,
    dependsOn: [deps.rookCephOperator, deps.snapshotController, deps.gateways, deps.monitoringCrds],
    // First creation runs mons, mgrs and one OSD prepare job per disk before Ready.
    timeout: "20m",
    resources,
    // Flux reads CephCluster readiness from its Ready condition (kstatus); the pools have no
    // conditions, so the cluster's is the one that means "Ceph serves I/O".
    healthChecks: [healthCheck(CephCluster, CLUSTER_NAME, NAMESPACE), healthCheck(CephBlockPool, o.blockClass, NAMESPACE), ...(fs ? [healthCheck(CephFilesystem, fs.name, NAMESPACE)] : [])],
    provides: {
      // The operator writes these for the CephCluster; the toolbox and the CSI driver read them.
      secrets: [{ namespace: NAMESPACE, name: "rook-ceph-mon" }, { namespace: NAMESPACE, name: RBD_SECRETS.provisioner }, { namespace: NAMESPACE, name: RBD_SECRETS.node }],
      configMaps: [{ namespace: NAMESPACE, name: "rook-ceph-mon-endpoints" }],
      services: [{ namespace: NAMESPACE, name: "rook-ceph-mgr-dashboard" }],
    },
    outputs: { blockClass: o.blockClass, retainClass, snapshotClass, filesystemClass: o.filesystem?.storageClass },
    package: pkg,
  });
  return { cluster, toolbox: toolbox(o.image ?? CEPH_IMAGE, cluster) };
}

/** A StorageClass of CephFS subvolumes, for ReadWriteMany claims. */
function cephfsStorageClass(name: string, fsName: string): StorageClass {
  return new StorageClass({
    metadata: { name, annotations: { "storageclass.kubernetes.io/is-default-class": "false" } },
    provisioner: `${NAMESPACE}.cephfs.csi.ceph.com`,
    parameters: {
      clusterID: NAMESPACE,
      fsName,
      pool: `${fsName}-data0`,
      "csi.storage.k8s.io/provisioner-secret-name": "rook-csi-cephfs-provisioner",
      "csi.storage.k8s.io/provisioner-secret-namespace": NAMESPACE,
      "csi.storage.k8s.io/controller-expand-secret-name": "rook-csi-cephfs-provisioner",
      "csi.storage.k8s.io/controller-expand-secret-namespace": NAMESPACE,
      "csi.storage.k8s.io/node-stage-secret-name": "rook-csi-cephfs-node",
      "csi.storage.k8s.io/node-stage-secret-namespace": NAMESPACE,
    },
    allowVolumeExpansion: true,
    reclaimPolicy: "Delete",
  });
}

/**
 * The `ceph` command line in the cluster: writes ceph.conf and the admin keyring from the mon
 * endpoints and secret the operator keeps current, then waits to be exec'd into.
 */
function toolbox(image: string, cluster: Component): Component {
  const script = [
    "set -eu",
    // mon-endpoints reads "a=10.25.11.11:6789,b=...": the addresses without the mon ids.
    'hosts=$(sed -E "s/(^|,)[a-z0-9]+=/\\1/g" /etc/rook/mon-endpoints)',
    'printf "[global]\\nmon_host = %s\\n\\n[client.admin]\\nkeyring = /etc/ceph/keyring\\n" "$hosts" > /etc/ceph/ceph.conf',
    'printf "[%s]\\nkey = %s\\n" "$ROOK_CEPH_USERNAME" "$ROOK_CEPH_SECRET" > /etc/ceph/keyring',
    "exec sleep infinity",
  ].join("\n");
  const labels = { app: "rook-ceph-tools" };
  const deployment = new Deployment({
    // The script writes ceph.conf from the mon endpoints once, at start: when the mons move,
    // Reloader rolls the toolbox onto the new addresses.
    metadata: { name: "rook-ceph-tools", namespace: NAMESPACE, labels, annotations: { ...RELOADER_AUTO } },
    spec: {
      replicas: 1,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          securityContext: { runAsNonRoot: true, runAsUser: 2016, runAsGroup: 2016, fsGroup: 2016, seccompProfile: { type: "RuntimeDefault" } },
          containers: [
            {
              name: "rook-ceph-tools",
              image,
              command: ["/bin/bash", "-c", script],
              env: [
                { name: "ROOK_CEPH_USERNAME", valueFrom: { secretKeyRef: { name: "rook-ceph-mon", key: "ceph-username" } } },
                { name: "ROOK_CEPH_SECRET", valueFrom: { secretKeyRef: { name: "rook-ceph-mon", key: "ceph-secret" } } },
              ],
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
              resources: { requests: { cpu: "10m", memory: "64Mi" }, limits: { memory: "512Mi" } },
              volumeMounts: [
                { name: "ceph-config", mountPath: "/etc/ceph" },
                { name: "mon-endpoints", mountPath: "/etc/rook" },
                { name: "tmp", mountPath: "/tmp" },
              ],
            },
          ],
          volumes: [
            { name: "ceph-config", emptyDir: {} },
            { name: "tmp", emptyDir: {} },
            { name: "mon-endpoints", configMap: { name: "rook-ceph-mon-endpoints", items: [{ key: "data", path: "mon-endpoints" }] } },
          ],
        },
      },
    },
  });
  return component({
    name: "rook-ceph-tools",
    namespace: NAMESPACE,
    dependsOn: [cluster],
    resources: [deployment],
    healthChecks: [healthCheck(Deployment, "rook-ceph-tools", NAMESPACE)],
    package: pkg,
  });
}
