import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2";
import { component, ConfigError, namespace, type Component, type DnsName, type Resource } from "@k8s-gitops/core";
import type { SecretStore } from "@k8s-gitops/external-secrets";
import type { Gateways } from "@k8s-gitops/gateway";
import type { GrafanaDashboard } from "@k8s-gitops/prometheus-operator-crds";
import pkg from "../package.json" with { type: "json" };
import { instance, type ExternalDnsInstance, type LogLevel } from "./instance.ts";

export { IMAGE, instance, type BuiltInstance, type ExternalDnsInstance, type InstanceContext, type LogLevel } from "./instance.ts";
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
  /** One release each; each may carry its own chart `values`. */
  instances: readonly ExternalDnsInstance[];
  /** A ServiceMonitor and alerts per instance. Default true. */
  monitoring?: boolean;
}

/** ExternalDNS's dashboard on grafana.com (for whoever provisions Grafana). */
export const dashboards: readonly GrafanaDashboard[] = [{ id: 23969, revision: 1, title: "External DNS" }];

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
 * ExternalDNS in its own namespace: one instance per provider (Cloudflare for the external
 * gateway's routes, RFC 2136 for the internal one's), each with its RBAC, its credentials from
 * 1Password through the secret store and its own chart release. Its namespace's allowances
 * beyond deny-all (the API server, the providers' APIs) are on the component.
 */
export function externalDns(o: ExternalDnsOptions, deps: { gateways: Gateways; secretStore: SecretStore; monitoringCrds: Component }): Component {
  const where = { cluster: o.cluster, component: "external-dns" };
  if (o.instances.length === 0) throw new ConfigError("no ExternalDNS instance", { ...where, field: "instances" });
  const monitoring = o.monitoring ?? true;
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
    .map((i) => instance(i, { ...o, namespace: NAMESPACE, store: deps.secretStore.outputs.storeRef, gateways: deps.gateways.outputs, monitoring }));
  const needsDns = built.some((b) => b.setup.dnsUpdates);
  const resources: Resource[] = [namespace(NAMESPACE), ...built.flatMap((b) => b.resources), ...(needsDns ? [dnsUpdatePolicy(NAMESPACE)] : [])];
  const apiHosts = built.flatMap((b) => b.setup.apiHosts);
  return component({
    name: "external-dns",
    namespace: NAMESPACE,
    resources,
    dependsOn: [deps.gateways, deps.secretStore, deps.monitoringCrds],
    healthChecks: built.flatMap((b) => b.health),
    network: {
      namespace: NAMESPACE,
      ...(apiHosts.length > 0
        ? { egressFqdns: [{ name: "allow-dns-provider-apis", hosts: [...new Set(apiHosts.map((h) => h.name))].map((name) => ({ name })), ports: [...new Set(apiHosts.map((h) => h.port))] }] }
        : {}),
    },
    package: pkg,
  });
}
