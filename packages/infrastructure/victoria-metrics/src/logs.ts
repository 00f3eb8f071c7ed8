import { classifyData, component, ConfigError, healthCheck, type Component, type DataDeclaration } from "@k8s-gitops/core";
import { Deployment } from "kubernetes-models/apps/v1";
import pkg from "../package.json" with { type: "json" };
import { STORE_NAME, type Volumes } from "./cluster.ts";
import { globalRoleLabels, logsUrl, peers, type GlobalStores } from "./endpoints.ts";
import { VLSingle } from "./generated/models/operator.victoriametrics.com/v1/VLSingle.ts";
import { logsRules } from "./rules.ts";
import { VERSIONS, type Resources } from "./versions.ts";

/** What dependants read from the log store, through its mesh-global Service. */
export interface VlSingleOutputs {
  /** VictoriaLogs' base URL: a Grafana VictoriaLogs data source's URL (it adds /select/logsql/...). */
  readonly queryUrl: string;
  /** The JSON-lines ingestion endpoint (Fluent Bit's http output); the tenant is the AccountID header. */
  readonly insertUrl: string;
}

export type VlSingleComponent = Component<VlSingleOutputs>;

export interface VlSingleOptions {
  global: GlobalStores;
  /** Default STORE_NAME; its local Service and Deployment are vlsingle-<name>. */
  name?: string;
  /** How long logs are kept, e.g. "30d". */
  retention: `${number}${"d" | "w" | "y"}`;
  storage: Volumes;
  resources?: Resources;
  version?: string;
  /** What the logs are (default confidential: application logs may carry personal data). */
  data?: DataDeclaration;
  /** Namespaces whose pods ship (every cluster's Fluent Bit) or query (Grafana) logs; default: the stores' own. A namespace matches in every cluster of the mesh. */
  clients?: readonly string[];
}

/**
 * The fleet's log store: VictoriaLogs as the operator's VLSingle (typed from its CRD, one
 * operator for metrics and logs, its self-scrape like the rest) rather than the
 * victoria-logs-single chart: one pod on a block volume (a single-node store cannot share its
 * volume), the retention from the cluster values, its data classified for the backup-compliance
 * checks. Its pod carries the global role the mesh-global Service for logs selects.
 */
export function vlSingle(o: VlSingleOptions, deps: { victoriaMetricsOperator: Component; storage: Component }): VlSingleComponent {
  const name = o.name ?? STORE_NAME;
  const ns = o.global.namespace;
  if (!/^[1-9]\d*[dwy]$/.test(o.retention)) throw new ConfigError(`retention "${o.retention}" is not a period such as 30d`, { component: "victoria-logs", object: `VLSingle/${ns}/${name}`, field: "spec.retentionPeriod" });
  const store = new VLSingle({
    metadata: { name, namespace: ns },
    spec: {
      image: { tag: o.version ?? VERSIONS.logs },
      retentionPeriod: o.retention,
      storage: { storageClassName: o.storage.storageClass, accessModes: ["ReadWriteOnce"], resources: { requests: { storage: o.storage.size } } },
      resources: o.resources ?? { requests: { cpu: "500m", memory: "1Gi" }, limits: { memory: "4Gi" } },
      podMetadata: { labels: globalRoleLabels("logs") },
      useStrictSecurity: true,
    },
  });
  const base = logsUrl(o.global);
  return component({
    name: "victoria-logs",
    namespace: ns,
    dependsOn: [deps.victoriaMetricsOperator, deps.storage],
    resources: [classifyData(store, o.data ?? { classification: "confidential" }), logsRules(ns, `vlsingle-${name}`)],
    healthChecks: [healthCheck(Deployment, `vlsingle-${name}`, ns)],
    network: { namespace: ns, ingressFrom: peers(o.clients ?? [ns], "logs") },
    outputs: { queryUrl: base, insertUrl: `${base}/insert/jsonline` },
    package: pkg,
  });
}
