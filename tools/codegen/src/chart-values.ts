import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { compile, type JSONSchema } from "json-schema-to-typescript";
import { parse } from "yaml";

/** A chart whose values.schema.json becomes a TypeScript type in the package that deploys it. */
export interface ChartValuesTarget {
  chart: string;
  version: string;
  /** Repository-relative output file. */
  out: string;
  typeName: string;
  /**
   * Repository-relative output of a standalone runtime validator for the same schema (see
   * values-validator.ts), for charts whose values are also checked when a component is built.
   */
  validator?: string;
  /**
   * For a chart whose values.schema.json describes only part of its values: the chart's
   * values.yaml (vendored beside it) completes the schema, see `completeFromDefaults`.
   */
  defaults?: DefaultsCompletion;
  /**
   * The vendored file (relative to the chart's folder) that describes the values, for a chart
   * whose own values.schema.json is only a remote $ref to a library's schema. Its relative file
   * refs ("schemas/pod.json#/options") resolve to the files vendored beside it.
   */
  schema?: string;
  /**
   * false: keep the upstream schema's own additionalProperties instead of closing every object
   * that lists properties, for a schema that composes objects with allOf (a closed branch would
   * refuse the other branches' keys) and closes the objects it means closed itself.
   */
  closeObjects?: boolean;
  /**
   * Keys of the upstream schema that are no schema keyword, dropped wherever they occur: each
   * makes its schema accept any value in Helm, and dropped, in ajv's strict mode too.
   */
  ignoreKeys?: readonly string[];
}

/**
 * How a chart's values.yaml completes a partial values.schema.json. Each default becomes a value
 * of its type (a map with keys a closed object, `{}` an open map, `null` any value), and the
 * upstream schema is laid over that, so its constraints (enums) win.
 */
export interface DefaultsCompletion {
  /** Dotted paths of maps whose keys are the user's although the default lists some (labels, securityContext). */
  readonly open: readonly string[];
  /**
   * Values the chart's templates read that values.yaml only shows in comments: dotted path of
   * the object ("" for the top level) to its extra properties' schemas.
   */
  readonly documented: Readonly<Record<string, Readonly<Record<string, Json>>>>;
}

/**
 * The charts with an upstream values.schema.json in vendor/schemas/helm. Charts without one
 * (coredns, spegel, rook-ceph, ...) get hand-written option types in their packages instead.
 */
export const CHART_VALUES: readonly ChartValuesTarget[] = [
  {
    chart: "cert-manager",
    version: "v1.19.0",
    out: "packages/infrastructure/cert-manager/src/generated/values.ts",
    typeName: "CertManagerValues",
    validator: "packages/infrastructure/cert-manager/src/generated/values-validator.ts",
  },
  {
    chart: "external-secrets",
    version: "0.20.4",
    out: "packages/infrastructure/external-secrets/src/generated/values.ts",
    typeName: "ExternalSecretsValues",
    validator: "packages/infrastructure/external-secrets/src/generated/values-validator.ts",
  },
  {
    chart: "cloudnative-pg",
    version: "0.26.1",
    out: "packages/bases/cloudnative-pg/src/generated/values.ts",
    typeName: "CloudNativePgValues",
    validator: "packages/bases/cloudnative-pg/src/generated/values-validator.ts",
  },
  {
    chart: "cilium",
    version: "1.18.3",
    out: "packages/infrastructure/cilium/src/generated/values.ts",
    typeName: "CiliumValues",
    validator: "packages/infrastructure/cilium/src/generated/values-validator.ts",
  },
  {
    // app-template's values.schema.json is a $ref to the bjw-s common library's, vendored beside it
    // (common/). Its type is not used: the library's allOf compositions and open maps compile to a
    // type too loose to help, so the package keeps hand-written Values and checks them with this.
    chart: "app-template",
    version: "4.4.0",
    out: "packages/bases/app-template/src/generated/values.ts",
    typeName: "AppTemplateSchemaValues",
    validator: "packages/bases/app-template/src/generated/values-validator.ts",
    schema: "common/values.schema.json",
    closeObjects: false,
    // The library wraps its container securityContext schema in a key named after the API type.
    ignoreKeys: ["io.k8s.api.core.v1.SecurityContext"],
  },
  {
    // Reloader's values.schema.json constrains one value (reloader.reloadStrategy): the rest of
    // its values come from its values.yaml, so a misplaced key (the old repository's top-level
    // replicaCount, resources, podSecurityContext) is refused instead of silently ignored.
    chart: "reloader",
    version: "2.2.5",
    out: "packages/infrastructure/reloader/src/generated/values.ts",
    typeName: "ReloaderValues",
    validator: "packages/infrastructure/reloader/src/generated/values-validator.ts",
    defaults: {
      open: ["reloader.deployment.labels", "reloader.deployment.securityContext", "reloader.verticalPodAutoscaler.updatePolicy"],
      documented: {
        "": { namespace: { type: "string" } },
        image: { digest: { type: "string" } },
        "reloader.deployment": { automountServiceAccountToken: { type: "boolean" } },
        "reloader.serviceAccount": { automountServiceAccountToken: { type: "boolean" } },
        "reloader.podDisruptionBudget": { minAvailable: { type: ["integer", "string"] }, maxUnavailable: { type: ["integer", "string"] } },
        "reloader.podMonitor": {
          namespace: { type: "string" },
          interval: { type: "string" },
          timeout: { type: "string" },
          scheme: { type: "string" },
          tlsConfig: { type: "object" },
          bearerTokenSecret: { type: "object" },
        },
        "reloader.serviceMonitor": {
          namespace: { type: "string" },
          interval: { type: "string" },
          timeout: { type: "string" },
          scheme: { type: "string" },
          tlsConfig: { type: "object" },
          bearerTokenFile: { type: "string" },
        },
        "reloader.verticalPodAutoscaler": { controlledValues: { type: "string" }, recommenders: { type: "array" } },
      },
    },
  },
];

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

type JsonObject = { [k: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** The schema a default value implies (see DefaultsCompletion). */
function schemaOfDefault(value: Json, path: string, c: DefaultsCompletion): JsonObject {
  if (value === null) return {};
  if (Array.isArray(value)) return { type: "array" };
  if (typeof value === "boolean") return { type: "boolean" };
  if (typeof value === "number") return { type: Number.isInteger(value) ? "integer" : "number" };
  if (typeof value === "string") return { type: "string" };
  const extra = c.documented[path] ?? {};
  if ((Object.keys(value).length === 0 && Object.keys(extra).length === 0) || c.open.includes(path)) return { type: "object" };
  const properties: JsonObject = {};
  for (const [k, v] of Object.entries(value)) properties[k] = schemaOfDefault(v, path ? `${path}.${k}` : k, c);
  for (const [k, v] of Object.entries(extra)) properties[k] = v;
  return { type: "object", properties };
}

/** `over` laid over `base`: its keywords win, properties merge key by key. */
function overlay(base: JsonObject, over: JsonObject): JsonObject {
  const out: JsonObject = { ...base, ...over };
  const a = base.properties;
  const b = over.properties;
  if (isObject(a) && isObject(b)) {
    const properties: JsonObject = { ...a };
    for (const [k, v] of Object.entries(b)) {
      const prev = properties[k];
      properties[k] = isObject(prev) && isObject(v) ? overlay(prev, v) : v;
    }
    out.properties = properties;
  }
  return out;
}

/**
 * A partial upstream schema completed from the chart's values.yaml. Every documented path must
 * name an object of the defaults, so a stale entry fails the codegen instead of doing nothing.
 */
export function completeFromDefaults(schema: Json, defaults: Json, c: DefaultsCompletion, where: string): Json {
  for (const path of [...Object.keys(c.documented), ...c.open]) {
    let at: Json | undefined = defaults;
    for (const key of path ? path.split(".") : []) at = isObject(at) ? at[key] : undefined;
    if (!isObject(at)) throw new Error(`${where}: ${path || "(top level)"} is not an object of values.yaml`);
  }
  if (!isObject(schema)) throw new Error(`${where}: values.schema.json is not an object`);
  return overlay(schemaOfDefault(defaults, "", c), schema);
}

/** Where refs resolve: the document "#/..." points into, and (for a vendored file) its path. */
interface RefScope {
  readonly root: Json;
  /** The vendored file the node is in: relative file refs resolve beside it. */
  readonly file?: string;
  readonly close: boolean;
  readonly ignore: readonly string[];
  /**
   * For a schema split across files: each ref'd schema becomes one `definitions` entry of the
   * root (name -> schema), referred to by "#/definitions/<name>" instead of copied at every use,
   * so the library's shared shapes are compiled once.
   */
  readonly bundle?: { readonly dir: string; readonly definitions: Map<string, Json> };
}

/** A relative file ref ("pod.json#/options", "schemas/definitions.json#/labels"): no scheme, not absolute. */
const FILE_REF = /^([^#:/][^#:]*\.json)(#.*)?$/;

function pointer(root: Json, ptr: string, ref: string): Json {
  let target: Json = root;
  for (const raw of ptr ? ptr.split("/") : []) {
    const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    if (target === null || typeof target !== "object" || Array.isArray(target) || !(key in target)) throw new Error(`unresolvable $ref ${ref}`);
    target = target[key]!;
  }
  return target;
}

/**
 * Resolves "#/..." refs, and relative file refs of a vendored schema split across files, inline:
 * chart schemas are not recursive.
 */
function deref(node: Json, scope: RefScope, depth = 0): Json {
  if (depth > 64) throw new Error("schema $ref nesting deeper than 64: recursive schema?");
  if (Array.isArray(node)) return node.map((n) => deref(n, scope, depth));
  if (node === null || typeof node !== "object") return node;
  const ref = node.$ref;
  const fileRef = typeof ref === "string" && scope.file !== undefined ? FILE_REF.exec(ref) : null;
  if ((typeof ref === "string" && ref.startsWith("#/")) || fileRef) {
    const { $ref: _drop, ...rest } = node;
    if (scope.bundle) {
      const file = fileRef ? join(dirname(scope.file!), fileRef[1]!) : scope.file!;
      const ptr = fileRef ? (fileRef[2] ?? "#").replace(/^#\/?/, "") : (ref as string).slice(2);
      const name = `${relative(scope.bundle.dir, file).replace(/\.json$/, "").replaceAll("/", ".")}${ptr ? `.${ptr.replaceAll("/", ".")}` : ""}`;
      if (!scope.bundle.definitions.has(name)) {
        scope.bundle.definitions.set(name, {});
        const root = fileRef ? (JSON.parse(readFileSync(file, "utf8")) as Json) : scope.root;
        scope.bundle.definitions.set(name, deref(pointer(root, ptr, ref as string), { ...scope, root, file }, 0));
      }
      return { ...(deref(rest, scope, depth + 1) as { [k: string]: Json }), $ref: `#/definitions/${name}` };
    }
    if (!fileRef) return deref({ ...(pointer(scope.root, (ref as string).slice(2), ref as string) as { [k: string]: Json }), ...rest }, scope, depth + 1);
    const file = join(dirname(scope.file!), fileRef[1]!);
    const root = JSON.parse(readFileSync(file, "utf8")) as Json;
    const target = deref(pointer(root, (fileRef[2] ?? "#").replace(/^#\/?/, ""), ref as string), { ...scope, root, file }, depth + 1);
    // The ref's siblings (type, description) are the referring file's: resolved there, they win.
    return { ...(target as { [k: string]: Json }), ...(deref(rest, scope, depth + 1) as { [k: string]: Json }) };
  }
  const out: { [k: string]: Json } = {};
  for (const [k, v] of Object.entries(node)) {
    // Titles become type names and ids make the compiler fetch: neither helps a values type.
    if (k === "title" || k === "$id" || k === "$comment" || k === "$defs" || k === "definitions" || k === "$schema" || scope.ignore.includes(k)) continue;
    out[k] = deref(v, scope, depth);
  }
  // Objects that list their properties are closed (a misspelt value is a compile error);
  // free-form maps (resources, affinity, podAnnotations) stay open, as the chart reads them.
  if (scope.close && out.properties && typeof out.properties === "object" && !("additionalProperties" in out)) out.additionalProperties = false;
  return out;
}

/**
 * The chart's values schema as the platform reads it: refs resolved, and every object that lists
 * its properties closed. The generated type and the runtime validator both come from this one
 * schema, so what compiles and what validates cannot disagree.
 */
export function valuesSchema(schemasDir: string, target: Pick<ChartValuesTarget, "chart" | "version" | "defaults" | "schema" | "closeObjects" | "ignoreKeys">): JSONSchema {
  const dir = join(schemasDir, "helm", target.chart, target.version);
  const file = join(dir, target.schema ?? "values.schema.json");
  const upstream = JSON.parse(readFileSync(file, "utf8")) as Json;
  const raw = target.defaults ? completeFromDefaults(upstream, parse(readFileSync(join(dir, "values.yaml"), "utf8")) as Json, target.defaults, `${target.chart} ${target.version}`) : upstream;
  const scope: RefScope = { root: raw, file, close: target.closeObjects ?? true, ignore: target.ignoreKeys ?? [] };
  if (!target.schema) return deref(raw, scope) as JSONSchema;
  const definitions = new Map<string, Json>();
  const schema = deref(raw, { ...scope, bundle: { dir: dirname(file), definitions } }) as JsonObject;
  return { ...schema, definitions: Object.fromEntries([...definitions].sort(([a], [b]) => a.localeCompare(b))) } as JSONSchema;
}

export async function chartValuesTypes(schemasDir: string, target: ChartValuesTarget, header: string): Promise<string> {
  const schema = valuesSchema(schemasDir, target);
  const ts = await compile(schema, target.typeName, {
    bannerComment: "",
    additionalProperties: true,
    strictIndexSignatures: true,
    format: true,
    unreachableDefinitions: false,
    declareExternallyReferenced: true,
  });
  const from = target.defaults ? "values.schema.json completed from values.yaml" : "values.schema.json";
  return `${header}/* eslint-disable */\n// Chart ${target.chart} ${target.version}: ${from}\n\n${ts}`;
}
