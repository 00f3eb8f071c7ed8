import { cidrContains, cidrRange, ConfigError, DNS_LABEL_RE, ipv4ToInt, type ConfigLocation } from "@k8s-gitops/core";
import { macPatternProblem } from "./mac.ts";
import type { ClusterName, InventoryNode, InventorySpec } from "./types.ts";

// The inventory rules. Every error names the cluster, the node and the field, so the fix is
// one look away. checkInventory collects them all: a broken inventory usually breaks in several
// places at once (a copied node block), and one round trip per error wastes the operator's time.

/** Frames on the node network: IPv6's minimum up to the usual jumbo-frame ceiling of switches. */
const MTU_MIN = 1280;
const MTU_MAX = 9216;
/** Linux interface names are at most 15 characters (IFNAMSIZ - 1). */
const LINK_NAME = /^[A-Za-z0-9_.-]{1,15}$/;
const DRIVER_NAME = /^[a-z0-9_]+$/;

function at(n: InventoryNode, field: string): ConfigLocation {
  return { cluster: n.cluster, object: `node ${n.hostname}`, field };
}

function isCount(v: number, min: number, max: number): boolean {
  return Number.isInteger(v) && v >= min && v <= max;
}

function addressErrors(spec: InventorySpec, n: InventoryNode): ConfigError[] {
  const net = spec.networks[n.cluster];
  if (!net) return [new ConfigError(`cluster ${n.cluster} has no node network in the inventory`, at(n, "cluster"))];
  if (!cidrContains(net.subnet, n.ip)) {
    return [new ConfigError(`address ${n.ip} is outside the ${n.cluster} node subnet ${net.subnet}`, at(n, "ip"))];
  }
  const { first, last } = cidrRange(net.subnet);
  const ip = ipv4ToInt(n.ip);
  if (last - first > 1 && (ip === first || ip === last)) {
    return [new ConfigError(`address ${n.ip} is the network or broadcast address of ${net.subnet}`, at(n, "ip"))];
  }
  if (n.ip === net.gateway) return [new ConfigError(`address ${n.ip} is the node network's gateway`, at(n, "ip"))];
  return [];
}

function nicErrors(n: InventoryNode): ConfigError[] {
  const errors: ConfigError[] = [];
  const mac = macPatternProblem(n.bond.macPattern);
  if (mac) errors.push(new ConfigError(mac, at(n, "bond.macPattern")));
  if (!DRIVER_NAME.test(n.bond.driver)) errors.push(new ConfigError(`"${n.bond.driver}" is not a kernel driver name`, at(n, "bond.driver")));
  if (n.bond.links.length === 0) errors.push(new ConfigError("a bond needs at least one member link", at(n, "bond.links")));
  n.bond.links.forEach((l, i) => {
    if (!LINK_NAME.test(l)) errors.push(new ConfigError(`"${l}" is not a Linux link name (at most 15 characters)`, at(n, `bond.links[${i}]`)));
    else if (n.bond.links.indexOf(l) !== i) errors.push(new ConfigError(`link "${l}" is listed twice`, at(n, `bond.links[${i}]`)));
  });
  for (const dir of ["rx", "tx"] as const) {
    const size = n.bond.rings[dir];
    if (!isCount(size, 1, 65536)) errors.push(new ConfigError(`ring size ${size} is not a positive descriptor count`, at(n, `bond.rings.${dir}`)));
  }
  if (!isCount(n.mtu, MTU_MIN, MTU_MAX)) errors.push(new ConfigError(`MTU ${n.mtu} is outside ${MTU_MIN}-${MTU_MAX}`, at(n, "mtu")));
  n.vlans.forEach((v, i) => {
    if (!isCount(v.id, 1, 4094)) errors.push(new ConfigError(`VLAN id ${v.id} is outside 1-4094`, at(n, `vlans[${i}].id`)));
    else if (n.vlans.findIndex((o) => o.id === v.id) !== i) errors.push(new ConfigError(`VLAN ${v.id} is listed twice`, at(n, `vlans[${i}].id`)));
    if (!isCount(v.mtu, MTU_MIN, n.mtu)) {
      errors.push(new ConfigError(`VLAN MTU ${v.mtu} must be between ${MTU_MIN} and the bond's MTU ${n.mtu}`, at(n, `vlans[${i}].mtu`)));
    }
  });
  return errors;
}

function diskErrors(n: InventoryNode): ConfigError[] {
  const errors: ConfigError[] = [];
  const { install, openebs, ceph } = n.disks;
  if (!install.model.trim()) errors.push(new ConfigError("the install disk needs a model to select it by", at(n, "disks.install.model")));
  if (openebs && openebs.model === install.model) {
    errors.push(new ConfigError(`the OpenEBS disk and the install disk share the model "${install.model}": the selectors cannot tell them apart`, at(n, "disks.openebs.model")));
  }
  ceph.forEach((d, i) => {
    if (ceph.findIndex((o) => o.id === d.id) !== i) errors.push(new ConfigError(`disk ${d.id} is listed twice`, at(n, `disks.ceph[${i}].id`)));
    // Talos picks the install and OpenEBS disks by model: a Ceph disk of the same model could be
    // the one it formats, and Ceph would then wipe the system or the local volumes.
    if (d.model === install.model) {
      errors.push(new ConfigError(`Ceph disk ${d.id} has the install disk's model "${install.model}": Talos' install selector could pick it`, at(n, `disks.ceph[${i}].model`)));
    } else if (openebs && d.model === openebs.model) {
      errors.push(new ConfigError(`Ceph disk ${d.id} has the OpenEBS disk's model "${openebs.model}": the OpenEBS volume selector could format it`, at(n, `disks.ceph[${i}].model`)));
    }
  });
  return errors;
}

function groupBy<K>(nodes: readonly InventoryNode[], key: (n: InventoryNode) => K): Map<K, InventoryNode[]> {
  const groups = new Map<K, InventoryNode[]>();
  for (const n of nodes) groups.set(key(n), [...(groups.get(key(n)) ?? []), n]);
  return groups;
}

/** Hostnames, addresses and Ceph disks identify one machine: each may appear once. */
function uniquenessErrors(nodes: readonly InventoryNode[]): ConfigError[] {
  const errors: ConfigError[] = [];
  for (const [hostname, same] of groupBy(nodes, (n) => n.hostname)) {
    const clusters = [...new Set(same.map((n) => n.cluster))].sort();
    if (clusters.length > 1) {
      errors.push(new ConfigError(`node ${hostname} is listed in clusters ${clusters.join(" and ")}: a machine belongs to exactly one cluster`, at(same[1]!, "cluster")));
    } else if (same.length > 1) {
      errors.push(new ConfigError(`hostname ${hostname} is listed ${same.length} times`, at(same[1]!, "hostname")));
    }
  }
  for (const [ip, same] of groupBy(nodes, (n) => n.ip)) {
    const hosts = [...new Set(same.map((n) => n.hostname))];
    if (hosts.length > 1) errors.push(new ConfigError(`address ${ip} is also node ${same[0]!.hostname}'s (cluster ${same[0]!.cluster})`, at(same[1]!, "ip")));
  }
  const disks = nodes.flatMap((n) => n.disks.ceph.map((d, i) => ({ n, d, i })));
  for (const { n, d, i } of disks) {
    const owner = disks.find((o) => o.d.id === d.id && o.n !== n);
    if (owner && nodes.indexOf(owner.n) < nodes.indexOf(n)) {
      errors.push(new ConfigError(`disk ${d.id} is also listed for node ${owner.n.hostname}: a copied node block?`, at(n, `disks.ceph[${i}].id`)));
    }
  }
  return errors;
}

/**
 * etcd keeps quorum while a majority of its members is up. An even member count tolerates no
 * more failures than the odd count below it, and fewer than three tolerates none. Rule: every
 * cluster has an odd number of control-plane nodes, at least three.
 */
function quorumErrors(spec: InventorySpec): ConfigError[] {
  const errors: ConfigError[] = [];
  for (const cluster of Object.keys(spec.networks).sort() as ClusterName[]) {
    const cps = spec.nodes.filter((n) => n.cluster === cluster && n.role === "controlplane").map((n) => n.hostname);
    if (cps.length >= 3 && cps.length % 2 === 1) continue;
    const which = cps.length ? ` (${cps.join(", ")})` : "";
    errors.push(
      new ConfigError(`${cps.length} control-plane nodes${which}: etcd needs an odd number, at least 3, to keep quorum when a node fails`, {
        cluster,
        object: "control plane",
        field: "role",
      }),
    );
  }
  return errors;
}

/** The replica count of a cluster's Ceph pools when the inventory does not say. */
export const DEFAULT_CEPH_REPLICAS = 3;

/**
 * Ceph keeps each pool's copies on distinct nodes (failure domain host): a cluster that gives
 * Ceph disks at all needs at least as many storage nodes as copies, or its pools never become
 * healthy. A cluster without Ceph disks runs no Ceph and is not checked.
 */
function cephErrors(spec: InventorySpec): ConfigError[] {
  const replicas = spec.cephReplicas ?? DEFAULT_CEPH_REPLICAS;
  const where = { object: "Ceph storage", field: "disks.ceph" };
  if (!Number.isInteger(replicas) || replicas < 1) return [new ConfigError(`cephReplicas ${replicas} is not a positive count`, { object: "inventory", field: "cephReplicas" })];
  const errors: ConfigError[] = [];
  for (const cluster of Object.keys(spec.networks).sort()) {
    const storage = spec.nodes.filter((n) => n.cluster === cluster && n.disks.ceph.length > 0).map((n) => n.hostname);
    if (storage.length > 0 && storage.length < replicas) {
      errors.push(new ConfigError(`${storage.length} storage node(s) (${storage.join(", ")}) for pools of ${replicas} replicas: each copy needs its own node`, { cluster, ...where }));
    }
  }
  return errors;
}

function networkErrors(spec: InventorySpec): ConfigError[] {
  const errors: ConfigError[] = [];
  for (const [cluster, net] of Object.entries(spec.networks).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const where = { cluster, object: "node network" };
    if (!cidrContains(net.subnet, net.gateway)) errors.push(new ConfigError(`gateway ${net.gateway} is outside ${net.subnet}`, { ...where, field: "gateway" }));
    if (net.nameservers.length === 0) errors.push(new ConfigError("at least one nameserver is needed", { ...where, field: "nameservers" }));
  }
  return errors;
}

/** Every rule broken by `spec`, in a stable order; empty when the inventory is sound. */
export function checkInventory(spec: InventorySpec): ConfigError[] {
  const perNode = spec.nodes.flatMap((n) => {
    const hostname = DNS_LABEL_RE.test(n.hostname) ? [] : [new ConfigError(`"${n.hostname}" is not an RFC 1123 label`, at(n, "hostname"))];
    return [...hostname, ...addressErrors(spec, n), ...nicErrors(n), ...diskErrors(n)];
  });
  return [...networkErrors(spec), ...perNode, ...uniquenessErrors(spec.nodes), ...quorumErrors(spec), ...cephErrors(spec)];
}
