import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2";
import { component, ConfigError, namespace, type Component, type DnsName, type Resource } from "@k8s-gitops/core";
import type { SecretStoreComponent } from "@k8s-gitops/external-secrets";
import type { NamespacePolicy } from "@k8s-gitops/network-policies";
import pkg from "../package.json" with { type: "json" };
import { instance, type ExternalDnsInstance, type LogLevel } from "./instance.ts";

export { IMAGE, instance, type ExternalDnsInstance, type InstanceContext, type LogLevel } from "./instance.ts";
export { providerSetup, type CloudflareProvider, type DnsProvider, type ProviderSetup, type Rfc2136Provider, type TsigAlgorithm } from "./providers.ts";

export const NAMESPACE = "external-dns";

export interface ExternalDnsOptions {
  cluster: string;
  /** The zone the records are written under (--domain-filter). */
  domain: DnsName;
  /** Prefix of the TXT ownership records (e.g. "k8s."). */
  txtPrefix: string;
  interval: `${number}m` | `${number}s`;
  logLevel: LogLevel;
  instances: readonly ExternalDnsInstance[];
  /** ServiceMonitors and alerts (need the prometheus-operator CRDs). Default false. */
  monitoring?: boolean;
}

export interface ExternalDns {
  readonly component: Component;
  /** The namespace's needs beyond deny-all: the API server, and the DNS providers' APIs. */
  readonly networkPolicy: NamespacePolicy;
}

/**
 * RFC 2136 updates go to a server whose address is in 1Password, so no FQDN rule can name it:
 * DNS (53) to the world entity, for this namespace only.
 */
function dnsUpdatePolicy(ns: string): CiliumNetworkPolicy {
  return new CiliumNetworkPolicy({
    metadata: { name: "allow-rfc2136-egress", namespace: ns },
    spec: {
      endpointSelector: {},
      egress: [{ toEntities: ["world"], toPorts: [{ ports: [{ port: "53", protocol: "UDP" }, { port: "53", protocol: "TCP" }] }] }],
    },
  });
}

/**
 * ExternalDNS in its own namespace: one instance per provider (the reference ran Cloudflare for
 * the external gateway's routes and RFC 2136 for the internal one's), each with its RBAC, its
 * credentials from 1Password and its own chart release.
 */
export function externalDns(o: ExternalDnsOptions, deps: { gateways: Component; secrets: SecretStoreComponent }): ExternalDns {
  const where = { cluster: o.cluster, component: "external-dns" };
  if (o.instances.length === 0) throw new ConfigError("no ExternalDNS instance", where);
  const names = new Set<string>();
  const owners = new Set<string>();
  for (const i of o.instances) {
    if (names.has(i.name)) throw new ConfigError(`two instances are named ${i.name}`, { ...where, field: "instances" });
    names.add(i.name);
    // Instances sharing a TXT owner id would take each other's records for their own and delete them.
    if (owners.has(i.visibility)) throw new ConfigError(`two instances publish ${i.visibility} records under one TXT owner id`, { ...where, field: "instances" });
    owners.add(i.visibility);
  }
  const built = [...o.instances]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((i) => instance(i, { ...o, namespace: NAMESPACE, store: deps.secrets.storeRef, monitoring: o.monitoring ?? false }));
  const needsDns = built.some((b) => b.setup.dnsUpdates);
  const resources: Resource[] = [namespace(NAMESPACE), ...built.flatMap((b) => b.resources), ...(needsDns ? [dnsUpdatePolicy(NAMESPACE)] : [])];
  const apiHosts = built.flatMap((b) => b.setup.apiHosts);
  return {
    component: component({
      name: "external-dns",
      namespace: NAMESPACE,
      resources,
      dependsOn: [deps.gateways, deps.secrets],
      healthChecks: built.flatMap((b) => b.health),
      package: pkg,
    }),
    networkPolicy: {
      namespace: NAMESPACE,
      egressFqdns: apiHosts.length > 0 ? [{ name: "allow-dns-provider-apis", hosts: apiHosts.map((h) => ({ name: h.name })), ports: [...new Set(apiHosts.map((h) => h.port))] }] : [],
    },
  };
}
