import { cidr, ipv4 } from "@k8s-gitops/core";
import type { BondNic, CephDisk, ClusterName, InventoryNode, InventorySpec, NodeNetwork } from "./types.ts";

// The six machines (where each fact was read from: docs/history.md). What every node shares is
// written once below.

/** Both clusters sit on the same bare-metal VLAN. */
const lan: NodeNetwork = {
  subnet: cidr("10.25.11.0/24"),
  gateway: ipv4("10.25.11.1"),
  nameservers: [ipv4("10.25.10.30")],
};

/** Intel X710-class dual port (i40e): 8160 is the largest ring the driver accepts. */
function i40e(macPattern: string): BondNic {
  return { macPattern, driver: "i40e", links: ["enp1s0f0np0", "enp1s0f1np1"], rings: { rx: 8160, tx: 8160 } };
}

/** Mellanox ConnectX-3-class dual port (mlx4), with the same ring sizes as the Intel nodes. */
function mlx4(macPattern: string): BondNic {
  return { macPattern, driver: "mlx4_core", links: ["enp1s0", "enp1s0d1"], rings: { rx: 8160, tx: 8160 } };
}

const pny = (eui: string, model: string): CephDisk => ({ id: `/dev/disk/by-id/nvme-eui.${eui}`, model: `${model} 1TB NVMe` });
const team = (serial: string): CephDisk => ({ id: `/dev/disk/by-id/nvme-TEAM_TM8FP6001T_${serial}`, model: "TEAM TM8FP6001T 1TB NVMe" });

/** Every node: LACP bond at MTU 9000 with tagged VLAN 2512 at 1500, all nodes control planes. */
function node(cluster: ClusterName, hostname: string, ip: string, bond: BondNic, ceph: CephDisk): InventoryNode {
  return {
    cluster,
    hostname,
    ip: ipv4(ip),
    role: "controlplane",
    bond,
    mtu: 9000,
    vlans: [{ id: 2512, mtu: 1500 }],
    disks: {
      install: { model: "Samsung SSD 860" },
      ceph: [ceph],
      openebs: { model: "TEAM TM8FP6512G" },
    },
  };
}

export const nodeFacts: InventorySpec = {
  networks: { infra: lan, apps: lan },
  // Three copies on three nodes: either cluster keeps serving I/O with one node down.
  cephReplicas: 3,
  nodes: [
    node("infra", "infra-01", "10.25.11.11", i40e("f8:f2:1e:20:57:*"), pny("6479a7726a304b94", "PNY CS1031")),
    node("infra", "infra-02", "10.25.11.12", i40e("3c:fd:fe:35:10:*"), pny("6479a77cda30650b", "PNY CS2241")),
    node("infra", "infra-03", "10.25.11.13", i40e("3c:fd:fe:35:02:*"), pny("6479a7726a3054e5", "PNY CS1031")),
    node("apps", "apps-01", "10.25.11.14", i40e("f8:f2:1e:08:32:*"), team("TPBF2312120030301178")),
    // Same MAC prefix as infra-02: patterns only match within one machine, so both can share it;
    // to be confirmed on the machine with `talosctl get links`.
    node("apps", "apps-02", "10.25.11.15", i40e("3c:fd:fe:35:10:*"), team("TPBF2312120030301595")),
    node("apps", "apps-03", "10.25.11.16", mlx4("e4:1d:85:75:d8:*"), pny("6479a7726a304bbf", "PNY CS1031")),
  ],
};
