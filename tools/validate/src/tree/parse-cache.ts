import { decodeEntry, encodeEntry, isRecord, Memo, sha256, versionKey, type ValidationCache } from "../cache.ts";
import type { KubeObject } from "../types.ts";
import { parseFile, type FileKind, type ParsedFile, type ParsedObject, type ParseProblem } from "./parse.ts";

let version: string | null | undefined;

/** The parse's version key: this package's version, yaml's, and the source of the parse and of this module. */
export function parseVersion(): string | null {
  version ??= versionKey(import.meta.url, ["parse", "parse-cache"], ["yaml"]);
  return version;
}

/** A file's content digest (sha256, hex): the cache keys derive from it. */
export function contentDigest(content: string): string {
  return sha256(content);
}

/** The key of a file's parse: its kind and content (a .json file is read by a different rule than the same text in .yaml). */
export function parseKey(kind: FileKind, digest: string): string {
  return sha256(`parse\0${kind}\0${digest}`);
}

/**
 * Whether a value reads back from JSON as the same value: plain objects and arrays of strings,
 * booleans, null and finite numbers. A YAML 1.1 document (`%YAML 1.1`) can give dates, sets,
 * maps and binary data, and any YAML can give .inf, .nan and -0: such a file is parsed every time.
 */
function jsonExact(v: unknown): boolean {
  if (v === null || typeof v === "string" || typeof v === "boolean") return true;
  if (typeof v === "number") return Number.isFinite(v) && !Object.is(v, -0);
  if (typeof v !== "object") return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!(i in v) || !jsonExact(v[i])) return false;
    return true;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!jsonExact((v as Record<string, unknown>)[k])) return false;
  return true;
}

function isParsedObject(v: unknown): v is ParsedObject {
  return isRecord(v) && Number.isInteger(v.doc) && isRecord(v.object) && typeof v.object.kind === "string" && typeof v.object.apiVersion === "string";
}

function isProblem(v: unknown): v is ParseProblem {
  return isRecord(v) && typeof v.problem === "string" && typeof v.fix === "string" && (v.field === undefined || typeof v.field === "string");
}

/** A cached parse as parseFile returns it, or undefined when the body has another shape. */
function asParsedFile(body: unknown): ParsedFile | undefined {
  if (!isRecord(body) || !Array.isArray(body.objects) || !Array.isArray(body.problems)) return undefined;
  if (!body.objects.every(isParsedObject) || !body.problems.every(isProblem)) return undefined;
  return {
    // JSON.parse gives JSON values only: what KubeObject holds.
    objects: body.objects.map((o) => ({ doc: o.doc, object: o.object as KubeObject })),
    problems: body.problems.map((p) => ({ ...(p.field !== undefined ? { field: p.field } : {}), problem: p.problem, fix: p.fix })),
  };
}

/** Every object reads back from JSON as itself; false too when one is nested past the stack's depth. */
function storable(parsed: ParsedFile): boolean {
  try {
    return parsed.objects.every((o) => jsonExact(o.object));
  } catch {
    return false;
  }
}

/**
 * The tree's parses in one entry (Memo in cache.ts), by file kind and content digest: a warm
 * run reads it once instead of an entry per file; a file it lacks (edited, or the entry was
 * written for another tree) is read from its own entry or parsed (parseCached).
 */
export function parseMemo(cache: ValidationCache | undefined): Memo<ParsedFile> {
  return new Memo(cache, "parse", cache ? parseVersion() : null, { decode: asParsedFile, keep: storable });
}

/**
 * parseFile through a cache: this version's intact entry for the content is used; anything else
 * (no entry, another version's, a damaged one) is parsed and stored, replacing it. With a memo,
 * the memo's item is used first.
 */
export function parseCached(kind: FileKind, content: string, digest: string | undefined, cache: ValidationCache | undefined, memo?: Memo<ParsedFile>): ParsedFile {
  const own = () => parseEntry(kind, content, digest, cache);
  if (!memo || digest === undefined) return own();
  const item = `${kind}\0${digest}`;
  // A second file with the same content gets objects of its own, as it would without the memo
  // (a value the memo holds reads back from JSON exactly).
  if (memo.has(item)) return JSON.parse(JSON.stringify(memo.get(item, own))) as ParsedFile;
  let computed = false;
  const parsed = memo.get(item, () => {
    computed = true;
    return own();
  });
  // The file's own entry is the fallback when the memo is gone: pruning keeps it while the memo serves.
  if (!computed) cache?.touch?.(parseKey(kind, digest));
  return parsed;
}

function parseEntry(kind: FileKind, content: string, digest: string | undefined, cache: ValidationCache | undefined): ParsedFile {
  const ver = cache && digest !== undefined ? parseVersion() : null;
  if (!cache || digest === undefined || ver === null) return parseFile(kind, content);
  const key = parseKey(kind, digest);
  const entry = cache.get(key);
  const hit = entry === undefined ? undefined : asParsedFile(decodeEntry(entry, key, ver));
  if (hit) return hit;
  const parsed = parseFile(kind, content);
  let encoded: string | undefined;
  try {
    encoded = storable(parsed) ? encodeEntry(key, ver, parsed) : undefined;
  } catch {
    // Nested past the stack's depth: parsed again next time.
    encoded = undefined;
  }
  if (encoded !== undefined) cache.set(key, encoded);
  return parsed;
}
