import { ConfigError } from "@k8s-gitops/core";
import { CephCluster } from "./generated/models/ceph.rook.io/v1/CephCluster.ts";
import { NAMESPACE } from "./operator.ts";

/** Ceph v19 (Squid), the release Rook 1.18 runs by default; a tag, never `latest`. */
export const CEPH_IMAGE = "quay.io/ceph/ceph:v19.2.3";

/** Stable disk names: a kernel name such as /dev/nvme0n1 can move to another disk between boots. */
const BY_ID = "/dev/disk/by-id/";

/** A node that gives Ceph whole disks: the shape of the inventory's `cephStorageNodesOf`. */
export interface CephStorageNode {
  readonly name: string;
  readonly devices: readonly { readonly name: string }[];
}

type DaemonResources = { requests: { cpu: string; memory: string }; limits: { memory: string } };

export interface CephClusterOptions {
  /** The Kubernetes cluster, for error messages. */
  cluster: string;
  /** The CephCluster's name (default rook-ceph, also Rook's CSI clusterID is its namespace). */
  name?: string;
  namespace?: string;
  /** The Ceph image (default `CEPH_IMAGE`). */
  image?: string;
  /** The nodes and disks of the OSDs, each disk by /dev/disk/by-id. */
  nodes: readonly CephStorageNode[];
  /** Monitors: odd, at least 3 (default 3), one per node. */
  mons?: number;
  /** Managers (default 2: one active, one standby). */
  mgrs?: number;
  /** CRUSH device class of every OSD (default nvme), which the pools select. */
  deviceClass?: string;
  /** The mgr dashboard, plain HTTP on port 7000 (TLS ends at the gateway). Default true. */
  dashboard?: boolean;
  /**
   * The operator creates ServiceMonitors of the mgr's Prometheus module and the exporters: the
   * component needs the monitoring CRDs and the operator's leave to (its `monitoring`). Default true.
   */
  monitoring?: boolean;
  resources?: { mon?: DaemonResources; mgr?: DaemonResources; osd?: DaemonResources };
}

/** Port the mgr dashboard listens on without TLS. */
export const DASHBOARD_PORT = 7000;

const DEFAULT_RESOURCES = {
  mon: { requests: { cpu: "500m", memory: "1Gi" }, limits: { memory: "2Gi" } },
  mgr: { requests: { cpu: "500m", memory: "512Mi" }, limits: { memory: "1Gi" } },
  osd: { requests: { cpu: "1", memory: "2Gi" }, limits: { memory: "4Gi" } },
} as const satisfies Record<"mon" | "mgr" | "osd", DaemonResources>;

/**
 * A CephCluster on the host network whose OSDs are exactly the listed disks (no
 * `useAllDevices`: a disk Ceph takes is wiped). Refuses a device not named by /dev/disk/by-id,
 * a node or disk listed twice, and a monitor count that cannot keep quorum.
 */
export function cephCluster(o: CephClusterOptions): CephCluster {
  const name = o.name ?? "rook-ceph";
  const ns = o.namespace ?? NAMESPACE;
  const where = { cluster: o.cluster, object: `CephCluster/${ns}/${name}` };
  const mons = o.mons ?? 3;
  if (!Number.isInteger(mons) || mons < 3 || mons % 2 === 0) {
    throw new ConfigError(`${mons} monitors: Ceph needs an odd number, at least 3, to keep quorum when a node fails`, { ...where, field: "spec.mon.count" });
  }
  if (o.nodes.length === 0) throw new ConfigError("no storage nodes: Ceph needs nodes with disks for its OSDs", { ...where, field: "spec.storage.nodes" });
  const seen = new Map<string, string>();
  o.nodes.forEach((n, i) => {
    if (o.nodes.findIndex((m) => m.name === n.name) !== i) throw new ConfigError(`node ${n.name} is listed twice`, { ...where, field: `spec.storage.nodes[${i}].name` });
    if (n.devices.length === 0) throw new ConfigError(`node ${n.name} has no devices`, { ...where, field: `spec.storage.nodes[${i}].devices` });
    n.devices.forEach((d, j) => {
      const field = `spec.storage.nodes[${i}].devices[${j}].name`;
      if (!d.name.startsWith(BY_ID) || d.name.length === BY_ID.length) {
        throw new ConfigError(`device "${d.name}" of node ${n.name} must be a ${BY_ID} path: a kernel name can point at another disk after a reboot, and Ceph wipes the disk it takes`, { ...where, field });
      }
      const other = seen.get(d.name);
      if (other) throw new ConfigError(`device ${d.name} of node ${n.name} is also listed for node ${other}`, { ...where, field });
      seen.set(d.name, n.name);
    });
  });
  const deviceClass = o.deviceClass ?? "nvme";
  return new CephCluster({
    metadata: { name, namespace: ns },
    spec: {
      cephVersion: { image: o.image ?? CEPH_IMAGE, allowUnsupported: false },
      // Talos keeps /var across upgrades; the mons' stores live there.
      dataDirHostPath: "/var/lib/rook",
      skipUpgradeChecks: false,
      continueUpgradeAfterChecksEvenIfNotHealthy: false,
      waitTimeoutForHealthyOSDInMinutes: 10,
      mon: { count: mons, allowMultiplePerNode: false },
      mgr: { count: o.mgrs ?? 2, allowMultiplePerNode: false, modules: [{ name: "pg_autoscaler", enabled: true }] },
      dashboard: { enabled: o.dashboard ?? true, ssl: false, port: DASHBOARD_PORT },
      monitoring: { enabled: o.monitoring ?? true },
      // Host networking: clients (the CSI node plugins, on the host network too) reach the
      // daemons on the node addresses, without an overlay hop or MTU loss on the data path.
      network: { provider: "host" },
      crashCollector: { disable: false },
      cleanupPolicy: { confirmation: "", sanitizeDisks: { method: "quick", dataSource: "zero", iteration: 1 } },
      removeOSDsIfOutAndSafeToRemove: false,
      priorityClassNames: { mon: "system-node-critical", osd: "system-node-critical", mgr: "system-cluster-critical" },
      storage: {
        useAllNodes: false,
        useAllDevices: false,
        config: { osdsPerDevice: "1" },
        nodes: o.nodes.map((n) => ({ name: n.name, devices: n.devices.map((d) => ({ name: d.name, config: { deviceClass } })) })),
      },
      resources: {
        mon: { ...DEFAULT_RESOURCES.mon, ...o.resources?.mon },
        mgr: { ...DEFAULT_RESOURCES.mgr, ...o.resources?.mgr },
        osd: { ...DEFAULT_RESOURCES.osd, ...o.resources?.osd },
      },
    },
  });
}
