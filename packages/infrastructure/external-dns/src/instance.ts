import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { appRelease, type AppTemplateValues } from "@k8s-gitops/app-template";
import { Deployment } from "kubernetes-models/apps/v1";
import { healthCheck, type DeepPartial, type DnsName, type HealthCheck, type Resource } from "@k8s-gitops/core";
import { externalSecret, type SecretStoreRef } from "@k8s-gitops/external-secrets";
import type { GatewayOutputs } from "@k8s-gitops/gateway";
import { ClusterRole, ClusterRoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1";
import { ServiceAccount } from "kubernetes-models/v1";
import { providerSetup, type DnsProvider, type ProviderSetup } from "./providers.ts";

/** The ExternalDNS image, pinned. */
export const IMAGE = { repository: "registry.k8s.io/external-dns/external-dns", tag: "v0.19.0" } as const;

/** ExternalDNS's log levels (it has no "warn": the level is "warning"). */
export type LogLevel = "debug" | "info" | "warning" | "error";

export interface ExternalDnsInstance {
  /** The instance is external-dns-<name>. */
  name: string;
  /** Public or private records: part of the TXT owner id, k8s-<cluster>-<visibility>. */
  visibility: "public" | "private";
  /** The gateway (of the gateway component's outputs) whose HTTPRoutes it publishes. */
  gateway: keyof GatewayOutputs;
  provider: DnsProvider;
  /** Chart values of its release, deep-merged over the instance's app values. */
  values?: DeepPartial<AppTemplateValues>;
}

export interface InstanceContext {
  cluster: string;
  namespace: string;
  domain: DnsName;
  txtPrefix: string;
  interval: `${number}m` | `${number}s`;
  logLevel: LogLevel;
  store: SecretStoreRef;
  gateways: GatewayOutputs;
  monitoring: boolean;
}

export interface BuiltInstance {
  name: string;
  resources: Resource[];
  health: HealthCheck[];
  setup: ProviderSetup;
}

/** Reads HTTPRoutes and their Gateways cluster-wide (and namespaces, for the routes' namespaces). */
function rbac(name: string, namespace: string): Resource[] {
  return [
    new ServiceAccount({ metadata: { name, namespace } }),
    new ClusterRole({
      metadata: { name },
      rules: [
        { apiGroups: [""], resources: ["namespaces"], verbs: ["get", "watch", "list"] },
        { apiGroups: ["gateway.networking.k8s.io"], resources: ["gateways", "httproutes"], verbs: ["get", "watch", "list"] },
      ],
    }),
    new ClusterRoleBinding({
      metadata: { name },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name },
      subjects: [{ kind: "ServiceAccount", name, namespace }],
    }),
  ];
}

/** Staleness: no sync for longer than a minute, for five minutes. */
function staleAlert(name: string, namespace: string, i: ExternalDnsInstance): PrometheusRule {
  const alert = `ExternalDNS${i.name.replace(/(^|-)(\w)/g, (_m, _d: string, c: string) => c.toUpperCase())}Stale`;
  return new PrometheusRule({
    metadata: { name, namespace },
    spec: {
      groups: [
        {
          name: `${name}.rules`,
          rules: [
            {
              alert,
              expr: `time() - external_dns_controller_last_sync_timestamp_seconds{job="${name}"} > 60`,
              for: "5m",
              annotations: { summary: `ExternalDNS (${i.visibility}) has not synced in the last five minutes` },
              labels: { severity: "critical" },
            },
          ],
        },
      ],
    },
  });
}

/** One ExternalDNS instance: RBAC, credentials, the release; every instance is built by this one function. */
export function instance(i: ExternalDnsInstance, c: InstanceContext): BuiltInstance {
  const name = `external-dns-${i.name}`;
  const setup = providerSetup(i.provider);
  const secretName = `${name}-secret`;
  const gateway = c.gateways[i.gateway];
  const args = [
    ...setup.args,
    `--domain-filter=${c.domain}`,
    "--registry=txt",
    `--txt-owner-id=k8s-${c.cluster}-${i.visibility}`,
    `--txt-prefix=${c.txtPrefix}`,
    "--source=gateway-httproute",
    `--gateway-name=${gateway.name}`,
    `--gateway-namespace=${gateway.namespace}`,
    `--interval=${c.interval}`,
    "--log-format=text",
    `--log-level=${c.logLevel}`,
  ];
  const release = appRelease({
    name,
    namespace: c.namespace,
    image: IMAGE,
    args,
    envFromSecret: secretName,
    serviceAccount: name,
    user: 65534,
    httpPort: 7979,
    probePath: "/healthz",
    resources: { requests: { cpu: "10m" }, limits: { memory: "64Mi" } },
    serviceMonitor: c.monitoring,
    values: i.values,
  });
  return {
    name,
    setup,
    health: [healthCheck(Deployment, name, c.namespace)],
    resources: [
      ...rbac(name, c.namespace),
      externalSecret({ name, namespace: c.namespace, store: c.store, secretName, data: setup.env }),
      ...release,
      ...(c.monitoring ? [staleAlert(name, c.namespace, i)] : []),
    ],
  };
}
