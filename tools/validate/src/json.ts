import type { JsonValue } from "./schema/types.ts";
import type { KubeObject } from "./types.ts";

// Small readers for plain objects read from YAML: checks walk untyped data, and these keep
// each access to one narrowed line instead of a cast.

export function get(value: JsonValue | undefined, ...path: (string | number)[]): JsonValue | undefined {
  let cur = value;
  for (const key of path) {
    if (cur === null || cur === undefined || typeof cur !== "object") return undefined;
    if (Array.isArray(cur)) {
      if (typeof key !== "number") return undefined;
      cur = cur[key];
    } else {
      if (typeof key !== "string" || !Object.hasOwn(cur, key)) return undefined;
      cur = cur[key];
    }
  }
  return cur;
}

export function asString(value: JsonValue | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function asObject(value: JsonValue | undefined): KubeObject | undefined {
  return value !== null && value !== undefined && typeof value === "object" && !Array.isArray(value) ? value : undefined;
}

export function asArray(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : [];
}

/** A string map (labels, annotations, selectors); non-string values are left out. */
export function asStringMap(value: JsonValue | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(asObject(value) ?? {})) if (typeof v === "string") out[k] = v;
  return out;
}

export function annotations(o: KubeObject): Record<string, string> {
  return asStringMap(get(o, "metadata", "annotations"));
}

export function labels(o: KubeObject): Record<string, string> {
  return asStringMap(get(o, "metadata", "labels"));
}
