import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { yamlDocuments } from "./crds.ts";
import { ciliumResources, groupKindKey, KUBERNETES_SOURCE, kubernetesResources, type ApiResourceInfo } from "./api-resources.ts";

// Generates the strict schema modules of @k8s-gitops/validate (tools/validate/src/schema/
// generated/): one JSON module per API group holding the compact schema of every served kind.
// What it learns per kind (module, deprecation, unserved versions) goes into core's kinds table
// (api-resources.ts), the one index both core and validate read. The upstream schemas are normalised, not copied: descriptions, defaults,
// CEL rules and list-type hints are dropped, Kubernetes' custom formats are made explicit, and
// every object that lists its fields is closed (`additionalProperties: false`), which is what
// `kubeconform -strict` does and what the upstream files leave out.

type Json = null | boolean | number | string | Json[] | JsonObject;
type JsonObject = { [key: string]: Json };

export const VALIDATORS_DIR = "tools/validate/src/schema/generated";

const VALUE_KEYWORDS = [
  "type", "format", "enum", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
  "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "nullable", "required",
] as const;
const BRANCH_KEYWORDS = ["anyOf", "oneOf", "allOf"] as const;
/** Objects smaller than this (as JSON) are cheaper inline than as a shared definition. */
const SHARE_MIN_BYTES = 120;

function isObject(v: Json | undefined): v is JsonObject {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

interface NormaliseContext {
  /** Kubernetes built-ins: a field-less object is free-form (RawExtension); in a CRD it is pruned to {}. */
  source: "kubernetes" | "crd";
  /** Inside anyOf/oneOf/allOf/not: value checks only, never a closed object. */
  branch: boolean;
  ref: (name: string) => string;
}

const INT_OR_STRING_PAIR = JSON.stringify([{ type: "integer" }, { type: "string" }]);

/** One upstream schema node -> the compact form (see tools/validate/src/schema/types.ts). */
function normalise(node: Json, ctx: NormaliseContext): JsonObject {
  if (!isObject(node)) return {};
  if (typeof node.$ref === "string") return { $ref: ctx.ref(node.$ref) };
  const out: JsonObject = {};
  for (const k of VALUE_KEYWORDS) if (node[k] !== undefined) out[k] = node[k]!;
  if (node["x-kubernetes-int-or-string"] === true) {
    delete out.type;
    out.format = "int-or-string";
  }
  const inner = { ...ctx };
  if (isObject(node.properties)) {
    const props: JsonObject = {};
    for (const name of Object.keys(node.properties).sort()) props[name] = normalise(node.properties[name]!, inner);
    out.properties = props;
  }
  if (node.items !== undefined && !Array.isArray(node.items)) out.items = normalise(node.items, inner);
  if (isObject(node.additionalProperties)) out.additionalProperties = normalise(node.additionalProperties, inner);
  else if (typeof node.additionalProperties === "boolean") out.additionalProperties = node.additionalProperties;
  const branchCtx = { ...ctx, branch: true };
  for (const k of BRANCH_KEYWORDS) {
    const list = node[k];
    if (!Array.isArray(list)) continue;
    // The int-or-string pair only restates the format.
    if (out.format === "int-or-string" && k === "anyOf" && JSON.stringify(list) === INT_OR_STRING_PAIR) continue;
    out[k] = list.map((b) => normalise(b, branchCtx));
  }
  if (node.not !== undefined) out.not = normalise(node.not, branchCtx);
  const preserve = node["x-kubernetes-preserve-unknown-fields"] === true;
  if (node["x-kubernetes-embedded-resource"] === true && isObject(out.properties)) {
    out.properties = { apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" }, ...out.properties };
  }
  const objectLike = out.type === "object" || (out.type === undefined && out.properties !== undefined);
  if (preserve) out.additionalProperties = isObject(out.additionalProperties) ? out.additionalProperties : true;
  else if (objectLike && !ctx.branch && out.additionalProperties === undefined) {
    // Listed fields only. A CRD object without fields is pruned to {} by the API server, so any
    // field there is lost too; a built-in object without fields is free-form (RawExtension).
    if (out.properties !== undefined || ctx.source === "crd") out.additionalProperties = false;
  }
  return out;
}

/**
 * The root of a kind: metadata is checked against ObjectMeta by the validator, status is the
 * controller's, and apiVersion and kind are always allowed (some CRDs, e.g. Keycloak's, do not
 * list them, but the API server accepts them on every object).
 */
function kindRoot(schema: JsonObject): JsonObject {
  const root = { ...schema };
  const { metadata: _m, status: _s, ...rest } = isObject(root.properties) ? root.properties : {};
  root.properties = { apiVersion: { type: "string" }, kind: { type: "string" }, ...rest };
  if (Array.isArray(root.required)) {
    const required = root.required.filter((r) => r !== "metadata" && r !== "status");
    if (required.length) root.required = required;
    else delete root.required;
  }
  return root;
}

interface Module {
  kinds: Map<string, JsonObject>;
  defs: Map<string, JsonObject>;
}

export interface KindEntry {
  module: string;
  scope: "Namespaced" | "Cluster";
  source: string;
  deprecated?: string;
}

interface Output {
  modules: Map<string, Module>;
  kinds: Map<string, KindEntry>;
  unserved: Map<string, { served: string[]; source: string }>;
}

function kindKey(group: string, version: string, kind: string): string {
  return `${group ? `${group}/` : ""}${version}/${kind}`;
}

const STABLE_RE = /^v\d+$/;

/** An alpha/beta version of a kind that is also served at a stable version. */
function supersededBy(versions: readonly string[], version: string): string | undefined {
  if (STABLE_RE.test(version)) return undefined;
  return versions.find((v) => STABLE_RE.test(v));
}

// ---- Kubernetes (swagger.json) -------------------------------------------------------------

const DEF_PREFIXES = [
  "io.k8s.api.",
  "io.k8s.apimachinery.pkg.apis.",
  "io.k8s.apimachinery.pkg.",
  "io.k8s.kube-aggregator.pkg.apis.",
  "io.k8s.apiextensions-apiserver.pkg.apis.",
];

function shortDefName(ref: string): string {
  const name = ref.replace(/^#\/definitions\//, "");
  const prefix = DEF_PREFIXES.find((p) => name.startsWith(p));
  return prefix ? name.slice(prefix.length) : name;
}

/** Types whose OpenAPI form is a plain string but whose wire form is wider. */
const SPECIAL_DEFS: Record<string, JsonObject> = {
  "io.k8s.apimachinery.pkg.api.resource.Quantity": { format: "quantity" },
  "io.k8s.apimachinery.pkg.util.intstr.IntOrString": { format: "int-or-string" },
};

export const OBJECT_META_DEF = "meta.v1.ObjectMeta";

function kubernetes(swaggerPath: string, out: Output): void {
  const swagger = JSON.parse(readFileSync(swaggerPath, "utf8")) as { definitions: Record<string, JsonObject> };
  const table = new Map<string, ApiResourceInfo>();
  kubernetesResources(swaggerPath, table);
  const mod: Module = { kinds: new Map(), defs: new Map() };
  const pending: string[] = [];
  const ctx: NormaliseContext = {
    source: "kubernetes",
    branch: false,
    ref: (ref) => {
      const full = ref.replace(/^#\/definitions\//, "");
      const short = shortDefName(full);
      if (!mod.defs.has(short)) {
        mod.defs.set(short, {});
        pending.push(full);
      }
      return short;
    },
  };
  ctx.ref(`#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta`);
  for (const name of Object.keys(swagger.definitions).sort()) {
    const def = swagger.definitions[name]!;
    const gvks = def["x-kubernetes-group-version-kind"];
    if (!Array.isArray(gvks)) continue;
    for (const gvk of gvks) {
      if (!isObject(gvk)) continue;
      const group = String(gvk.group);
      const version = String(gvk.version);
      const kind = String(gvk.kind);
      const info = table.get(groupKindKey(group, kind));
      if (!info?.versions.includes(version)) continue;
      const key = kindKey(group, version, kind);
      mod.kinds.set(key, kindRoot(normalise(def, ctx)));
      const description = typeof def.description === "string" ? def.description : "";
      const deprecatedNote = /Deprecated: ([^\n]*)/.exec(description)?.[1];
      const stable = supersededBy(info.versions, version);
      const deprecated = deprecatedNote
        ? `${kind} is deprecated: ${deprecatedNote.trim()}`
        : stable
          ? `${group}/${version} ${kind} is superseded by ${group}/${stable}`
          : undefined;
      out.kinds.set(key, { module: "kubernetes", scope: info.scope, source: KUBERNETES_SOURCE, ...(deprecated ? { deprecated } : {}) });
    }
  }
  while (pending.length > 0) {
    const full = pending.shift()!;
    const def = swagger.definitions[full];
    if (!def) throw new Error(`swagger.json: unresolvable $ref ${full}`);
    mod.defs.set(shortDefName(full), SPECIAL_DEFS[full] ?? normalise(def, ctx));
  }
  out.modules.set("kubernetes", mod);
}

// ---- CRDs and Cilium's JSON schemas --------------------------------------------------------

const crdCtx: NormaliseContext = {
  source: "crd",
  branch: false,
  ref: (ref) => {
    throw new Error(`unexpected $ref ${ref} in a CRD schema`);
  },
};

function moduleOf(out: Output, group: string): Module {
  let mod = out.modules.get(group);
  if (!mod) {
    mod = { kinds: new Map(), defs: new Map() };
    out.modules.set(group, mod);
  }
  return mod;
}

interface CrdVersion {
  name: string;
  served?: boolean;
  deprecated?: boolean;
  deprecationWarning?: string;
  schema?: { openAPIV3Schema?: Json };
}
interface Crd {
  kind?: string;
  spec?: { group: string; scope: "Namespaced" | "Cluster"; names: { kind: string }; versions: CrdVersion[] };
}

function crds(crdsDir: string, out: Output): void {
  for (const { file, value } of yamlDocuments(crdsDir)) {
    const crd = value as Crd | null;
    if (crd?.kind !== "CustomResourceDefinition" || !crd.spec) continue;
    const { group, scope, names, versions } = crd.spec;
    const source = relative(crdsDir, file).split("/").slice(0, 2).join("@");
    const served = versions.filter((v) => v.served !== false).map((v) => v.name);
    for (const v of versions) {
      const key = kindKey(group, v.name, names.kind);
      if (v.served === false) {
        out.unserved.set(key, { served, source });
        continue;
      }
      const schema = v.schema?.openAPIV3Schema;
      if (!schema) throw new Error(`${file}: ${names.kind} ${v.name} has no openAPIV3Schema`);
      moduleOf(out, group).kinds.set(key, kindRoot(normalise(schema, crdCtx)));
      const deprecated = v.deprecated ? (v.deprecationWarning ?? `${group}/${v.name} ${names.kind} is deprecated`) : undefined;
      out.kinds.set(key, { module: group, scope, source, ...(deprecated ? { deprecated } : {}) });
    }
  }
}

/**
 * Cilium ships JSON schemas (crds/cilium/<v>/jsonschema/<kind>_<version>.json). The CRD
 * deprecation marks are lost in that form, so an alpha/beta version of a kind that Cilium also
 * serves as v2 is marked as superseded.
 */
function cilium(ciliumDir: string, out: Output): void {
  const table = new Map<string, ApiResourceInfo>();
  ciliumResources(ciliumDir, table);
  const byLower = new Map([...table.entries()].map(([key, info]) => [key.slice("cilium.io/".length).toLowerCase(), { kind: key.slice("cilium.io/".length), info }]));
  for (const version of readdirSync(ciliumDir).sort()) {
    const dir = join(ciliumDir, version, "jsonschema");
    for (const file of readdirSync(dir).sort()) {
      const m = /^([a-z0-9]+)_(v[0-9a-z]+)\.json$/.exec(file);
      const entry = m ? byLower.get(m[1]!) : undefined;
      if (!m || !entry) throw new Error(`cilium schema ${file}: no kind known for it`);
      const apiVersion = m[2]!;
      const key = kindKey("cilium.io", apiVersion, entry.kind);
      const schema = JSON.parse(readFileSync(join(dir, file), "utf8")) as Json;
      moduleOf(out, "cilium.io").kinds.set(key, kindRoot(normalise(schema, crdCtx)));
      const stable = supersededBy(entry.info.versions, apiVersion);
      const deprecated = stable ? `cilium.io/${apiVersion} ${entry.kind} is superseded by cilium.io/${stable}` : undefined;
      out.kinds.set(key, { module: "cilium.io", scope: entry.info.scope, source: `cilium@${version}`, ...(deprecated ? { deprecated } : {}) });
    }
  }
}

// ---- Sharing repeated subtrees -------------------------------------------------------------

/**
 * CRDs embed the same subtrees many times (every Prometheus-operator kind carries Container,
 * Volume, Affinity...). Each subtree that occurs twice or more in a module becomes one shared
 * definition, named after the field it was first seen at and its content hash, so names are
 * stable across regenerations and a CRD update only touches what changed.
 */
function share(mod: Module): void {
  const counts = new Map<string, number>();
  const count = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(count);
    if (!isObject(node)) return;
    const text = JSON.stringify(node);
    if (text.length >= SHARE_MIN_BYTES) counts.set(text, (counts.get(text) ?? 0) + 1);
    for (const [k, v] of Object.entries(node)) {
      if (k === "properties" && isObject(v)) Object.values(v).forEach(count);
      else count(v);
    }
  };
  for (const root of mod.kinds.values()) count(root);
  const names = new Map<string, string>();
  const hoist = (node: Json, hint: string, root = false): Json => {
    if (Array.isArray(node)) return node.map((n) => hoist(n, hint));
    if (!isObject(node)) return node;
    const text = JSON.stringify(node);
    const outNode: JsonObject = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === "properties" && isObject(v)) {
        outNode[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, hoist(s, p)]));
      } else outNode[k] = hoist(v, hint);
    }
    if (root || text.length < SHARE_MIN_BYTES || (counts.get(text) ?? 0) < 2) return outNode;
    let name = names.get(text);
    if (!name) {
      name = `${hint}.${createHash("sha256").update(text).digest("hex").slice(0, 10)}`;
      names.set(text, name);
      mod.defs.set(name, outNode);
    }
    return { $ref: name };
  };
  for (const [key, root] of mod.kinds) mod.kinds.set(key, hoist(root, key.split("/").pop() ?? "root", true) as JsonObject);
}

// ---- Output ---------------------------------------------------------------------------------

function sortedEntries<V>(map: Map<string, V>): [string, V][] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** JSON with one kind or definition per line: compact, yet a CRD update diffs line by line. */
function moduleJson(mod: Module, generated: string): string {
  const block = (map: Map<string, JsonObject>) =>
    sortedEntries(map)
      .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(",\n");
  return `{\n  "generated": ${JSON.stringify(generated)},\n  "kinds": {\n${block(mod.kinds)}\n  },\n  "defs": {\n${block(mod.defs)}\n  }\n}\n`;
}

export interface GeneratedValidators {
  /** Repository-relative path -> content: one module per API group. */
  files: Map<string, string>;
  /** Every served kind ("<apiVersion>/<Kind>"): its module, scope, source and deprecation. */
  kinds: Map<string, KindEntry>;
  /** Versions a vendored CRD lists with served: false. */
  unserved: Map<string, { served: string[]; source: string }>;
}

export const SWAGGER = "schemas/kubernetes/v1.34/swagger.json";

export function generateValidators(vendorDir: string, header: string): GeneratedValidators {
  const out: Output = { modules: new Map(), kinds: new Map(), unserved: new Map() };
  kubernetes(join(vendorDir, SWAGGER), out);
  crds(join(vendorDir, "crds"), out);
  cilium(join(vendorDir, "crds/cilium"), out);
  const files = new Map<string, string>();
  const generated = header.replaceAll("\n", " ").replaceAll("// ", "").trim();
  for (const [name, mod] of sortedEntries(out.modules)) {
    if (name !== "kubernetes") share(mod);
    files.set(`${VALIDATORS_DIR}/${name}.json`, moduleJson(mod, generated));
  }
  return { files, kinds: out.kinds, unserved: out.unserved };
}
