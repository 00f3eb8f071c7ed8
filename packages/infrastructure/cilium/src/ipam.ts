import { CiliumLoadBalancerIPPool } from "@kubernetes-models/cilium/cilium.io/v2";
import { component, ConfigError, ipv4ToInt, type Component, type IPv4 } from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };

/** A range of LoadBalancer addresses, both ends included. */
export interface IpRange {
  start: IPv4;
  stop: IPv4;
}

export interface LoadBalancerIpamOptions {
  cluster: string;
  /** The range this cluster allocates LoadBalancer IPs from. */
  pool: IpRange;
  /** The other clusters' pools by cluster name: they share the node subnet, so none may overlap. */
  otherPools?: Readonly<Record<string, IpRange>>;
  /**
   * Addresses assigned by hand (gateways, clustermesh-apiserver), keyed by the value that sets them
   * (e.g. "gateway.externalIp"): each must be in this cluster's pool, and no two may be equal.
   */
  reserved?: Readonly<Record<string, IPv4>>;
}

const describe = (r: IpRange) => `${r.start}-${r.stop}`;

function size(r: IpRange): { first: number; last: number } {
  return { first: ipv4ToInt(r.start), last: ipv4ToInt(r.stop) };
}

/** Checks the pool against the other clusters' and the hand-assigned addresses against the pool. */
export function checkLoadBalancerIps(o: LoadBalancerIpamOptions): void {
  const where = { cluster: o.cluster, component: "cilium-ipam" };
  const own = size(o.pool);
  if (own.first > own.last) throw new ConfigError(`pool ${describe(o.pool)} ends before it starts`, { ...where, field: "loadBalancerPool" });
  for (const [name, pool] of Object.entries(o.otherPools ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    const other = size(pool);
    if (own.first <= other.last && other.first <= own.last) {
      throw new ConfigError(`pool ${describe(o.pool)} overlaps cluster ${name}'s pool ${describe(pool)}: both would hand out the same addresses`, {
        ...where,
        field: "loadBalancerPool",
      });
    }
  }
  const byIp = new Map<string, string>();
  for (const [field, ip] of Object.entries(o.reserved ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    const n = ipv4ToInt(ip);
    if (n < own.first || n > own.last) {
      throw new ConfigError(`${ip} is outside the cluster's load-balancer pool ${describe(o.pool)}: LB-IPAM would never assign it`, { ...where, field });
    }
    const twin = byIp.get(ip);
    if (twin !== undefined) throw new ConfigError(`${ip} is also ${twin}: two services cannot share a load-balancer IP`, { ...where, field });
    byIp.set(ip, field);
  }
}

/** The pool's name: the same in every cluster, whose trees then differ only by their values. */
export const POOL_NAME = "load-balancer-pool";

/** The cluster's CiliumLoadBalancerIPPool: its own range only (the other clusters share the subnet). */
export function loadBalancerPool(o: LoadBalancerIpamOptions): CiliumLoadBalancerIPPool {
  checkLoadBalancerIps(o);
  return new CiliumLoadBalancerIPPool({
    metadata: { name: POOL_NAME, labels: { "k8s-gitops.io/cluster": o.cluster } },
    spec: { blocks: [{ start: o.pool.start, stop: o.pool.stop }] },
  });
}

/**
 * The IPAM component: the pool, once Cilium (and so its CRDs) is installed. It is the address
 * pool provider (`provides.addressPools`): LB-IPAM assigning an address from the pool is what
 * ends the wait of a LoadBalancer Service, whether or not BGP announces it yet.
 */
export function loadBalancerIpam(o: LoadBalancerIpamOptions, deps: { cilium: Component }): Component {
  return component({ name: "cilium-ipam", resources: [loadBalancerPool(o)], dependsOn: [deps.cilium], provides: { addressPools: true }, package: pkg });
}
