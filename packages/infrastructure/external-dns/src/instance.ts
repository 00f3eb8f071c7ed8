import { appRelease, type AppTemplateValues } from "@k8s-gitops/app-template";
import { Deployment } from "kubernetes-models/apps/v1";
import { healthCheck, RELOADER_AUTO, type DeepPartial, type DnsName, type HealthCheck, type Resource } from "@k8s-gitops/core";
import { externalSecret, type SecretStoreRef } from "@k8s-gitops/external-secrets";
import type { GatewayOutputs } from "@k8s-gitops/gateway";
import { alertRules } from "@k8s-gitops/prometheus-operator-crds";
import type { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
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

/** Seconds of an ExternalDNS --interval ("1m", "30s"). */
function seconds(interval: InstanceContext["interval"]): number {
  return Number.parseFloat(interval) * (interval.endsWith("m") ? 60 : 1);
}

/**
 * The instance down, or up without a sync for three intervals plus a scrape interval (one late
 * sync is not news; three are). The chart's ServiceMonitor scrapes the instance's Service, named
 * after the instance.
 */
function instanceAlerts(name: string, namespace: string, i: ExternalDnsInstance, interval: InstanceContext["interval"]): PrometheusRule {
  const id = i.name.replace(/(^|-)(\w)/g, (_m, _d: string, c: string) => c.toUpperCase());
  const target = `namespace="${namespace}", service="${name}"`;
  const stale = seconds(interval) * 3 + 60;
  return alertRules({
    name,
    namespace,
    groups: [
      {
        name,
        alerts: [
          {
            alert: `ExternalDNS${id}Down`,
            expr: `up{${target}} == 0`,
            for: "5m",
            severity: "warning",
            summary: `ExternalDNS (${i.visibility}) is not answering`,
            description: `${name} has not answered its metrics scrape for 5 minutes: ${i.visibility} DNS records are not being updated`,
          },
          {
            alert: `ExternalDNS${id}Stale`,
            expr: `time() - external_dns_controller_last_sync_timestamp_seconds{${target}} > ${stale}`,
            for: "5m",
            severity: "critical",
            summary: `ExternalDNS (${i.visibility}) has stopped syncing`,
            description: `${name} has not synced its ${i.visibility} records for over ${stale} seconds (three --interval of ${interval} and a scrape): new routes get no DNS records`,
          },
        ],
      },
    ],
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
    // The provider credentials are read from the environment at start: new ones need new pods.
    annotations: RELOADER_AUTO,
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
      ...(c.monitoring ? [instanceAlerts(name, c.namespace, i, c.interval)] : []),
    ],
  };
}
