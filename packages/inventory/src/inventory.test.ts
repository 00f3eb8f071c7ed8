import { ipv4 } from "@k8s-gitops/core";
import { describe, expect, it } from "vitest";
import { cephReplicas, cephStorageNodesOf, controlPlaneOf, defineInventory, inventory, InventoryError, nodeFacts, nodeNetworkOf, nodesOf } from "./index.ts";

describe("the node inventory", () => {
  it("holds three nodes per cluster, in address order", () => {
    expect(nodesOf("infra").map((n) => `${n.hostname}=${n.ip}`)).toEqual(["infra-01=10.25.11.11", "infra-02=10.25.11.12", "infra-03=10.25.11.13"]);
    expect(nodesOf("apps").map((n) => `${n.hostname}=${n.ip}`)).toEqual(["apps-01=10.25.11.14", "apps-02=10.25.11.15", "apps-03=10.25.11.16"]);
    expect(controlPlaneOf("apps").map((n) => n.hostname)).toEqual(["apps-01", "apps-02", "apps-03"]);
    expect(nodeNetworkOf("infra")).toEqual({ subnet: "10.25.11.0/24", gateway: "10.25.11.1", nameservers: ["10.25.10.30"] });
  });

  it("gives the storage layer each cluster's Ceph disks, so the apps cluster gets its own nodes", () => {
    expect(cephStorageNodesOf("infra")).toEqual([
      { name: "infra-01", devices: [{ name: "/dev/disk/by-id/nvme-eui.6479a7726a304b94" }] },
      { name: "infra-02", devices: [{ name: "/dev/disk/by-id/nvme-eui.6479a77cda30650b" }] },
      { name: "infra-03", devices: [{ name: "/dev/disk/by-id/nvme-eui.6479a7726a3054e5" }] },
    ]);
    expect(cephStorageNodesOf("apps").map((n) => n.name)).toEqual(["apps-01", "apps-02", "apps-03"]);
    expect(cephStorageNodesOf("apps")[0]?.devices).toEqual([{ name: "/dev/disk/by-id/nvme-TEAM_TM8FP6001T_TPBF2312120030301178" }]);
    // The pools' copies, one per node: each cluster has exactly as many storage nodes.
    expect(cephReplicas).toBe(3);
    expect(cephStorageNodesOf("edge")).toEqual([]);
  });

  it("finds a node by hostname and names the known ones when it cannot", () => {
    expect(inventory.node("apps-03").bond.driver).toBe("mlx4_core");
    expect(() => inventory.node("apps-04")).toThrowError(/no node "apps-04" in the inventory \(known: apps-01, apps-02, apps-03, infra-01, infra-02, infra-03\)/);
  });

  it("refuses to build from broken facts, listing every broken rule", () => {
    const nodes = nodeFacts.nodes.map((n) => (n.hostname === "apps-01" ? { ...n, ip: ipv4("10.25.11.15"), bond: { ...n.bond, macPattern: "F8:F2:1E:08:32:*" } } : n));
    let caught: unknown;
    try {
      defineInventory({ ...nodeFacts, nodes });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(InventoryError);
    const err = caught as InventoryError;
    expect(err.errors.map((e) => `${e.where.object} ${e.where.field}`)).toEqual(["node apps-01 bond.macPattern", "node apps-02 ip"]);
    expect(err.message).toMatch(/^2 inventory errors:\n {2}- cluster apps, node apps-01, field bond.macPattern: /);
  });
});
