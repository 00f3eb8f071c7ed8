import type { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { ConfigError } from "./errors.ts";
import { API_RESOURCES } from "./generated/api-resources.ts";

/**
 * A typed Kubernetes object: a kubernetes-models instance or a model generated from a CRD.
 * Components hold these, never untyped literals, for any kind that has a model.
 */
export interface Resource {
  readonly apiVersion: string;
  readonly kind: string;
  metadata?: IObjectMeta;
}

/** The plain JSON form of a resource, as it is written to the artifact. */
export type PlainObject = { [key: string]: PlainValue };
export type PlainValue = string | number | boolean | null | PlainValue[] | PlainObject;

export function groupOf(apiVersion: string): string {
  const i = apiVersion.indexOf("/");
  return i < 0 ? "" : apiVersion.slice(0, i);
}

export function versionOf(apiVersion: string): string {
  return apiVersion.slice(apiVersion.indexOf("/") + 1);
}

/** "group/Kind" as the API resource table keys it ("core" for the core group). */
export function groupKind(r: Pick<Resource, "apiVersion" | "kind">): string {
  const g = groupOf(r.apiVersion);
  return `${g === "" ? "core" : g}/${r.kind}`;
}

/** Kind/namespace/name, or Kind/name for cluster-scoped objects: how errors name an object. */
export function describeObject(r: Resource): string {
  const name = r.metadata?.name ?? "<no name>";
  return r.metadata?.namespace ? `${r.kind}/${r.metadata.namespace}/${name}` : `${r.kind}/${name}`;
}

export type Scope = "Namespaced" | "Cluster";

/**
 * Whether a kind is namespaced, from the table generated out of the Kubernetes OpenAPI spec
 * and the vendored CRDs. An unknown kind is an error: the platform never renders a kind it
 * has no schema for.
 */
export function scopeOf(r: Pick<Resource, "apiVersion" | "kind">): Scope {
  const info = API_RESOURCES[groupKind(r)];
  if (!info) {
    throw new ConfigError(
      `no API resource known for ${r.apiVersion} ${r.kind}: vendor its CRD under vendor/crds (vendor/SOURCES.md) and run the codegen (api-resources)`,
    );
  }
  if (!info.versions.includes(versionOf(r.apiVersion))) {
    throw new ConfigError(
      `${r.kind} is not served at ${r.apiVersion}; served: ${info.versions.map((v) => (groupOf(r.apiVersion) ? `${groupOf(r.apiVersion)}/${v}` : v)).join(", ")}`,
    );
  }
  return info.scope;
}

function toPlainValue(value: unknown, path: string): PlainValue | undefined {
  if (value === undefined || typeof value === "function") return undefined;
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new ConfigError(`not a finite number: ${value}`, { field: path });
    return value;
  }
  if (Array.isArray(value)) {
    return value.map((v, i) => {
      const p = toPlainValue(v, `${path}[${i}]`);
      if (p === undefined) throw new ConfigError("undefined array element", { field: `${path}[${i}]` });
      return p;
    });
  }
  if (typeof value === "object") {
    if (value instanceof Date) throw new ConfigError("a Date is not deterministic: write the timestamp as a string", { field: path });
    const json = (value as { toJSON?: () => unknown }).toJSON;
    const source = typeof json === "function" ? json.call(value) : value;
    const out: PlainObject = {};
    for (const [k, v] of Object.entries(source as object)) {
      const p = toPlainValue(v, path ? `${path}.${k}` : k);
      if (p !== undefined) out[k] = p;
    }
    return out;
  }
  throw new ConfigError(`cannot serialise a ${typeof value}`, { field: path });
}

/** The JSON form of a resource: models' toJSON applied, undefined fields dropped. */
export function toPlain(r: Resource): PlainObject {
  const p = toPlainValue(r, "");
  if (p === null || typeof p !== "object" || Array.isArray(p)) throw new ConfigError("a resource must be an object");
  return p;
}
