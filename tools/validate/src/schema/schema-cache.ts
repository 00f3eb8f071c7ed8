import { readdirSync, readFileSync } from "node:fs";
import { API_RESOURCES } from "@k8s-gitops/core";
import { isRecord, Memo, sha256, versionKey, type ValidationCache } from "../cache.ts";
import { parseVersion } from "../tree/parse-cache.ts";
import type { SchemaIssue } from "./interpreter.ts";

/** An object's schema issues: its body's against its kind's schema, its metadata's against ObjectMeta. */
export interface ObjectSchemaIssues {
  body: SchemaIssue[];
  metadata: SchemaIssue[];
}

let version: string | null | undefined;

/**
 * The version key of an object's schema issues: what the object is (the parse's version), the
 * source of the check, the interpreter and the registry, every generated schema module's content
 * and core's kinds table (which module and scope a kind has).
 */
export function schemaVersion(): string | null {
  if (version !== undefined) return version;
  const parse = parseVersion();
  const code = versionKey(import.meta.url, ["check", "interpreter", "formats", "path", "registry", "schema-cache"], []);
  let modules: string[] | null;
  try {
    const dir = new URL("./generated/", import.meta.url);
    modules = readdirSync(dir)
      .filter((n) => n.endsWith(".json"))
      .sort()
      .map((n) => `${n}\0${sha256(readFileSync(new URL(n, dir)))}`);
  } catch {
    modules = null;
  }
  version = parse === null || code === null || modules === null ? null : sha256(JSON.stringify([parse, code, modules, sha256(JSON.stringify(API_RESOURCES))]));
  return version;
}

function isIssue(v: unknown): v is SchemaIssue {
  return isRecord(v) && typeof v.path === "string" && typeof v.problem === "string" && typeof v.fix === "string";
}

function isObjectIssues(v: unknown): v is ObjectSchemaIssues {
  return isRecord(v) && Array.isArray(v.body) && v.body.every(isIssue) && Array.isArray(v.metadata) && v.metadata.every(isIssue);
}

/**
 * Schema issues by object, an object named by its file's kind and content digest and its
 * document's index (what the object is, given the parse's version): a tree whose files did not
 * change reads them back without loading a schema module; an edited file's objects are new items.
 */
export function schemaIssues(cache: ValidationCache | undefined): Memo<ObjectSchemaIssues> {
  const issues = (list: SchemaIssue[]) => list.map((i) => ({ path: i.path, problem: i.problem, fix: i.fix }));
  return new Memo(cache, "schema", cache ? schemaVersion() : null, { decode: (v) => (isObjectIssues(v) ? { body: issues(v.body), metadata: issues(v.metadata) } : undefined) });
}
