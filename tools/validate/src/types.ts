import type { RuleId } from "@k8s-gitops/core";
import type { JsonValue } from "./schema/types.ts";

export type Severity = "error" | "warning";

/** A Kubernetes object as read from a file: plain JSON. */
export type KubeObject = { [key: string]: JsonValue };

/** One YAML document of the tree that is a Kubernetes object. */
export interface Manifest {
  /** Path relative to the validated folder, with / separators. */
  file: string;
  /** Index of the document in its file (0 for one-object files). */
  doc: number;
  /** Component the file belongs to (components/<name>/, flux/<name>.yaml, else its folder). */
  component: string;
  object: KubeObject;
  apiVersion: string;
  kind: string;
  /** "" for the core group. */
  group: string;
  name: string;
  /** undefined for cluster-scoped objects. */
  namespace: string | undefined;
}

/** One problem found, located as precisely as the files allow. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  cluster: string;
  component: string;
  file?: string;
  /** Kind/namespace/name (Kind/name for cluster-scoped objects). */
  object?: string;
  apiVersion?: string;
  /** Dotted path in the object, e.g. spec.chartRef.name. */
  field?: string;
  problem: string;
  /** How to fix it. */
  fix: string;
  /** Compliance frameworks whose rule this is. */
  frameworks?: readonly string[];
  /** Set when the object waives the rule: the reason given. */
  waived?: string;
}

/** `cluster <c>, component <comp>, <Kind>/<ns>/<name> (or file <path>), field <path>: <problem> (<how to fix>)` */
export function formatFinding(f: Finding): string {
  const where = [`cluster ${f.cluster}`, `component ${f.component}`];
  // A finding about a file rather than an object (a kustomization.yaml, unparseable YAML) names the file.
  if (f.object) where.push(f.object);
  else if (f.file) where.push(`file ${f.file}`);
  if (f.field) where.push(`field ${f.field}`);
  return `${where.join(", ")}: ${f.problem} (${f.fix})`;
}

/** Kind/namespace/name, or Kind/name for cluster-scoped objects. */
export function describeManifest(m: Pick<Manifest, "kind" | "namespace" | "name">): string {
  return m.namespace ? `${m.kind}/${m.namespace}/${m.name}` : `${m.kind}/${m.name}`;
}
