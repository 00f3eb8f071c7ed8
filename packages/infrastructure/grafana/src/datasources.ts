import { ConfigError, DNS_LABEL_RE, type Port } from "@k8s-gitops/core";
import type { Datasource } from "./values.ts";

/** A Service by name and port; its namespace is the stores'. */
export interface StoreService {
  readonly name: string;
  readonly port: Port;
}

/**
 * Where the fleet's global stores answer: structurally `PlatformValues.observability.global`
 * (and the VictoriaMetrics package's GlobalStores), so a cluster passes its values' as they are.
 */
export interface StoreEndpoints {
  readonly namespace: string;
  /** vmselect: `/select/<tenant>/prometheus`. */
  readonly metricsSelect: StoreService;
  /** VictoriaLogs: `/select/logsql/...`, the tenant in the AccountID header. */
  readonly logs: StoreService;
}

/** A cluster's tenant in the stores. */
export interface Tenant {
  readonly id: number;
  readonly name: string;
}

/** The uid of the data source reading every tenant at once (vmselect's multitenant API). */
export const ALL_CLUSTERS_UID = "vm-all";
/** The VictoriaLogs data source plugin, pinned. */
export const LOGS_PLUGIN = { id: "victoriametrics-logs-datasource", version: "0.24.1" } as const;

const base = (s: StoreEndpoints, e: StoreService): string => `http://${e.name}.${s.namespace}.svc:${e.port}`;

/** vmselect's Prometheus API for a tenant, or for all of them (`multitenant`: series carry vm_account_id). */
export function metricsUrl(s: StoreEndpoints, tenant: number | "multitenant"): string {
  return `${base(s, s.metricsSelect)}/select/${tenant}/prometheus`;
}

/** VictoriaLogs' base URL (the plugin appends /select/logsql/...). */
export function logsUrl(s: StoreEndpoints): string {
  return base(s, s.logs);
}

/** The uid of a tenant's metrics data source. */
export function metricsUid(t: Pick<Tenant, "name">): string {
  return `vm-${t.name}`;
}

/** The uid of a tenant's logs data source. */
export function logsUid(t: Pick<Tenant, "name">): string {
  return `vl-${t.name}`;
}

/**
 * One metrics and one logs data source per tenant (VictoriaMetrics through the built-in
 * Prometheus type; VictoriaLogs through its plugin, the tenant as AccountID header), and one
 * metrics data source across tenants for the multi-cluster dashboards. The default is the
 * default tenant's metrics.
 */
export function datasources(s: StoreEndpoints, tenants: readonly Tenant[], defaultTenant: string): Datasource[] {
  if (tenants.length === 0) throw new ConfigError("Grafana needs at least one tenant to read", { component: "grafana", field: "tenants" });
  const seen = new Set<string>();
  const ids = new Set<number>();
  for (const t of tenants) {
    if (!DNS_LABEL_RE.test(t.name)) throw new ConfigError(`tenant name "${t.name}" is not a DNS label (it names the data sources' uids)`, { component: "grafana", field: "tenants" });
    if (!Number.isInteger(t.id) || t.id < 0 || t.id > 4294967295) throw new ConfigError(`tenant ${t.name}: id ${t.id} is not an accountID (0..2^32-1)`, { component: "grafana", field: "tenants" });
    if (seen.has(t.name) || ids.has(t.id)) throw new ConfigError(`tenant ${t.name} (${t.id}) is listed twice`, { component: "grafana", field: "tenants" });
    seen.add(t.name);
    ids.add(t.id);
  }
  if (!seen.has(defaultTenant)) throw new ConfigError(`the default tenant ${defaultTenant} is not one of ${[...seen].join(", ")}`, { component: "grafana", field: "defaultTenant" });
  const sorted = [...tenants].sort((a, b) => a.name.localeCompare(b.name));
  return [
    ...sorted.map(
      (t): Datasource => ({
        name: `VictoriaMetrics (${t.name})`,
        uid: metricsUid(t),
        type: "prometheus",
        access: "proxy",
        url: metricsUrl(s, t.id),
        isDefault: t.name === defaultTenant,
        editable: false,
        jsonData: { timeInterval: "30s", prometheusType: "Prometheus" },
      }),
    ),
    {
      name: "VictoriaMetrics (all clusters)",
      uid: ALL_CLUSTERS_UID,
      type: "prometheus",
      access: "proxy",
      url: metricsUrl(s, "multitenant"),
      editable: false,
      jsonData: { timeInterval: "30s", prometheusType: "Prometheus" },
    },
    ...sorted.map(
      (t): Datasource => ({
        name: `VictoriaLogs (${t.name})`,
        uid: logsUid(t),
        type: LOGS_PLUGIN.id,
        access: "proxy",
        url: logsUrl(s),
        editable: false,
        // Grafana's custom headers: the tenant is not a secret, but Grafana only sends header
        // values it keeps in secureJsonData.
        jsonData: { httpHeaderName1: "AccountID", httpHeaderName2: "ProjectID" },
        secureJsonData: { httpHeaderValue1: String(t.id), httpHeaderValue2: "0" },
      }),
    ),
  ];
}
