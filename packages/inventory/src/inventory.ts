import { ConfigError, ipv4ToInt } from "@k8s-gitops/core";
import { checkInventory, DEFAULT_CEPH_REPLICAS } from "./rules.ts";
import type { CephStorageNode, ClusterName, InventoryNode, InventorySpec, NodeNetwork } from "./types.ts";

/** Several broken inventory rules at once; `errors` holds each with its location. */
export class InventoryError extends ConfigError {
  readonly errors: readonly ConfigError[];

  constructor(errors: readonly ConfigError[]) {
    super(`${errors.length} inventory error${errors.length === 1 ? "" : "s"}:\n${errors.map((e) => `  - ${e.message}`).join("\n")}`);
    this.name = "InventoryError";
    this.errors = errors;
  }
}

/** A checked inventory and the questions other layers ask it. */
export interface Inventory {
  /** All nodes, ordered by cluster name, then address. */
  readonly nodes: readonly InventoryNode[];
  networkOf(cluster: ClusterName): NodeNetwork;
  /** The cluster's nodes, by address. */
  nodesOf(cluster: ClusterName): readonly InventoryNode[];
  /** The cluster's control-plane nodes (its etcd members and API servers), by address. */
  controlPlaneOf(cluster: ClusterName): readonly InventoryNode[];
  /** The node with this hostname; a ConfigError names the known ones when there is none. */
  node(hostname: string): InventoryNode;
  /** Rook CephCluster spec.storage.nodes for the cluster: nodes with Ceph disks, by name. */
  cephStorageNodesOf(cluster: ClusterName): CephStorageNode[];
  /** Copies each Ceph pool keeps (checked against every cluster's storage nodes). */
  readonly cephReplicas: number;
}

function byAddress(a: InventoryNode, b: InventoryNode): number {
  return a.cluster === b.cluster ? ipv4ToInt(a.ip) - ipv4ToInt(b.ip) : a.cluster < b.cluster ? -1 : 1;
}

/** Checks `spec` against every inventory rule (throwing an InventoryError listing all broken ones). */
export function defineInventory(spec: InventorySpec): Inventory {
  const errors = checkInventory(spec);
  if (errors.length > 0) throw new InventoryError(errors);
  const nodes = [...spec.nodes].sort(byAddress);
  const nodesOf = (cluster: ClusterName) => nodes.filter((n) => n.cluster === cluster);
  return {
    nodes,
    cephReplicas: spec.cephReplicas ?? DEFAULT_CEPH_REPLICAS,
    networkOf(cluster) {
      const net = spec.networks[cluster];
      if (!net) throw new ConfigError(`no node network for cluster "${cluster}" in the inventory (known: ${Object.keys(spec.networks).sort().join(", ")})`);
      return net;
    },
    nodesOf,
    controlPlaneOf: (cluster) => nodesOf(cluster).filter((n) => n.role === "controlplane"),
    node(hostname) {
      const found = nodes.find((n) => n.hostname === hostname);
      if (!found) throw new ConfigError(`no node "${hostname}" in the inventory (known: ${nodes.map((n) => n.hostname).join(", ")})`);
      return found;
    },
    cephStorageNodesOf: (cluster) =>
      nodesOf(cluster)
        .filter((n) => n.disks.ceph.length > 0)
        .map((n) => ({ name: n.hostname, devices: n.disks.ceph.map((d) => ({ name: d.id })) }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  };
}
