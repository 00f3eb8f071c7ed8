import { component, ConfigError, type Cidr, type Component } from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };
import { allowApiServerIngress, allowCidrEgress, allowDns, allowFqdn, allowInternal, allowKubeApi, denyAll, type FqdnMatch, type FqdnPort, type Policy } from "./policies.ts";

export {
  allowApiServerIngress,
  allowCidrEgress,
  allowDns,
  allowFqdn,
  allowInternal,
  allowKubeApi,
  denyAll,
  hostOf,
  type FqdnMatch,
  type FqdnPort,
  type Policy,
} from "./policies.ts";

/** What one namespace gets on top of deny-all and allow-dns. */
export interface NamespacePolicy {
  namespace: string;
  /** Talks to the Kubernetes API (operators, controllers). Default true. */
  kubeApi?: boolean;
  /** Pods of the namespace talk to each other. Default true. */
  internal?: boolean;
  /** Named hosts outside the cluster it may reach, with ports. */
  egressFqdns?: readonly { name: string; hosts: readonly FqdnMatch[]; ports: readonly FqdnPort[] }[];
  /** Runs an admission webhook or aggregated API the API server must reach. Default false. */
  apiServerIngress?: boolean;
  /** Fixed addresses outside the cluster it may reach (TCP), e.g. an object store by IP. */
  egressCidrs?: readonly { name: string; cidrs: readonly Cidr[]; ports: readonly number[] }[];
}

/** The baseline of one namespace: deny-all, then the explicit allows it asks for. */
export function baseline(p: NamespacePolicy, o: { apiServerCidrs: readonly Cidr[] }): Policy[] {
  return [
    ...denyAll(p.namespace),
    ...allowDns(p.namespace),
    ...((p.kubeApi ?? true) ? allowKubeApi(p.namespace, { apiServerCidrs: o.apiServerCidrs }) : []),
    ...((p.internal ?? true) ? allowInternal(p.namespace) : []),
    ...((p.apiServerIngress ?? false) ? [allowApiServerIngress(p.namespace)] : []),
    ...(p.egressFqdns ?? []).map((f) => allowFqdn(p.namespace, f)),
    ...(p.egressCidrs ?? []).map((c) => allowCidrEgress(p.namespace, c)),
  ];
}

export interface NetworkPoliciesOptions {
  /** Component name (default network-policies); a cluster's own namespaces can have their own component. */
  name?: string;
  namespaces: readonly NamespacePolicy[];
  /** Where the API server answers (the control-plane node subnet). */
  apiServerCidrs: readonly Cidr[];
}

/**
 * The network-policies component: a baseline per namespace. It depends on the components
 * that create those namespaces (and on the CNI, whose CRD CiliumNetworkPolicy is), passed in
 * `dependsOn`, so Flux applies the policies once their namespaces exist.
 */
export function networkPolicies(o: NetworkPoliciesOptions, deps: { dependsOn: readonly Component[] }): Component {
  const seen = new Set<string>();
  for (const n of o.namespaces) {
    if (seen.has(n.namespace)) throw new ConfigError(`namespace ${n.namespace} is listed twice`, { component: o.name ?? "network-policies" });
    seen.add(n.namespace);
  }
  const sorted = [...o.namespaces].sort((a, b) => a.namespace.localeCompare(b.namespace));
  return component({
    name: o.name ?? "network-policies",
    resources: sorted.flatMap((n) => baseline(n, o)),
    dependsOn: deps.dependsOn,
    package: pkg,
  });
}
