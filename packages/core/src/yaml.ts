import { stringify } from "yaml";
import type { PlainObject, PlainValue } from "./resource.ts";

const TOP_ORDER = ["apiVersion", "kind", "metadata"];
const META_ORDER = ["name", "namespace", "labels", "annotations"];

function ordered(obj: PlainObject, first: readonly string[]): PlainObject {
  const out: PlainObject = {};
  for (const k of first) if (k in obj) out[k] = obj[k]!;
  for (const [k, v] of Object.entries(obj)) if (!(k in out)) out[k] = v;
  return out;
}

function sortedKeys(obj: PlainValue | undefined): PlainValue | undefined {
  if (obj === undefined || obj === null || typeof obj !== "object" || Array.isArray(obj)) return obj;
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The canonical key order of an object: apiVersion, kind, metadata (name, namespace, labels
 * and annotations sorted), then the rest as the model wrote it. Code order is deterministic;
 * labels and annotations are maps, so they are sorted to not depend on how they were spread.
 */
export function canonicalObject(obj: PlainObject): PlainObject {
  const top = ordered(obj, TOP_ORDER);
  const meta = top.metadata;
  if (meta && typeof meta === "object" && !Array.isArray(meta)) {
    const m = ordered(meta, META_ORDER);
    if (m.labels) m.labels = sortedKeys(m.labels)!;
    if (m.annotations) m.annotations = sortedKeys(m.annotations)!;
    top.metadata = m;
  }
  return top;
}

/** One YAML document, the same bytes for the same object on any machine. */
export function toYaml(obj: PlainObject | PlainValue): string {
  return stringify(obj, { lineWidth: 0, indent: 2, indentSeq: true, aliasDuplicateObjects: false, version: "1.2" });
}
