import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import {
  classifyData,
  component,
  ConfigError,
  dnsName,
  healthCheck,
  helmRelease,
  merge,
  namespace,
  ociChart,
  type Component,
  type DataClassification,
  type DeepPartial,
  type DnsName,
  type OidcClient,
  type OnePasswordField,
} from "@k8s-gitops/core";
import { externalSecret, type SecretStore } from "@k8s-gitops/external-secrets";
import { httpRoute, type Gateways } from "@k8s-gitops/gateway";
import { Deployment } from "kubernetes-models/apps/v1";
import { PersistentVolumeClaim } from "kubernetes-models/v1";
import pkg from "../package.json" with { type: "json" };
import { dashboardConfigMap, grafanaComDashboards, shippedDashboards } from "./dashboards.ts";
import { datasources, LOGS_PLUGIN, metricsUid, type StoreEndpoints, type Tenant } from "./datasources.ts";
import type { GrafanaValues, Resources } from "./values.ts";

export {
  DASHBOARD_LABEL,
  dashboardConfigMap,
  FOLDER_ANNOTATION,
  FOLDERS,
  GRAFANA_COM_DASHBOARDS,
  grafanaComDashboards,
  shippedDashboards,
  type Folder,
  type GrafanaComEntry,
  type ShippedDashboard,
} from "./dashboards.ts";
export { ALL_CLUSTERS_UID, datasources, LOGS_PLUGIN, logsUid, logsUrl, metricsUid, metricsUrl, type StoreEndpoints, type StoreService, type Tenant } from "./datasources.ts";
export type { Datasource, DashboardProvider, DatasourcesFile, GrafanaComDashboard, GrafanaValues, Resources } from "./values.ts";

export const NAMESPACE = "grafana";
/** Grafana's HTTP port (the container's; the chart's Service publishes it on 80). */
export const HTTP_PORT = 3000;
const SERVICE_PORT = 80;
const ADMIN_SECRET = "grafana-admin";
const OIDC_SECRET = "grafana-oidc";
const CLAIM = "grafana";

/** The chart, pinned (oci://ghcr.io/grafana/helm-charts/grafana; the old repository ran 10.1.x inside victoria-metrics-k8s-stack 0.61.11). */
export function chart(version = "10.1.5") {
  return ociChart<GrafanaValues>({ name: "grafana", url: "oci://ghcr.io/grafana/helm-charts/grafana", version });
}

/** The chart values the platform runs with; options that feed values are merged into them, then `values` over that. */
export const defaults = {
  // One replica: its SQLite database lives on one ReadWriteOnce volume.
  replicas: 1,
  deploymentStrategy: { type: "Recreate" },
  resources: { requests: { cpu: "100m", memory: "256Mi" }, limits: { memory: "1Gi" } },
  securityContext: { runAsNonRoot: true, runAsUser: 472, runAsGroup: 472, fsGroup: 472, seccompProfile: { type: "RuntimeDefault" } },
  admin: { existingSecret: ADMIN_SECRET, userKey: "admin-user", passwordKey: "admin-password" },
  persistence: { enabled: true, type: "pvc", existingClaim: CLAIM },
  initChownData: { enabled: false },
  plugins: [`${LOGS_PLUGIN.id} ${LOGS_PLUGIN.version}`],
  downloadDashboards: { resources: { requests: { cpu: "10m", memory: "32Mi" }, limits: { memory: "64Mi" } } },
  sidecar: {
    resources: { requests: { cpu: "10m", memory: "64Mi" }, limits: { memory: "128Mi" } },
    // Any component may ship a dashboard as a ConfigMap with the label, in its own namespace.
    dashboards: { enabled: true, label: "grafana_dashboard", labelValue: "1", folderAnnotation: "grafana_folder", searchNamespace: "ALL", provider: { foldersFromFilesStructure: true } },
    datasources: { enabled: false },
  },
  "grafana.ini": {
    analytics: { check_for_updates: false, check_for_plugin_updates: false, reporting_enabled: false },
    news: { news_feed_enabled: false },
    log: { mode: "console", level: "info" },
  },
  serviceMonitor: { enabled: false, interval: "30s" },
  service: { port: SERVICE_PORT, targetPort: HTTP_PORT },
  testFramework: { enabled: false },
} satisfies GrafanaValues;

export interface GrafanaOptions {
  /** The cluster's name (errors name it). */
  cluster: string;
  /** Grafana's host name on the internal gateway (a name its certificate covers). */
  hostname: DnsName | string;
  /** The global stores (`values.observability.global`): the data sources' URLs are built from them. */
  stores: StoreEndpoints;
  /** The tenants (clusters) to read: a metrics and a logs data source each. */
  tenants: readonly Tenant[];
  /** The tenant whose metrics are the default data source (and the grafana.com dashboards'). */
  defaultTenant: string;
  /** The 1Password item with the admin's `username` and `password`. */
  admin: { readonly item: string };
  /** Where Grafana's database lives. */
  storage: { storageClass: string; size: `${number}Gi` };
  /** What its database holds (users, dashboards edited in the UI). Default internal. */
  classification?: DataClassification;
  /** Sign-in with an identity provider's OIDC client (Keycloak); the admin login stays as the break-glass way in. */
  oidc?: OidcClient;
  /** ServiceMonitor and alert rules: needs `deps.monitoringCrds`. Default true. */
  monitoring?: boolean;
  resources?: Resources;
  version?: string;
  /** Chart values, deep-merged over the defaults and what the options set. */
  values?: DeepPartial<GrafanaValues>;
}

export interface GrafanaOutputs {
  /** Where people open it. */
  readonly url: `https://${string}`;
}

/** Grafana down: nothing answers its scrape. */
export function grafanaAlerts(ns: string = NAMESPACE): PrometheusRule {
  return new PrometheusRule({
    metadata: { name: "grafana", namespace: ns },
    spec: {
      groups: [
        {
          name: "grafana.rules",
          rules: [
            {
              alert: "GrafanaDown",
              expr: `absent(up{namespace="${ns}",service="grafana"} == 1)`,
              for: "10m",
              labels: { severity: "warning" },
              annotations: { summary: "Grafana has not been scraped up for ten minutes: dashboards are unavailable" },
            },
          ],
        },
      ],
    },
  });
}

/** Keycloak's endpoints under a realm's issuer (Grafana's generic OAuth needs them spelled out). */
function oidcIni(o: OidcClient): Record<string, string | boolean> {
  const issuer = o.issuerUrl.replace(/\/$/, "");
  return {
    enabled: true,
    name: "Keycloak",
    client_id: o.clientId,
    scopes: "openid profile email",
    auth_url: `${issuer}/protocol/openid-connect/auth`,
    token_url: `${issuer}/protocol/openid-connect/token`,
    api_url: `${issuer}/protocol/openid-connect/userinfo`,
    use_pkce: true,
    allow_sign_up: true,
    // Realm roles in the token: grafana-admin becomes Admin, grafana-editor Editor, anyone else Viewer.
    role_attribute_path: "contains(realm_access.roles[*], 'grafana-admin') && 'Admin' || contains(realm_access.roles[*], 'grafana-editor') && 'Editor' || 'Viewer'",
  };
}

/**
 * Grafana on the internal gateway, reading the fleet's global stores: a VictoriaMetrics
 * (Prometheus type) and a VictoriaLogs data source per tenant plus one metrics data source across
 * tenants, the platform's dashboards (shipped JSON as sidecar ConfigMaps, grafana.com ones by id
 * and revision), the admin from 1Password, its database on a classified volume, optional OIDC.
 */
export function grafana(
  o: GrafanaOptions,
  deps: { cilium: Component; coredns: Component; secretStore: SecretStore; gateways: Gateways; storage: Component; monitoringCrds?: Component; stores?: readonly Component[] },
): Component<GrafanaOutputs> {
  const where = { cluster: o.cluster, component: "grafana" };
  const monitoring = o.monitoring ?? true;
  if (monitoring && !deps.monitoringCrds) {
    throw new ConfigError("monitoring needs the prometheus-operator CRDs (ServiceMonitor, PrometheusRule): pass deps.monitoringCrds", { ...where, field: "monitoring" });
  }
  const hostname = dnsName(o.hostname, { ...where, field: "hostname" });
  const sources = datasources(o.stores, o.tenants, o.defaultTenant);
  const defaultUid = metricsUid({ name: o.defaultTenant });
  const remote = grafanaComDashboards(defaultUid);
  const issuer = o.oidc ? new URL(o.oidc.issuerUrl) : undefined;
  const ini: GrafanaValues["grafana.ini"] = {
    ...defaults["grafana.ini"],
    server: { root_url: `https://${hostname}` },
    ...(o.oidc ? { "auth.generic_oauth": oidcIni(o.oidc) } : {}),
  };
  const fromOptions: DeepPartial<GrafanaValues> = {
    ...(o.resources ? { resources: o.resources } : {}),
    datasources: { "datasources.yaml": { apiVersion: 1, datasources: sources } },
    dashboardProviders: { "dashboardproviders.yaml": { apiVersion: 1, providers: remote.providers } },
    dashboards: remote.dashboards,
    "grafana.ini": ini,
    serviceMonitor: { enabled: monitoring },
    ...(o.oidc ? { envValueFrom: { GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET: { secretKeyRef: { name: OIDC_SECRET, key: "client-secret" } } } } : {}),
  };
  // The caller's values over what the options set (objects key by key, arrays and scalars replaced).
  const values = o.values ? merge(fromOptions, o.values) : fromOptions;
  const store = deps.secretStore.outputs.storeRef;
  const adminField = (property: string): OnePasswordField => ({ item: o.admin.item, property });
  const claim = classifyData(
    new PersistentVolumeClaim({
      metadata: { name: CLAIM, namespace: NAMESPACE },
      spec: { storageClassName: o.storage.storageClass, accessModes: ["ReadWriteOnce"], resources: { requests: { storage: o.storage.size } } },
    }),
    { classification: o.classification ?? "internal" },
  );
  const storePorts = [...new Set([o.stores.metricsSelect.port, o.stores.logs.port])].sort((a, b) => a - b);
  return component<GrafanaOutputs>({
    name: "grafana",
    namespace: NAMESPACE,
    dependsOn: [deps.cilium, deps.coredns, deps.secretStore, deps.gateways, deps.storage, ...(monitoring && deps.monitoringCrds ? [deps.monitoringCrds] : []), ...(deps.stores ?? [])],
    resources: [
      namespace(NAMESPACE),
      externalSecret({ name: ADMIN_SECRET, namespace: NAMESPACE, store, data: { "admin-user": adminField("username"), "admin-password": adminField("password") } }),
      ...(o.oidc ? [externalSecret({ name: OIDC_SECRET, namespace: NAMESPACE, store, data: { "client-secret": o.oidc.secret } })] : []),
      claim,
      ...shippedDashboards().map((d) => dashboardConfigMap(d, NAMESPACE)),
      ...helmRelease({ name: "grafana", namespace: NAMESPACE, chart: chart(o.version), defaults, values }),
      httpRoute({ name: "grafana", namespace: NAMESPACE, parent: deps.gateways.outputs.internal, hostnames: [hostname], backend: { service: "grafana", port: SERVICE_PORT } }),
      // The gateway's Envoy reaches Grafana as Cilium's reserved ingress identity, not as a namespace.
      new CiliumNetworkPolicy({
        metadata: { name: "allow-gateway-ingress", namespace: NAMESPACE },
        spec: { endpointSelector: {}, ingress: [{ fromEntities: ["ingress"], toPorts: [{ ports: [{ port: String(HTTP_PORT), protocol: "TCP" }] }] }] },
      }),
      ...(monitoring ? [grafanaAlerts()] : []),
    ],
    healthChecks: [healthCheck(Deployment, "grafana", NAMESPACE)],
    network: {
      namespace: NAMESPACE,
      // The dashboard sidecar watches ConfigMaps in every namespace: the Kubernetes API (default).
      egressTo: [{ namespace: o.stores.namespace, ports: storePorts }],
      egressFqdns: [
        // grafana.com: the dashboards by id (download init container) and the logs plugin, whose
        // archive is served from VictoriaMetrics' GitHub releases.
        { name: "allow-grafana-com", hosts: [{ name: "grafana.com" }, { name: "github.com" }, { name: "objects.githubusercontent.com" }, { name: "release-assets.githubusercontent.com" }], ports: [443] },
        ...(issuer ? [{ name: "allow-oidc-issuer", hosts: [{ name: issuer.hostname }], ports: [issuer.port ? Number(issuer.port) : 443] }] : []),
      ],
      // No ingress of its own but the gateway's: the metrics agent's scrape is the baseline's.
    },
    outputs: { url: `https://${hostname}` },
    package: pkg,
  });
}
