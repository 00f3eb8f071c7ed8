import { classifyData, component, ConfigError, healthCheck, type Component, type DataDeclaration } from "@k8s-gitops/core";
import { Deployment, StatefulSet } from "kubernetes-models/apps/v1";
import pkg from "../package.json" with { type: "json" };
import { globalRoleLabels, insertUrl, peers, selectUrl, type GlobalStores } from "./endpoints.ts";
import { VMCluster } from "./generated/models/operator.victoriametrics.com/v1beta1/VMCluster.ts";
import { clusterRules } from "./rules.ts";
import { VERSIONS, type Resources } from "./versions.ts";

/** The name of the global stores' objects (VMCluster, VMAlertmanager, VLSingle); their local Services are <kind>-<name>. */
export const STORE_NAME = "fleet";

/** A persistent volume per pod: on the cluster's block storage class. */
export interface Volumes {
  readonly storageClass: string;
  /** e.g. "50Gi". */
  readonly size: `${number}${"Gi" | "Ti"}`;
}

/** What dependants read from the VMCluster: its query and ingestion URLs for a tenant, through the mesh-global Services. */
export interface VmClusterOutputs {
  /** vmselect's Prometheus API for a tenant: `http://<metricsSelect>.<ns>.svc:<port>/select/<tenant>/prometheus`. */
  readonly selectUrl: (tenant: number) => string;
  /** vminsert's Prometheus prefix for a tenant: `http://<metricsInsert>.<ns>.svc:<port>/insert/<tenant>/prometheus`. */
  readonly insertUrl: (tenant: number) => string;
}

export type VmClusterComponent = Component<VmClusterOutputs>;

export interface VmClusterOptions {
  global: GlobalStores;
  /** Default STORE_NAME. */
  name?: string;
  /** How long samples are kept, e.g. "30d". */
  retention: `${number}${"d" | "w" | "y"}`;
  /** Copies of each sample on distinct vmstorage nodes; at most the number of vmstorage pods. */
  replicationFactor: number;
  /** vmstorage's volumes. */
  storage: Volumes;
  /** vmselect's query cache volumes (default 10Gi on the same class). */
  selectCache?: Volumes;
  replicas?: { storage?: number; select?: number; insert?: number };
  resources?: { storage?: Resources; select?: Resources; insert?: Resources };
  /** Image tag (without the -cluster suffix; default: the operator release's). */
  version?: string;
  /** Default internal: operational metrics, no personal data expected. */
  data?: DataDeclaration;
  /**
   * Namespaces whose pods write (every cluster's agent and VMAlert) and query (VMAlert, Grafana);
   * default: the stores' own. A namespace selector matches the pods of that namespace in every
   * cluster of the mesh (Cilium 1.18, clustermesh.policyDefaultLocalCluster off), so the peers'
   * agents are admitted with the local ones.
   */
  clients?: { readonly write?: readonly string[]; readonly query?: readonly string[] };
}

const preferSpread = (labels: Record<string, string>) => ({
  podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { topologyKey: "kubernetes.io/hostname", labelSelector: { matchLabels: labels } } }] },
});

/** A ReadWriteOnce claim template of the volume. */
export const claim = (v: Volumes) => ({ volumeClaimTemplate: { spec: { storageClassName: v.storageClass, accessModes: ["ReadWriteOnce"], resources: { requests: { storage: v.size } } } } });

/**
 * The fleet's metrics store: vmstorage (one pod per node, required, so the replicas of a sample
 * are on distinct nodes), vminsert and vmselect, each with a PodDisruptionBudget of one pod at a
 * time; samples deduplicated at 30s (every cluster runs two agents scraping the same targets);
 * strict pod security. vminsert's and vmselect's pods carry the global roles the mesh-global
 * Services select. Alert rules for its components ship with it.
 */
export function vmCluster(o: VmClusterOptions, deps: { victoriaMetricsOperator: Component; storage: Component }): VmClusterComponent {
  const name = o.name ?? STORE_NAME;
  const ns = o.global.namespace;
  const where = { component: "vmcluster", object: `VMCluster/${ns}/${name}` };
  const storageReplicas = o.replicas?.storage ?? 3;
  if (!Number.isInteger(o.replicationFactor) || o.replicationFactor < 1) throw new ConfigError(`replicationFactor ${o.replicationFactor} must be a positive integer`, { ...where, field: "spec.replicationFactor" });
  if (o.replicationFactor > storageReplicas) {
    throw new ConfigError(`replicationFactor ${o.replicationFactor} needs at least as many vmstorage pods, there are ${storageReplicas}`, { ...where, field: "spec.replicationFactor" });
  }
  if (!/^[1-9]\d*[dwy]$/.test(o.retention)) throw new ConfigError(`retention "${o.retention}" is not a period such as 30d`, { ...where, field: "spec.retentionPeriod" });
  const tag = `${o.version ?? VERSIONS.metrics}-cluster`;
  const labels = (component: string) => ({ "app.kubernetes.io/name": component, "app.kubernetes.io/instance": name });
  // Two agents per cluster send the same samples: keep one per scrape interval.
  const dedup = { "dedup.minScrapeInterval": "30s" };
  const cluster = new VMCluster({
    metadata: { name, namespace: ns },
    spec: {
      retentionPeriod: o.retention,
      replicationFactor: o.replicationFactor,
      useStrictSecurity: true,
      vmstorage: {
        replicaCount: storageReplicas,
        image: { tag },
        storage: claim(o.storage),
        resources: o.resources?.storage ?? { requests: { cpu: "500m", memory: "2Gi" }, limits: { memory: "4Gi" } },
        extraArgs: dedup,
        podDisruptionBudget: { maxUnavailable: 1 },
        affinity: {
          podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: "kubernetes.io/hostname", labelSelector: { matchLabels: labels("vmstorage") } }] },
        },
      },
      vmselect: {
        replicaCount: o.replicas?.select ?? 3,
        image: { tag },
        cacheMountPath: "/cache",
        storage: claim(o.selectCache ?? { storageClass: o.storage.storageClass, size: "10Gi" }),
        resources: o.resources?.select ?? { requests: { cpu: "200m", memory: "512Mi" }, limits: { memory: "2Gi" } },
        extraArgs: { ...dedup, "search.maxConcurrentRequests": "16", "search.maxQueryDuration": "5m" },
        podMetadata: { labels: globalRoleLabels("metrics-select") },
        podDisruptionBudget: { maxUnavailable: 1 },
        affinity: preferSpread(labels("vmselect")),
      },
      vminsert: {
        replicaCount: o.replicas?.insert ?? 3,
        image: { tag },
        resources: o.resources?.insert ?? { requests: { cpu: "200m", memory: "512Mi" }, limits: { memory: "1Gi" } },
        extraArgs: { "maxInsertRequestSize": "32000000" },
        podMetadata: { labels: globalRoleLabels("metrics-insert") },
        podDisruptionBudget: { maxUnavailable: 1 },
        affinity: preferSpread(labels("vminsert")),
      },
    },
  });
  return component({
    name: "vmcluster",
    namespace: ns,
    dependsOn: [deps.victoriaMetricsOperator, deps.storage],
    resources: [classifyData(cluster, o.data ?? { classification: "internal" }), clusterRules(ns, name)],
    healthChecks: [healthCheck(StatefulSet, `vmstorage-${name}`, ns), healthCheck(StatefulSet, `vmselect-${name}`, ns), healthCheck(Deployment, `vminsert-${name}`, ns)],
    timeout: "15m",
    network: {
      namespace: ns,
      ingressFrom: [
        ...peers(o.clients?.write ?? [ns], "metrics-insert"),
        ...peers(o.clients?.query ?? [ns], "metrics-select"),
      ],
    },
    outputs: { selectUrl: (tenant: number) => selectUrl(o.global, tenant), insertUrl: (tenant: number) => insertUrl(o.global, tenant) },
    package: pkg,
  });
}
