import { cidr, ipv4, type ConfigError } from "@k8s-gitops/core";
import { describe, expect, it } from "vitest";
import { nodeFacts } from "./nodes.ts";
import { checkInventory } from "./rules.ts";
import type { InventoryNode, InventorySpec } from "./types.ts";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The real facts with one change: each test breaks exactly one rule. */
function broken(change: (spec: { networks: Mutable<InventorySpec["networks"]>; nodes: InventoryNode[] }) => void): ConfigError[] {
  const spec = structuredClone(nodeFacts) as { networks: Mutable<InventorySpec["networks"]>; nodes: InventoryNode[] };
  change(spec);
  return checkInventory(spec);
}

function nodeNamed(nodes: InventoryNode[], hostname: string): InventoryNode {
  const n = nodes.find((x) => x.hostname === hostname);
  if (!n) throw new Error(`fixture has no ${hostname}`);
  return n;
}

describe("inventory rules", () => {
  it("accept the platform's six nodes", () => {
    expect(checkInventory(nodeFacts)).toEqual([]);
  });

  it("reject a duplicate address, naming the second node and the field", () => {
    const errors = broken(({ nodes }) => {
      nodeNamed(nodes, "infra-03").ip = ipv4("10.25.11.12");
    });
    expect(errors.map((e) => e.message)).toEqual(["cluster infra, node infra-03, field ip: address 10.25.11.12 is also node infra-02's (cluster infra)"]);
    expect(errors[0]?.where).toEqual({ cluster: "infra", object: "node infra-03", field: "ip" });
  });

  it("reject a duplicate hostname within a cluster", () => {
    const errors = broken(({ nodes }) => {
      nodeNamed(nodes, "apps-03").hostname = "apps-02";
    });
    expect(errors.map((e) => e.message)).toEqual(["cluster apps, node apps-02, field hostname: hostname apps-02 is listed 2 times"]);
  });

  it("reject a node listed in two clusters", () => {
    const errors = broken(({ nodes }) => {
      nodes.push({ ...nodeNamed(nodes, "infra-02"), cluster: "apps", ip: ipv4("10.25.11.17") });
    });
    expect(errors.map((e) => e.message)).toContain(
      "cluster apps, node infra-02, field cluster: node infra-02 is listed in clusters apps and infra: a machine belongs to exactly one cluster",
    );
  });

  it("reject an address outside the cluster's node subnet", () => {
    const errors = broken(({ nodes }) => {
      nodeNamed(nodes, "apps-01").ip = ipv4("10.25.12.14");
    });
    expect(errors.map((e) => e.message)).toEqual(["cluster apps, node apps-01, field ip: address 10.25.12.14 is outside the apps node subnet 10.25.11.0/24"]);
  });

  it("reject the gateway and the broadcast address as node addresses", () => {
    const gateway = broken(({ nodes }) => {
      nodeNamed(nodes, "apps-01").ip = ipv4("10.25.11.1");
    });
    expect(gateway.map((e) => e.message)).toEqual(["cluster apps, node apps-01, field ip: address 10.25.11.1 is the node network's gateway"]);
    const broadcast = broken(({ nodes }) => {
      nodeNamed(nodes, "apps-01").ip = ipv4("10.25.11.255");
    });
    expect(broadcast[0]?.message).toMatch(/node apps-01, field ip: address 10.25.11.255 is the network or broadcast address/);
  });

  it("reject a gateway outside the node subnet", () => {
    const errors = broken(({ networks }) => {
      networks.apps = { ...networks.apps!, subnet: cidr("10.25.12.0/24") };
    });
    expect(errors[0]?.message).toBe("cluster apps, node network, field gateway: gateway 10.25.11.1 is outside 10.25.12.0/24");
    // and, consequently, every apps node address
    expect(errors.filter((e) => e.where.field === "ip").map((e) => e.where.object)).toEqual(["node apps-01", "node apps-02", "node apps-03"]);
  });

  it("reject an even control-plane count (4) and one below three", () => {
    const even = broken(({ nodes }) => {
      nodes.push({ ...nodeNamed(nodes, "infra-03"), hostname: "infra-04", ip: ipv4("10.25.11.17"), disks: { ...nodeNamed(nodes, "infra-03").disks, ceph: [] } });
    });
    expect(even.map((e) => e.message)).toEqual([
      "cluster infra, control plane, field role: 4 control-plane nodes (infra-01, infra-02, infra-03, infra-04): etcd needs an odd number, at least 3, to keep quorum when a node fails",
    ]);
    const single = broken(({ nodes }) => {
      nodeNamed(nodes, "apps-02").role = "worker";
      nodeNamed(nodes, "apps-03").role = "worker";
    });
    expect(single.map((e) => e.message)).toEqual([
      "cluster apps, control plane, field role: 1 control-plane nodes (apps-01): etcd needs an odd number, at least 3, to keep quorum when a node fails",
    ]);
  });

  it("reject bad MAC patterns: uppercase, too broad, malformed", () => {
    const patterns = ["F8:F2:1E:20:57:*", "f8:f2:1e:*", "f8-f2-1e-20-57-*", "f8:f2:1e:20:57", "*"];
    const messages = patterns.map((p) => {
      const errors = broken(({ nodes }) => {
        nodeNamed(nodes, "infra-01").bond.macPattern = p;
      });
      expect(errors).toHaveLength(1);
      expect(errors[0]?.where).toEqual({ cluster: "infra", object: "node infra-01", field: "bond.macPattern" });
      return errors[0]?.problem;
    });
    expect(messages[0]).toMatch(/must be lowercase/);
    expect(messages[1]).toMatch(/too broad/);
    expect(messages[2]).toMatch(/is not a MAC pattern/);
    expect(messages[3]).toMatch(/is not a MAC pattern/);
    expect(messages[4]).toMatch(/too broad/);
  });

  it("accept a full MAC and a four-octet prefix", () => {
    for (const p of ["f8:f2:1e:20:57:0a", "f8:f2:1e:20:*"]) {
      expect(
        broken(({ nodes }) => {
          nodeNamed(nodes, "infra-01").bond.macPattern = p;
        }),
      ).toEqual([]);
    }
  });

  it("reject a VLAN above the bond MTU, a bad VLAN id and a bad hostname", () => {
    const errors = broken(({ nodes }) => {
      const n = nodeNamed(nodes, "infra-02");
      n.vlans = [{ id: 2512, mtu: 9001 }, { id: 4095, mtu: 1500 }];
      nodeNamed(nodes, "infra-03").hostname = "Infra_03";
    });
    expect(errors.map((e) => e.message)).toEqual([
      "cluster infra, node infra-02, field vlans[0].mtu: VLAN MTU 9001 must be between 1280 and the bond's MTU 9000",
      "cluster infra, node infra-02, field vlans[1].id: VLAN id 4095 is outside 1-4094",
      'cluster infra, node Infra_03, field hostname: "Infra_03" is not an RFC 1123 label',
    ]);
  });

  it("reject a Ceph disk listed for two nodes and an OpenEBS disk the install selector would also match", () => {
    const errors = broken(({ nodes }) => {
      const a = nodeNamed(nodes, "apps-01");
      const b = nodeNamed(nodes, "apps-02");
      b.disks = { ...b.disks, ceph: a.disks.ceph, openebs: { model: "Samsung SSD 860" } };
    });
    expect(errors.map((e) => e.message)).toEqual([
      'cluster apps, node apps-02, field disks.openebs.model: the OpenEBS disk and the install disk share the model "Samsung SSD 860": the selectors cannot tell them apart',
      "cluster apps, node apps-02, field disks.ceph[0].id: disk /dev/disk/by-id/nvme-TEAM_TM8FP6001T_TPBF2312120030301178 is also listed for node apps-01: a copied node block?",
    ]);
  });

  it("reject ring sizes and link names the kernel would refuse", () => {
    const errors = broken(({ nodes }) => {
      const n = nodeNamed(nodes, "apps-03");
      n.bond = { ...n.bond, links: ["enp1s0", "enp1s0"], rings: { rx: 0, tx: 8160 } };
    });
    expect(errors.map((e) => e.where.field)).toEqual(["bond.links[1]", "bond.rings.rx"]);
    expect(errors.every((e) => e.where.object === "node apps-03")).toBe(true);
  });
});

describe("Ceph inventory rules", () => {
  it("reject a Ceph disk of the install disk's model and one of the OpenEBS disk's model", () => {
    const errors = broken(({ nodes }) => {
      const a = nodeNamed(nodes, "infra-01");
      a.disks = { ...a.disks, ceph: [{ ...a.disks.ceph[0]!, model: "Samsung SSD 860" }] };
      const b = nodeNamed(nodes, "apps-02");
      b.disks = { ...b.disks, ceph: [{ ...b.disks.ceph[0]!, model: "TEAM TM8FP6512G" }] };
    });
    expect(errors.map((e) => e.message)).toEqual([
      'cluster infra, node infra-01, field disks.ceph[0].model: Ceph disk /dev/disk/by-id/nvme-eui.6479a7726a304b94 has the install disk\'s model "Samsung SSD 860": Talos\' install selector could pick it',
      'cluster apps, node apps-02, field disks.ceph[0].model: Ceph disk /dev/disk/by-id/nvme-TEAM_TM8FP6001T_TPBF2312120030301595 has the OpenEBS disk\'s model "TEAM TM8FP6512G": the OpenEBS volume selector could format it',
    ]);
  });

  it("reject a cluster with fewer storage nodes than the pools' replicas, and accept one without Ceph at all", () => {
    const two = broken(({ nodes }) => {
      const n = nodeNamed(nodes, "apps-03");
      n.disks = { ...n.disks, ceph: [] };
    });
    expect(two.map((e) => e.message)).toEqual(["cluster apps, Ceph storage, field disks.ceph: 2 storage node(s) (apps-01, apps-02) for pools of 3 replicas: each copy needs its own node"]);
    const none = broken(({ nodes }) => {
      for (const n of nodes.filter((x) => x.cluster === "apps")) n.disks = { ...n.disks, ceph: [] };
    });
    expect(none).toEqual([]);
    const fewerCopies = structuredClone(nodeFacts);
    expect(checkInventory({ ...fewerCopies, cephReplicas: 4 }).map((e) => e.where)).toEqual([
      { cluster: "apps", object: "Ceph storage", field: "disks.ceph" },
      { cluster: "infra", object: "Ceph storage", field: "disks.ceph" },
    ]);
  });
});
