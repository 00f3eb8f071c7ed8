import { parseAllDocuments } from "yaml";
import type { KubeObject } from "../types.ts";

// This module is the parse's semantics: its source is part of the parse cache's version key
// (parse-cache.ts), so an edit here retires every cached parse. Keep what a file's parse
// depends on in here, and nothing else.

/**
 * Aliases one document may expand: a real manifest has a handful; a billion-laughs file blows
 * past this at once and becomes a finding instead of eating the machine's memory.
 */
const MAX_ALIASES = 100;

/** How a file is read: every .yaml/.yml document must be an object; a .json file only when it reads as a manifest. */
export type FileKind = "yaml" | "json";

/** A document of a file that is a Kubernetes object (apiVersion and kind are strings). */
export interface ParsedObject {
  /** Index of the document in its file. */
  doc: number;
  object: KubeObject;
}

/** What is wrong with a file, located as `line N` (a YAML error) or `document N`. */
export interface ParseProblem {
  field?: string;
  problem: string;
  fix: string;
}

/** One file's parse: its objects and its problems, in document order. */
export interface ParsedFile {
  objects: ParsedObject[];
  problems: ParseProblem[];
}

export function isPlainObject(v: unknown): v is KubeObject {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function isManifest(v: unknown): v is KubeObject & { apiVersion: string; kind: string } {
  return isPlainObject(v) && typeof v.kind === "string" && typeof v.apiVersion === "string";
}

/**
 * Parses one file: a pure function of its kind and content. YAML errors (duplicate keys
 * included) and documents that are no Kubernetes object are problems, not crashes; empty
 * documents are skipped. Which objects are kustomization indexes depends on the file's name
 * and is left to the caller.
 */
export function parseFile(kind: FileKind, content: string): ParsedFile {
  const objects: ParsedObject[] = [];
  const problems: ParseProblem[] = [];
  const docs = parseAllDocuments(content, { uniqueKeys: true, prettyErrors: true });
  const list = Array.isArray(docs) ? docs : [docs];
  let probed: unknown;
  // A .json file is a manifest only if it reads as one: other well-formed JSON (test
  // expectations, editor settings) beside manifests is data, not a broken object. Malformed
  // JSON falls through and is reported like malformed YAML.
  if (kind === "json" && list.every((d) => d.errors.length === 0)) {
    const first = list[0];
    try {
      probed = list.length === 1 && first ? first.toJS({ maxAliasCount: MAX_ALIASES }) : undefined;
    } catch {
      probed = undefined;
    }
    if (!isManifest(probed)) return { objects, problems };
  }
  list.forEach((d, doc) => {
    if (d.errors.length > 0) {
      for (const e of d.errors) {
        const line = e.linePos?.[0]?.line;
        problems.push({ ...(line ? { field: `line ${line}` } : {}), problem: `not valid YAML: ${(e.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "")}`, fix: "fix the YAML syntax" });
      }
      return;
    }
    let value: unknown;
    try {
      // The JSON probe already read the one document of a manifest .json file.
      value = probed !== undefined ? probed : d.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (err) {
      // yaml throws on alias expansion past maxAliasCount (the "billion laughs" file).
      problems.push({ field: `document ${doc}`, problem: `cannot be read: ${err instanceof Error ? err.message : String(err)}`, fix: "write the values out instead of through YAML aliases" });
      return;
    }
    if (value === null || value === undefined) return;
    if (!isManifest(value)) {
      problems.push({ field: `document ${doc}`, problem: "not a Kubernetes object (apiVersion and kind are required)", fix: "give apiVersion and kind, or remove the document" });
      return;
    }
    objects.push({ doc, object: value });
  });
  return { objects, problems };
}
