import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import standalone from "ajv/dist/standalone/index.js";
import ajvFormats from "ajv-formats";
import { compile, type JSONSchema } from "json-schema-to-typescript";

// The Talos machine configuration schema (every document kind talosctl accepts) becomes two
// committed files in packages/talos: TypeScript types, and an ajv standalone validator so that
// runtime validation never reads the schema file (vendor/).

export const TALOS_VERSION = "1.11.2";
export const TALOS_SCHEMA = `schemas/talos/${TALOS_VERSION}/config.schema.json`;
export const TALOS_TYPES_OUT = "packages/talos/src/generated/config.ts";
export const TALOS_VALIDATORS_OUT = "packages/talos/src/generated/validators.ts";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return v !== null && v !== undefined && typeof v === "object" && !Array.isArray(v);
}

/** Keywords that only feed editors (and would be copies of upstream prose). */
const EDITOR_ONLY = new Set(["markdownDescription", "x-intellij-html-description", "title"]);
/** Keys whose value is a map of names to schemas, not a schema. */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs"]);

export interface PreparedSchema {
  schema: JsonObject;
  /** One entry per document kind the root oneOf allows. */
  documents: { def: string; kind: string }[];
}

/**
 * Normalises the upstream schema: drops editor-only keywords (and descriptions, unless kept for
 * the types' doc comments), removes `additionalProperties` where it sits on a non-object type
 * (upstream puts one on cluster.serviceAccount.key, a string, which strict ajv rejects), and closes
 * every object that lists its properties: Talos decodes strictly, so an unknown field is an error
 * here too. Upstream already closes all of them; the rule is enforced so a future schema cannot
 * silently open one.
 */
export function prepareTalosSchema(raw: Json, keepDescriptions: boolean): PreparedSchema {
  const walk = (node: Json, key?: string): Json => {
    if (Array.isArray(node)) return node.map((n) => walk(n));
    if (!isObject(node)) return node;
    if (key && SCHEMA_MAPS.has(key)) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(node)) {
      if (EDITOR_ONLY.has(k) || k === "$schema" || k === "$id") continue;
      // A description beside a $ref would make the type generator emit a copy of the referenced
      // type (Bond1, DHCPOptions1, ...); the definition keeps its own description.
      if (k === "description" && (!keepDescriptions || "$ref" in node)) continue;
      // Some upstream descriptions carry escaped newlines ("\\n") instead of newlines.
      out[k] = k === "description" && typeof v === "string" ? v.replaceAll("\\n", "\n") : walk(v, k);
    }
    if (typeof out.type === "string" && out.type !== "object") delete out.additionalProperties;
    if (isObject(out.properties) && !("additionalProperties" in out) && !("patternProperties" in out)) out.additionalProperties = false;
    return out;
  };
  const schema = walk(raw);
  if (!isObject(schema) || !isObject(schema.$defs) || !Array.isArray(schema.oneOf)) throw new Error("Talos schema: expected $defs and a root oneOf");
  const defs = schema.$defs;
  const documents = schema.oneOf.map((entry) => {
    const ref = isObject(entry) && typeof entry.$ref === "string" ? entry.$ref : "";
    const def = ref.replace(/^#\/\$defs\//, "");
    const target = defs[def];
    if (!isObject(target)) throw new Error(`Talos schema: root oneOf entry ${ref} does not name a definition`);
    const props = isObject(target.properties) ? target.properties : {};
    const kindSchema = props.kind;
    const kinds = isObject(kindSchema) && Array.isArray(kindSchema.enum) ? kindSchema.enum : [];
    // The legacy machine config (v1alpha1.Config) has no kind: it is told apart by `version`.
    const kind = typeof kinds[0] === "string" ? kinds[0] : "v1alpha1";
    return { def, kind };
  });
  return { schema, documents: documents.sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)) };
}

/**
 * TypeScript names for the schema's definitions: the group prefix goes ("v1alpha1.Bond" ->
 * Bond, "network.EthernetConfigV1Alpha1" -> EthernetConfigV1Alpha1) unless that leaves a name
 * that collides or says nothing ("siderolink.ConfigV1Alpha1" -> SiderolinkConfigV1Alpha1).
 */
export function talosTypeNames(defs: readonly string[]): Map<string, string> {
  const short = (d: string) => d.slice(d.indexOf(".") + 1);
  // As the type generator spells names: a letter after a digit is upper-cased (v1alpha1 -> V1Alpha1).
  const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replace(/(\d)([a-z])/g, (_m, d: string, c: string) => d + c.toUpperCase());
  const counts = new Map<string, number>();
  for (const d of defs) counts.set(short(d), (counts.get(short(d)) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const d of defs) {
    const group = d.slice(0, d.indexOf("."));
    const name = short(d);
    const qualified = counts.get(name) !== 1 || name === "Config" || name.startsWith("Config");
    names.set(d, qualified ? `${pascal(group)}${name}` : name);
  }
  const seen = new Set(names.values());
  if (seen.size !== names.size) throw new Error("Talos schema: definition names collide after qualification");
  return names;
}

export function readTalosSchema(vendorDir: string): Json {
  return JSON.parse(readFileSync(join(vendorDir, TALOS_SCHEMA), "utf8")) as Json;
}

export async function talosTypes(raw: Json, header: string): Promise<string> {
  const { schema, documents } = prepareTalosSchema(raw, true);
  const defs = schema.$defs as JsonObject;
  const names = talosTypeNames(Object.keys(defs));
  for (const [def, name] of names) (defs[def] as JsonObject).title = name;
  schema.title = "TalosDocument";
  const ts = await compile(schema as JSONSchema, "TalosDocument", {
    bannerComment: "",
    additionalProperties: true,
    strictIndexSignatures: true,
    format: true,
    unreachableDefinitions: true,
    declareExternallyReferenced: true,
  });
  const kinds = documents.map((d) => `  ${JSON.stringify(d.kind)}: ${names.get(d.def) ?? "never"};`).join("\n");
  return `${header}/* eslint-disable */
// Talos ${TALOS_VERSION} machine configuration: every document kind of config.schema.json.

${ts}
/** Each document kind by its \`kind\` ("v1alpha1" stands for the kind-less legacy machine config). */
export interface TalosDocumentsByKind {
${kinds}
}
`;
}

/** Turns the CommonJS requires in ajv's standalone output into ESM imports. */
function esmImports(code: string): string {
  const modules = new Map<string, string>();
  const body = code.replace(/require\("([^"]+)"\)/g, (_m, mod: string) => {
    if (!modules.has(mod)) modules.set(mod, `__import${modules.size}`);
    return modules.get(mod)!;
  });
  const imports = [...modules].map(([mod, id]) => `import ${id} from ${JSON.stringify(`${mod}.js`)};`).join("\n");
  return `${imports}\n${body.replace(/^"use strict";/, "")}`;
}

export function talosValidators(raw: Json, header: string): string {
  const { schema, documents } = prepareTalosSchema(raw, false);
  const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, esm: true, lines: true, optimize: 1 } });
  // CommonJS modules: under NodeNext their default import is module.exports, the function is .default.
  ajvFormats.default(ajv, ["uri"]);
  const id = "talos-config";
  ajv.addSchema(schema, id);
  const exportName = (kind: string) => `validate${kind.replace(/[^A-Za-z0-9]/g, "")}`;
  const refs = Object.fromEntries(documents.map((d) => [exportName(d.kind), `${id}#/$defs/${d.def}`]));
  const code = esmImports(standalone.default(ajv, refs));
  const table = documents.map((d) => `  ${JSON.stringify(d.kind)}: ${exportName(d.kind)},`).join("\n");
  return `${header}// @ts-nocheck: ajv standalone output (JavaScript); the typed surface is the table at the end.
/* eslint-disable */
import type { ErrorObject } from "ajv";
${code}

/** The Talos release whose schema these validators enforce. */
export const TALOS_SCHEMA_VERSION = ${JSON.stringify(TALOS_VERSION)};

/** A compiled validator: true when valid, else the errors are left on \`errors\`. */
export interface DocumentValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Talos ${TALOS_VERSION}: one validator per document kind ("v1alpha1" is the kind-less machine config). */
export const validators: Readonly<Record<string, DocumentValidator>> = {
${table}
};
`;
}
