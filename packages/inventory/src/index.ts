import { defineInventory } from "./inventory.ts";
import { nodeFacts } from "./nodes.ts";
import type { ClusterName } from "./types.ts";

export { defineInventory, InventoryError, type Inventory } from "./inventory.ts";
export { macPatternProblem } from "./mac.ts";
export { nodeFacts } from "./nodes.ts";
export { checkInventory, DEFAULT_CEPH_REPLICAS } from "./rules.ts";
export type { BondNic, CephDisk, CephStorageNode, ClusterName, InventoryNode, InventorySpec, NodeDisks, NodeNetwork, NodeRole, Vlan } from "./types.ts";

/** The platform's six nodes, checked when this module loads: a broken fact fails every consumer. */
export const inventory = defineInventory(nodeFacts);

export const nodesOf = (cluster: ClusterName) => inventory.nodesOf(cluster);
export const controlPlaneOf = (cluster: ClusterName) => inventory.controlPlaneOf(cluster);
export const nodeNetworkOf = (cluster: ClusterName) => inventory.networkOf(cluster);
export const cephStorageNodesOf = (cluster: ClusterName) => inventory.cephStorageNodesOf(cluster);
export const cephReplicas = inventory.cephReplicas;
