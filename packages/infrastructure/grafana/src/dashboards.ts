import { readdirSync, readFileSync } from "node:fs";
import { ConfigError } from "@k8s-gitops/core";
import { ConfigMap } from "kubernetes-models/v1";
import type { DashboardProvider, GrafanaComDashboard } from "./values.ts";

/** The label Grafana's dashboard sidecar collects ConfigMaps by, and the annotation naming their folder. */
export const DASHBOARD_LABEL = { grafana_dashboard: "1" } as const;
export const FOLDER_ANNOTATION = "grafana_folder";

/** The folders dashboards are filed in (the old repository's layers). */
export const FOLDERS = {
  infrastructure: "Infrastructure",
  databases: "Databases",
  observability: "Observability",
  workloads: "Workloads",
  "multi-cluster": "Multi-Cluster",
} as const;
export type Folder = keyof typeof FOLDERS;

/** A dashboard JSON the package ships (dashboards/<folder>/<file>.json). */
export interface ShippedDashboard {
  readonly folder: Folder;
  readonly file: string;
  readonly uid: string;
  readonly title: string;
  readonly json: string;
}

function isFolder(name: string): name is Folder {
  return Object.hasOwn(FOLDERS, name);
}

let cache: readonly ShippedDashboard[] | undefined;

/**
 * The dashboards shipped as JSON in the package, read once: the old repository's own ones,
 * unwrapped from the HTTP API's `{"dashboard": ...}` envelope (file provisioning reads the model
 * itself), with a `datasource` variable instead of the fixed name "VictoriaMetrics".
 */
export function shippedDashboards(): readonly ShippedDashboard[] {
  if (cache) return cache;
  const root = new URL("../dashboards/", import.meta.url);
  const out: ShippedDashboard[] = [];
  for (const folder of readdirSync(root).sort()) {
    if (!isFolder(folder)) throw new ConfigError(`dashboards/${folder}: not one of the folders ${Object.keys(FOLDERS).join(", ")}`, { component: "grafana" });
    for (const file of readdirSync(new URL(`${folder}/`, root)).filter((f) => f.endsWith(".json")).sort()) {
      const json = readFileSync(new URL(`${folder}/${file}`, root), "utf8");
      const model: unknown = JSON.parse(json);
      const uid = typeof model === "object" && model !== null && "uid" in model && typeof model.uid === "string" ? model.uid : undefined;
      const title = typeof model === "object" && model !== null && "title" in model && typeof model.title === "string" ? model.title : undefined;
      if (!uid || !title) throw new ConfigError(`dashboards/${folder}/${file}: a dashboard model needs a uid and a title`, { component: "grafana" });
      out.push({ folder, file, uid, title, json });
    }
  }
  cache = out;
  return out;
}

/** A dashboard as a ConfigMap the sidecar files under its folder. */
export function dashboardConfigMap(d: ShippedDashboard, namespace: string): ConfigMap {
  return new ConfigMap({
    metadata: { name: `grafana-dashboard-${d.uid}`, namespace, labels: { ...DASHBOARD_LABEL }, annotations: { [FOLDER_ANNOTATION]: FOLDERS[d.folder] } },
    data: { [d.file]: d.json },
  });
}

/** A grafana.com dashboard by id and revision, with the data source inputs it declares. */
export interface GrafanaComEntry {
  readonly folder: Folder;
  readonly name: string;
  readonly gnetId: number;
  readonly revision: number;
  readonly inputs: readonly ("DS_PROMETHEUS" | "DS_EXPRESSION")[];
}

/**
 * The old repository's dashboards from grafana.com, by id and revision (downloaded by the chart
 * at start instead of copied: 900 kB of JSON under grafana.com's terms stays out of the package).
 */
export const GRAFANA_COM_DASHBOARDS: readonly GrafanaComEntry[] = [
  { folder: "infrastructure", name: "kubernetes-cluster", gnetId: 315, revision: 3, inputs: ["DS_PROMETHEUS"] },
  { folder: "infrastructure", name: "rook-ceph-cluster", gnetId: 2842, revision: 18, inputs: [] },
  { folder: "databases", name: "cloudnative-pg-cluster", gnetId: 20417, revision: 4, inputs: ["DS_PROMETHEUS", "DS_EXPRESSION"] },
  { folder: "observability", name: "victoria-metrics-cluster", gnetId: 11176, revision: 45, inputs: [] },
  { folder: "observability", name: "fluent-bit", gnetId: 18855, revision: 1, inputs: ["DS_PROMETHEUS"] },
];

/**
 * The chart's dashboard providers (one per folder of grafana.com dashboards) and its dashboards,
 * each `${DS_PROMETHEUS}` bound to a data source uid (`${DS_EXPRESSION}` to Grafana's expressions).
 */
export function grafanaComDashboards(datasourceUid: string): { providers: DashboardProvider[]; dashboards: Record<string, Record<string, GrafanaComDashboard>> } {
  const providers: DashboardProvider[] = [];
  const dashboards: Record<string, Record<string, GrafanaComDashboard>> = {};
  for (const d of GRAFANA_COM_DASHBOARDS) {
    const provider = `grafana-com-${d.folder}`;
    if (!dashboards[provider]) {
      dashboards[provider] = {};
      providers.push({
        name: provider,
        orgId: 1,
        folder: FOLDERS[d.folder],
        type: "file",
        disableDeletion: true,
        editable: false,
        options: { path: `/var/lib/grafana/dashboards/${provider}` },
      });
    }
    dashboards[provider][d.name] = { gnetId: d.gnetId, revision: d.revision, datasource: d.inputs.map((i) => ({ name: i, value: i === "DS_EXPRESSION" ? "__expr__" : datasourceUid })) };
  }
  return { providers, dashboards };
}
