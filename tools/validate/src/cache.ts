import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where validation keeps what it derived from file contents, by content: each file's parse
 * (parsing YAML is most of a validation: about 2 s for a cluster's 10 MB tree, against a few tens
 * of milliseconds to read the values back as JSON) and the tree's secret scan. Entries are opaque
 * text; the validator checks every entry it reads (format, version, key, checksum, shape) and
 * computes the value instead when anything is off, so a store may lose, truncate or mix up
 * entries without changing a result. diskCache (tree/disk-cache.ts) keeps them in a folder.
 */
export interface ValidationCache {
  /** The entry stored under key, if any. */
  get(key: string): string | undefined;
  /** Stores entry under key, replacing any; may keep nothing (a full or read-only disk). */
  set(key: string, entry: string): void;
  /** Called at the end of a validation: every entry it needed was got or set since the cache was made. */
  done?(): void;
}

/** The shape of an entry: a header line, then the body. Bumped when it changes. */
const FORMAT = 1;

export function sha256(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * A version key: what a cached value depends on besides the content it was computed from.
 * `modules` are the sibling modules (by name, without extension) whose source defines how it is
 * computed, read beside `from` (an import.meta.url) with the caller's own extension (.ts from the
 * sources, .js from the published build), so an edit to them retires every entry even when no
 * version moves; `packages` are the packages whose version matters. null when one cannot be
 * read (a bundle that moved the modules): then nothing is cached.
 */
export function versionKey(from: string, modules: readonly string[], packages: readonly string[]): string | null {
  try {
    const ext = extname(fileURLToPath(from));
    const require = createRequire(from);
    const own = JSON.parse(readFileSync(new URL("../../package.json", from), "utf8")) as { name?: unknown; version?: unknown };
    const versions = packages.map((p) => [p, (JSON.parse(readFileSync(require.resolve(`${p}/package.json`), "utf8")) as { version?: unknown }).version]);
    const sources = modules.map((m) => sha256(readFileSync(new URL(`./${m}${ext}`, from))));
    return sha256(JSON.stringify([FORMAT, own.name, own.version, versions, sources]));
  } catch {
    return null;
  }
}

/** `<header JSON>\n<body JSON>`: the header names format, version, key and the body's sha256. */
export function encodeEntry(key: string, version: string, body: unknown): string {
  const text = JSON.stringify(body);
  return `${JSON.stringify({ format: FORMAT, version, key, sha256: sha256(text) })}\n${text}`;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** An entry's body, or undefined when it is not this version's entry for this key, intact. */
export function decodeEntry(entry: string, key: string, version: string): unknown {
  const nl = entry.indexOf("\n");
  if (nl < 0) return undefined;
  try {
    const header: unknown = JSON.parse(entry.slice(0, nl));
    if (!isRecord(header) || header.format !== FORMAT || header.version !== version || header.key !== key) return undefined;
    const body = entry.slice(nl + 1);
    if (header.sha256 !== sha256(body)) return undefined;
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
