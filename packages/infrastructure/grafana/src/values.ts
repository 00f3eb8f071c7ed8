/**
 * The values of the grafana chart 10.1.5 this package sets, written by hand: the chart ships no
 * values.schema.json (checked at the tag in grafana/helm-charts), so there is nothing to generate
 * a type or a run-time validator from. Only the subset used here is typed; a value outside it
 * does not compile.
 */
export interface GrafanaValues {
  replicas?: number;
  deploymentStrategy?: { type?: "Recreate" | "RollingUpdate" };
  image?: { registry?: string; repository?: string; tag?: string };
  resources?: Resources;
  securityContext?: Readonly<Record<string, unknown>>;
  containerSecurityContext?: Readonly<Record<string, unknown>>;
  admin?: { existingSecret?: string; userKey?: string; passwordKey?: string };
  persistence?: { enabled?: boolean; type?: "pvc"; existingClaim?: string };
  /** A root init container that chowns the volume: restricted Pod Security forbids it; fsGroup does the job. */
  initChownData?: { enabled?: boolean };
  /** Plugins Grafana installs at start, "id version" (pinned). */
  plugins?: readonly string[];
  datasources?: { "datasources.yaml"?: DatasourcesFile };
  dashboardProviders?: { "dashboardproviders.yaml"?: { apiVersion: 1; providers: readonly DashboardProvider[] } };
  /** Dashboards per provider: grafana.com id and revision, the data source placeholders they declare replaced. */
  dashboards?: Readonly<Record<string, Readonly<Record<string, GrafanaComDashboard>>>>;
  downloadDashboards?: { resources?: Resources };
  sidecar?: {
    resources?: Resources;
    dashboards?: {
      enabled?: boolean;
      label?: string;
      labelValue?: string;
      folderAnnotation?: string;
      searchNamespace?: string;
      provider?: { foldersFromFilesStructure?: boolean; allowUiUpdates?: boolean };
    };
    datasources?: { enabled?: boolean };
  };
  "grafana.ini"?: Readonly<Record<string, Readonly<Record<string, string | number | boolean>>>>;
  envValueFrom?: Readonly<Record<string, { secretKeyRef: { name: string; key: string } }>>;
  serviceMonitor?: { enabled?: boolean; interval?: string };
  service?: { port?: number; targetPort?: number };
  testFramework?: { enabled?: boolean };
  rbac?: { create?: boolean; namespaced?: boolean };
}

export interface Resources {
  requests?: { cpu?: string; memory?: string };
  limits?: { cpu?: string; memory?: string };
}

/** Grafana's data source provisioning file. */
export interface DatasourcesFile {
  apiVersion: 1;
  datasources: readonly Datasource[];
}

export interface Datasource {
  name: string;
  uid: string;
  type: "prometheus" | "victoriametrics-logs-datasource";
  access: "proxy";
  url: string;
  isDefault?: boolean;
  editable?: boolean;
  jsonData?: Readonly<Record<string, string | number | boolean>>;
  secureJsonData?: Readonly<Record<string, string>>;
}

export interface DashboardProvider {
  name: string;
  orgId: 1;
  folder: string;
  type: "file";
  disableDeletion: boolean;
  editable: boolean;
  options: { path: string };
}

export interface GrafanaComDashboard {
  gnetId: number;
  revision: number;
  /** The dashboard's `${DS_...}` inputs and the data source (uid) each becomes. */
  datasource: readonly { name: string; value: string }[];
}
