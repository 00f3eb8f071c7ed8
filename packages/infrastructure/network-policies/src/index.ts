import { cidr, component, ConfigError, port, type Cidr, type Component, type NetworkAllowances, type Peer } from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };
import {
  allowApiServerIngress,
  allowCidrEgress,
  allowDns,
  allowEgressTo,
  allowFqdn,
  allowIngressFrom,
  allowInternal,
  allowKubeApi,
  allowScrapeFrom,
  denyAll,
  type Policy,
} from "./policies.ts";

export * from "./policies.ts";

/** The baseline of one namespace: deny-all, then the explicit allows its components ask for. */
export function baseline(p: NetworkAllowances, o: { apiServerCidrs: readonly Cidr[]; scrapers?: readonly Peer[] }): Policy[] {
  const policies = [
    ...denyAll(p.namespace),
    ...allowDns(p.namespace),
    ...((p.kubeApi ?? true) ? allowKubeApi(p.namespace, { apiServerCidrs: o.apiServerCidrs }) : []),
    ...((p.internal ?? true) ? allowInternal(p.namespace) : []),
    ...((p.apiServerIngress ?? false) ? [allowApiServerIngress(p.namespace)] : []),
    ...(p.egressFqdns ?? []).map((f) => allowFqdn(p.namespace, f)),
    ...(p.egressCidrs ?? []).map((c) => allowCidrEgress(p.namespace, c)),
    ...[...(p.ingressFrom ?? [])].sort((a, b) => a.namespace.localeCompare(b.namespace)).map((f) => allowIngressFrom(p.namespace, f)),
    ...[...(p.egressTo ?? [])].sort((a, b) => a.namespace.localeCompare(b.namespace)).map((t) => allowEgressTo(p.namespace, t)),
    // The cluster's metrics agent scrapes every namespace (its own needs no rule: internal traffic).
    ...(o.scrapers ?? []).filter((s) => s.namespace !== p.namespace).map((s) => allowScrapeFrom(p.namespace, s)),
  ];
  // Two allowances that render the same policy name would overwrite each other in the cluster.
  const names = policies.map((x) => `${x.kind}/${x.metadata?.name ?? ""}`);
  const clash = names.find((n, i) => names.indexOf(n) !== i);
  if (clash) throw new ConfigError(`namespace ${p.namespace}: two allowances render ${clash}; give the peers distinct namespaces or local pods`, { object: clash, field: "network" });
  return policies;
}

export interface NetworkPoliciesOptions {
  /** Component name (default network-policies). */
  name?: string;
  /** Where the API server answers (the control-plane node subnet). */
  apiServerCidrs: readonly Cidr[];
  /**
   * The cluster's metrics scrapers (the metrics agent's pods): every guarded namespace lets them
   * in, on every port, since each workload serves metrics on a port of its own. Without this rule
   * the deny-all baseline would drop every scrape.
   */
  scrapers?: readonly Peer[];
}

/**
 * The network-policies component: a deny-all baseline for the namespace of every component in
 * `guards` that declares its `network` allowances, plus those allowances (merged when several
 * components share a namespace). It depends on those
 * components (their namespaces must exist) and on Cilium (whose CRD CiliumNetworkPolicy is), so
 * the list of guarded namespaces is the list of components: a new component brings its own.
 */
export function networkPolicies(o: NetworkPoliciesOptions, deps: { cilium: Component; guards: readonly Component[] }): Component {
  const name = o.name ?? "network-policies";
  const byNamespace = new Map<string, NetworkAllowances>();
  for (const c of deps.guards) {
    if (!c.network) continue;
    const prev = byNamespace.get(c.network.namespace);
    byNamespace.set(c.network.namespace, prev ? mergeAllowances(prev, c.network, name) : c.network);
  }
  if (byNamespace.size === 0) throw new ConfigError("none of the guarded components declares network allowances", { component: name });
  o.apiServerCidrs.forEach((c, i) => cidr(c, { component: name, field: `apiServerCidrs[${i}]` }));
  for (const c of deps.guards) checkAddresses(c);
  return component({
    name,
    resources: [...byNamespace.values()].sort((a, b) => a.namespace.localeCompare(b.namespace)).flatMap((n) => baseline(n, o)),
    dependsOn: [deps.cilium, ...deps.guards.filter((c) => c.network)],
    package: pkg,
  });
}

/** The addresses and ports a component's allowances put into policies, checked again where they are rendered. */
function checkAddresses(c: Component): void {
  (c.network?.egressCidrs ?? []).forEach((e, i) => {
    e.cidrs.forEach((x, j) => cidr(x, { component: c.name, field: `network.egressCidrs[${i}].cidrs[${j}]` }));
    e.ports.forEach((p, j) => port(p, { component: c.name, field: `network.egressCidrs[${i}].ports[${j}]` }));
  });
  for (const [key, peers] of [["ingressFrom", c.network?.ingressFrom], ["egressTo", c.network?.egressTo]] as const) {
    (peers ?? []).forEach((p, i) => p.ports?.forEach((x, j) => port(x, { component: c.name, field: `network.${key}[${i}].ports[${j}]` })));
  }
}

/**
 * The allowances of two components in one namespace (an operator and the instances it runs
 * there): each keeps what it asked for. A rule name used by both is an error, since the two
 * policies would overwrite each other.
 */
function mergeAllowances(a: NetworkAllowances, b: NetworkAllowances, component: string): NetworkAllowances {
  const lists = <T extends { name: string }>(x: readonly T[] | undefined, y: readonly T[] | undefined): T[] => {
    const out = [...(x ?? []), ...(y ?? [])];
    const names = out.map((r) => r.name);
    const clash = names.find((n, i) => names.indexOf(n) !== i);
    if (clash) throw new ConfigError(`namespace ${a.namespace}: two components declare the allowance "${clash}"`, { component });
    return out;
  };
  return {
    namespace: a.namespace,
    kubeApi: (a.kubeApi ?? true) || (b.kubeApi ?? true),
    internal: (a.internal ?? true) || (b.internal ?? true),
    apiServerIngress: (a.apiServerIngress ?? false) || (b.apiServerIngress ?? false),
    egressFqdns: lists(a.egressFqdns, b.egressFqdns),
    egressCidrs: lists(a.egressCidrs, b.egressCidrs),
    ingressFrom: [...(a.ingressFrom ?? []), ...(b.ingressFrom ?? [])],
    egressTo: [...(a.egressTo ?? []), ...(b.egressTo ?? [])],
  };
}
