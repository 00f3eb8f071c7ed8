import { readFileSync } from "node:fs";
import { KINDS, UNSERVED } from "./generated/index.ts";
import type { Resolve } from "./interpreter.ts";
import type { KindInfo, Schema, SchemaModule, UnservedInfo } from "./types.ts";

/** The ObjectMeta definition in the kubernetes module: every object's metadata is checked against it. */
const OBJECT_META = "meta.v1.ObjectMeta";

const modules = new Map<string, SchemaModule>();

/** Modules are read on first use: validating a tree loads only the groups it uses. */
function moduleNamed(name: string): SchemaModule {
  let mod = modules.get(name);
  if (!mod) {
    mod = JSON.parse(readFileSync(new URL(`./generated/${name}.json`, import.meta.url), "utf8")) as SchemaModule;
    modules.set(name, mod);
  }
  return mod;
}

function resolverOf(mod: SchemaModule, name: string): Resolve {
  return (ref) => {
    const s = mod.defs[ref];
    if (!s) throw new Error(`schema module ${name}: no definition ${ref} (regenerate with the codegen's validators target)`);
    return s;
  };
}

export type KindLookup =
  | { status: "served"; info: KindInfo; schema: Schema; resolve: Resolve }
  | { status: "unserved"; info: UnservedInfo }
  | { status: "unknown"; servedVersions: string[] };

let versionsByGroupKind: Map<string, string[]> | undefined;

/** The served versions of a group's kind, for "did you mean" messages. */
function servedVersions(group: string, kind: string): string[] {
  if (!versionsByGroupKind) {
    versionsByGroupKind = new Map();
    for (const key of Object.keys(KINDS)) {
      const parts = key.split("/");
      const k = parts.pop()!;
      const version = parts.pop()!;
      const gk = `${parts.join("/")}/${k}`;
      versionsByGroupKind.set(gk, [...(versionsByGroupKind.get(gk) ?? []), version]);
    }
  }
  return versionsByGroupKind.get(`${group}/${kind}`) ?? [];
}

export function lookupKind(apiVersion: string, kind: string): KindLookup {
  const key = `${apiVersion}/${kind}`;
  const info = Object.hasOwn(KINDS, key) ? KINDS[key] : undefined;
  if (info) {
    const mod = moduleNamed(info.module);
    const schema = mod.kinds[key];
    if (!schema) throw new Error(`schema module ${info.module} has no kind ${key} (regenerate with the codegen's validators target)`);
    return { status: "served", info, schema, resolve: resolverOf(mod, info.module) };
  }
  const unserved = Object.hasOwn(UNSERVED, key) ? UNSERVED[key] : undefined;
  if (unserved) return { status: "unserved", info: unserved };
  const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
  return { status: "unknown", servedVersions: servedVersions(group, kind) };
}

/** Scope of a served kind, without loading its schema. */
export function scopeOf(apiVersion: string, kind: string): KindInfo["scope"] | undefined {
  const key = `${apiVersion}/${kind}`;
  return Object.hasOwn(KINDS, key) ? KINDS[key]?.scope : undefined;
}

export function objectMetaSchema(): { schema: Schema; resolve: Resolve } {
  const mod = moduleNamed("kubernetes");
  const resolve = resolverOf(mod, "kubernetes");
  return { schema: resolve(OBJECT_META), resolve };
}
