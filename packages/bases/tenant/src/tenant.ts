import { Certificate } from "@kubernetes-models/cert-manager/cert-manager.io/v1";
import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2";
import { component, ConfigError, DNS_LABEL_RE, namespace, port, type Component, type ConfigLocation, type NetworkAllowances, type PodSecurityLevel, type Resource } from "@k8s-gitops/core";
import { LimitRange, ResourceQuota } from "kubernetes-models/v1";
import pkg from "../package.json" with { type: "json" };
import type { Allowance, PeerEgress, TrustedCa } from "./allowances.ts";
import { bytes, millicores, type CpuQuantity, type MemoryQuantity } from "./quantity.ts";

/** CPU and memory, as a request or a limit. */
export interface Compute {
  readonly cpu: CpuQuantity;
  readonly memory: MemoryQuantity;
}

/** What the whole namespace may hold at once (a ResourceQuota). */
export interface TenantQuota {
  /** Sum of the pods' requests. */
  readonly requests: Compute;
  /** Sum of the pods' limits. */
  readonly limits: Compute;
  readonly pods: number;
  readonly persistentVolumeClaims?: number;
  /** Sum of the claims' requested storage. */
  readonly storage?: MemoryQuantity;
  /** LoadBalancer Services (default 0: the gateways are the way in). */
  readonly loadBalancers?: number;
}

/** Per container (a LimitRange): what a container without its own gets, and the most one may ask. */
export interface TenantLimits {
  readonly defaultRequest: Compute;
  readonly default: Compute;
  readonly max?: Compute;
}

export interface TenantOptions {
  /** The tenant's name (a DNS label): its component is `tenant-<name>`, its label `k8s-gitops.io/tenant`. */
  name: string;
  /** Its namespace: one per tenant, which it owns. */
  namespace: string;
  /** The Pod Security level enforced on the namespace: always stated, never defaulted. */
  podSecurity: PodSecurityLevel;
  quota: TenantQuota;
  limits: TenantLimits;
  /** Everything it may reach or be reached by; nothing else crosses the deny-all baseline. */
  allowances: readonly Allowance[];
}

export interface TenantOutputs {
  readonly name: string;
  readonly namespace: string;
  readonly podSecurity: PodSecurityLevel;
  readonly allowances: readonly Allowance[];
  /** The CAs available in the namespace (one Secret per issuer, key ca.crt). */
  readonly trusted: readonly TrustedCa[];
}

/** A tenant: the component that owns its namespace, quota, limits and allowances; its workloads depend on it. */
export type Tenant = Component<TenantOutputs>;

export const TENANT_LABEL = "k8s-gitops.io/tenant";

/**
 * A tenant as one value: its namespace (Pod Security level stated), a ResourceQuota, a
 * LimitRange, and its allowances on top of the deny-all baseline the cluster's network-policies
 * component renders for every namespace (the allowances are the component's `network`, plus
 * Cilium policies for the gateways, which that field cannot express). A typed connection among
 * the allowances makes the tenant depend on its provider, which must admit the tenant's
 * namespace, and brings the provider's CA into the namespace.
 */
export function tenant(o: TenantOptions, deps: { cilium: Component }): Tenant {
  const name = `tenant-${o.name}`;
  const where = { component: name };
  if (!DNS_LABEL_RE.test(o.name)) throw new ConfigError(`tenant name "${o.name}" must be a DNS label`, { ...where, field: "name" });
  checkQuota(o, where);
  checkAllowances(o, where);
  const ns = o.namespace;
  // One Secret per trusted CA: servers signed by one ClusterIssuer share it.
  const trusted = [...new Map(o.allowances.flatMap((a) => (a.kind === "egress-to" && a.trust ? [[a.trust.secret, a.trust] as const] : []))).values()];
  const providers = [...new Set(o.allowances.flatMap((a) => (a.kind === "egress-to" && a.provider ? [a.provider] : [])))];
  const resources: Resource[] = [
    namespace(ns, { podSecurity: o.podSecurity, labels: { [TENANT_LABEL]: o.name } }),
    quota(o),
    limitRange(o),
    ...gatewayPolicies(o),
    ...trusted.map((t) => trustCertificate(t, ns)),
  ];
  return component<TenantOutputs>({
    name,
    namespace: ns,
    resources,
    // Cilium serves CiliumNetworkPolicy; the providers run first (they depend on the CA issuer the trust certificates need).
    dependsOn: [deps.cilium, ...providers],
    network: allowancesOf(o),
    outputs: { name: o.name, namespace: ns, podSecurity: o.podSecurity, allowances: o.allowances, trusted },
    package: pkg,
  });
}

/** The tenant's allowances as the network-policies component reads them. */
function allowancesOf(o: TenantOptions): NetworkAllowances {
  const a = o.allowances;
  return {
    namespace: o.namespace,
    kubeApi: a.some((x) => x.kind === "kube-api"),
    internal: true,
    egressFqdns: a.flatMap((x) => (x.kind === "egress-fqdn" ? [{ name: `allow-${x.name}`, hosts: x.hosts, ports: x.ports }] : [])),
    egressCidrs: a.flatMap((x) => (x.kind === "egress-cidr" ? [{ name: `allow-${x.name}`, cidrs: x.cidrs, ports: x.ports }] : [])),
    egressTo: a.flatMap((x) => (x.kind === "egress-to" ? [x.peer] : [])),
    ingressFrom: a.flatMap((x) => (x.kind === "ingress-from" ? [x.peer] : [])),
  };
}

function checkQuota(o: TenantOptions, where: ConfigLocation): void {
  const cpu = (q: string, field: string) => {
    const v = millicores(q);
    if (v === undefined) throw new ConfigError(`"${q}" is not a CPU quantity such as 500m or 2`, { ...where, field });
    return v;
  };
  const mem = (q: string, field: string) => {
    const v = bytes(q);
    if (v === undefined) throw new ConfigError(`"${q}" is not a memory quantity such as 512Mi or 2Gi`, { ...where, field });
    return v;
  };
  const atMost = (small: Compute, smallField: string, big: Compute, bigField: string) => {
    if (cpu(small.cpu, `${smallField}.cpu`) > cpu(big.cpu, `${bigField}.cpu`)) throw new ConfigError(`${smallField}.cpu ${small.cpu} exceeds ${bigField}.cpu ${big.cpu}`, { ...where, field: `${smallField}.cpu` });
    if (mem(small.memory, `${smallField}.memory`) > mem(big.memory, `${bigField}.memory`)) {
      throw new ConfigError(`${smallField}.memory ${small.memory} exceeds ${bigField}.memory ${big.memory}`, { ...where, field: `${smallField}.memory` });
    }
  };
  atMost(o.quota.requests, "quota.requests", o.quota.limits, "quota.limits");
  atMost(o.limits.defaultRequest, "limits.defaultRequest", o.limits.default, "limits.default");
  if (o.limits.max) atMost(o.limits.default, "limits.default", o.limits.max, "limits.max");
  // A container at the LimitRange's defaults must fit in the quota, or no pod without its own resources can start.
  atMost(o.limits.default, "limits.default", o.quota.limits, "quota.limits");
  if (o.quota.storage !== undefined) mem(o.quota.storage, "quota.storage");
  for (const [field, n] of [["quota.pods", o.quota.pods], ["quota.persistentVolumeClaims", o.quota.persistentVolumeClaims], ["quota.loadBalancers", o.quota.loadBalancers]] as const) {
    if (n !== undefined && (!Number.isInteger(n) || n < 0)) throw new ConfigError(`${field} ${n} is not a count`, { ...where, field });
  }
  if (o.quota.pods < 1) throw new ConfigError("quota.pods 0 leaves the tenant no pod", { ...where, field: "quota.pods" });
}

function checkAllowances(o: TenantOptions, where: ConfigLocation): void {
  const names = o.allowances.map((a) => a.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw new ConfigError(`two allowances are named "${twice}": each renders its own policy`, { ...where, field: "allowances" });
  o.allowances.forEach((a, i) => {
    const field = `allowances[${i}]`;
    const ports = a.kind === "egress-to" || a.kind === "ingress-from" ? (a.peer.ports ?? []) : a.kind === "egress-gateway" || a.kind === "ingress-gateway" || a.kind === "egress-cidr" ? a.ports : [];
    ports.forEach((p, j) => {
      port(p, { ...where, field: `${field}.ports[${j}]` });
    });
    if ((a.kind === "egress-to" || a.kind === "ingress-from") && a.peer.namespace === o.namespace) {
      throw new ConfigError(`allowance "${a.name}" names the tenant's own namespace: pods of a namespace always reach each other`, { ...where, field });
    }
    if (a.kind === "egress-to" && a.provider) admits(a, o.namespace, { ...where, field });
  });
}

/**
 * The provider's side must let the tenant in: a tenant allowed out towards a database that
 * does not list it would boot and time out. Checked from the provider's own allowances.
 */
function admits(a: PeerEgress, ns: string, where: ConfigLocation): void {
  const p = a.provider!;
  const entries = (p.network?.ingressFrom ?? []).filter((f) => f.namespace === ns);
  const wanted = a.peer.ports ?? [];
  const labels = a.peer.podLabels ?? {};
  // The provider's side may admit the namespace to some of its pods only (one tenant's pooler): the tenant must aim at those.
  const ok = entries.some((f) => (f.ports === undefined || wanted.every((x) => f.ports!.includes(x))) && Object.entries(f.localPods ?? {}).every(([k, v]) => labels[k] === v));
  if (!ok) {
    const pods = Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(",");
    throw new ConfigError(`${p.name} admits no pods of namespace ${ns}${pods ? ` to its pods ${pods}` : ""}${wanted.length ? ` on port ${wanted.join(", ")}` : ""}: add the tenant to its tenants so its side of "${a.name}" exists`, where);
  }
}

function quota(o: TenantOptions): ResourceQuota {
  const q = o.quota;
  return new ResourceQuota({
    metadata: { name: "tenant-quota", namespace: o.namespace },
    spec: {
      hard: {
        "requests.cpu": q.requests.cpu,
        "requests.memory": q.requests.memory,
        "limits.cpu": q.limits.cpu,
        "limits.memory": q.limits.memory,
        pods: String(q.pods),
        persistentvolumeclaims: String(q.persistentVolumeClaims ?? 0),
        ...(q.storage ? { "requests.storage": q.storage } : {}),
        "services.loadbalancers": String(q.loadBalancers ?? 0),
        // The gateways and the mesh are the ways in: no node ports.
        "services.nodeports": "0",
      },
    },
  });
}

function limitRange(o: TenantOptions): LimitRange {
  const l = o.limits;
  return new LimitRange({
    metadata: { name: "tenant-limits", namespace: o.namespace },
    spec: {
      limits: [
        {
          type: "Container",
          defaultRequest: { cpu: l.defaultRequest.cpu, memory: l.defaultRequest.memory },
          default: { cpu: l.default.cpu, memory: l.default.memory },
          ...(l.max ? { max: { cpu: l.max.cpu, memory: l.max.memory } } : {}),
        },
      ],
    },
  });
}

/**
 * The gateways are Cilium's Envoy, which the policy engine knows as the `ingress` entity, not
 * pods of a namespace: the network-policies field has no word for it, so the tenant renders
 * these two itself.
 */
function gatewayPolicies(o: TenantOptions): CiliumNetworkPolicy[] {
  const toPorts = (ports: readonly number[]) => [{ ports: ports.map((p) => ({ port: String(p), protocol: "TCP" as const })) }];
  return o.allowances.flatMap((a) => {
    if (a.kind === "egress-gateway") {
      return [new CiliumNetworkPolicy({ metadata: { name: "allow-gateway-egress", namespace: o.namespace }, spec: { endpointSelector: {}, egress: [{ toEntities: ["ingress"], toPorts: toPorts(a.ports) }] } })];
    }
    if (a.kind === "ingress-gateway") {
      return [new CiliumNetworkPolicy({ metadata: { name: "allow-gateway-ingress", namespace: o.namespace }, spec: { endpointSelector: {}, ingress: [{ fromEntities: ["ingress"], toPorts: toPorts(a.ports) }] } })];
    }
    return [];
  });
}

/**
 * A trusted CA in the tenant's namespace: a short-lived certificate of the tenant's own from the
 * provider's ClusterIssuer, whose Secret carries the CA as `ca.crt` and follows its rotation; no
 * CA is written anywhere by hand and nothing reads across namespaces.
 */
function trustCertificate(t: TrustedCa, ns: string): Certificate {
  return new Certificate({
    metadata: { name: t.secret, namespace: ns },
    spec: {
      secretName: t.secret,
      commonName: `${t.secret}.${ns}`,
      duration: "2160h",
      renewBefore: "720h",
      privateKey: { algorithm: "ECDSA", size: 256, rotationPolicy: "Always" },
      usages: ["digital signature", "client auth"],
      issuerRef: { ...t.issuer },
    },
  });
}
