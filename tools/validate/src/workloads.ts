import { asArray, asObject, asString, asStringMap, get, labels as labelsOf } from "./json.ts";
import type { KubeObject, Manifest } from "./types.ts";

/** A pod template inside an object: where it is, its labels and its pod spec. */
export interface PodTemplate {
  at: Manifest;
  /** Field path of the template (its metadata and spec are below it), "" for a Pod. */
  path: string;
  labels: Record<string, string>;
  spec: KubeObject;
}

const TEMPLATE_PATHS: Record<string, readonly string[]> = {
  "apps|Deployment": ["spec", "template"],
  "apps|StatefulSet": ["spec", "template"],
  "apps|DaemonSet": ["spec", "template"],
  "apps|ReplicaSet": ["spec", "template"],
  "batch|Job": ["spec", "template"],
  "batch|CronJob": ["spec", "jobTemplate", "spec", "template"],
  "|ReplicationController": ["spec", "template"],
  "|PodTemplate": ["template"],
  "|Pod": [],
};

/** Every pod template the tree renders (workload kinds of Kubernetes itself). */
export function podTemplates(manifests: readonly Manifest[]): PodTemplate[] {
  const out: PodTemplate[] = [];
  for (const m of manifests) {
    const path = TEMPLATE_PATHS[`${m.group}|${m.kind}`];
    if (!path) continue;
    const template = path.length ? asObject(get(m.object, ...path)) : m.object;
    const spec = asObject(get(template, "spec"));
    if (!template || !spec) continue;
    out.push({ at: m, path: path.join("."), labels: labelsOf(template), spec });
  }
  return out;
}

/**
 * Kinds whose controller (an operator or Helm) creates pods the tree does not show: they run
 * workloads in their namespace just as a Deployment does.
 */
const POD_CREATORS = new Set([
  "helm.toolkit.fluxcd.io|HelmRelease",
  "postgresql.cnpg.io|Cluster",
  "postgresql.cnpg.io|Pooler",
  "dragonflydb.io|Dragonfly",
  "kafka.strimzi.io|Kafka",
  "kafka.strimzi.io|KafkaNodePool",
  "kafka.strimzi.io|KafkaConnect",
  "kafka.strimzi.io|KafkaMirrorMaker2",
  "k8s.keycloak.org|Keycloak",
  "ceph.rook.io|CephCluster",
  "ceph.rook.io|CephObjectStore",
  "ceph.rook.io|CephFilesystem",
  "operator.victoriametrics.com|VMSingle",
  "operator.victoriametrics.com|VMCluster",
  "operator.victoriametrics.com|VMAgent",
  "operator.victoriametrics.com|VMAlert",
  "operator.victoriametrics.com|VMAlertmanager",
  "operator.victoriametrics.com|VMAuth",
  "operator.victoriametrics.com|VLSingle",
  "operator.victoriametrics.com|VLogs",
  "operator.victoriametrics.com|VLCluster",
  "operator.victoriametrics.com|VLAgent",
  "monitoring.coreos.com|Prometheus",
  "monitoring.coreos.com|Alertmanager",
  "fluentbit.fluent.io|FluentBit",
  "actions.github.com|AutoscalingRunnerSet",
]);

export function createsPods(m: Manifest): boolean {
  return POD_CREATORS.has(`${m.group}|${m.kind}`);
}

/** The namespace an object's pods run in (a HelmRelease may install into its targetNamespace). */
export function workloadNamespace(m: Manifest): string | undefined {
  if (m.group === "helm.toolkit.fluxcd.io" && m.kind === "HelmRelease") return asString(get(m.object, "spec", "targetNamespace")) ?? m.namespace;
  return m.namespace;
}

/** Namespace -> the objects that run workloads there (templates and pod creators). */
export function workloadsByNamespace(manifests: readonly Manifest[]): Map<string, Manifest[]> {
  const out = new Map<string, Manifest[]>();
  const add = (ns: string | undefined, m: Manifest): void => {
    if (!ns) return;
    const list = out.get(ns) ?? [];
    if (!list.includes(m)) list.push(m);
    out.set(ns, list);
  };
  for (const t of podTemplates(manifests)) add(t.at.namespace, t.at);
  for (const m of manifests) if (createsPods(m)) add(workloadNamespace(m), m);
  return out;
}

/** Whether a label selector (matchLabels and matchExpressions, or a plain map) selects these labels. */
export function selects(selector: KubeObject, labels: Record<string, string>): boolean {
  const hasStructure = "matchLabels" in selector || "matchExpressions" in selector;
  const matchLabels = hasStructure ? asStringMap(selector.matchLabels) : asStringMap(selector);
  for (const [k, v] of Object.entries(matchLabels)) if (labels[k] !== v) return false;
  if (!hasStructure || !Array.isArray(selector.matchExpressions)) return true;
  return selector.matchExpressions.every((e) => {
    const key = asString(get(e, "key")) ?? "";
    const op = asString(get(e, "operator"));
    const values = asArray(get(e, "values")).filter((v): v is string => typeof v === "string");
    const has = Object.hasOwn(labels, key);
    if (op === "In") return has && values.includes(labels[key]!);
    if (op === "NotIn") return !has || !values.includes(labels[key]!);
    if (op === "Exists") return has;
    if (op === "DoesNotExist") return !has;
    return false;
  });
}

/** Containers, init containers and ephemeral containers of a pod spec, with their field paths. */
export function containersOf(t: PodTemplate): { path: string; container: KubeObject }[] {
  const out: { path: string; container: KubeObject }[] = [];
  const base = t.path ? `${t.path}.spec` : "spec";
  for (const list of ["containers", "initContainers", "ephemeralContainers"]) {
    const items = t.spec[list];
    if (!Array.isArray(items)) continue;
    items.forEach((c, i) => {
      const container = asObject(c);
      if (container) out.push({ path: `${base}.${list}[${i}]`, container });
    });
  }
  return out;
}
