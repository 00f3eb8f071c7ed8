import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";
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
  /** An entry this validation relies on without reading it (a memo held its value): kept as if got. */
  touch?(key: string): void;
  /** Called at the end of a validation: every entry it needed was got, set or touched since the cache was made. */
  done?(): void;
}

/** The shape of an entry: a header line, then the body. Bumped when it changes. */
const FORMAT = 2;

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
    const versions = packages.map((p) => [p, packageVersion(require, p)]);
    const sources = modules.map((m) => sha256(readFileSync(new URL(`./${m}${ext}`, from))));
    return sha256(JSON.stringify([FORMAT, own.name, own.version, versions, sources]));
  } catch {
    return null;
  }
}

/**
 * A package's version, from its package.json: asked for by name where the package exports it,
 * else found above its entry (packages such as @lezer/lr export no ./package.json).
 */
function packageVersion(require: NodeJS.Require, name: string): unknown {
  let file: string;
  try {
    file = require.resolve(`${name}/package.json`);
  } catch {
    for (let dir = dirname(require.resolve(name)); ; dir = dirname(dir)) {
      const candidate = join(dir, "package.json");
      try {
        const pkg = JSON.parse(readFileSync(candidate, "utf8")) as { name?: unknown; version?: unknown };
        if (pkg.name === name) return pkg.version;
      } catch {
        // No package.json at this level: look further up.
      }
      if (dirname(dir) === dir) throw new Error(`no package.json of ${name}`);
    }
  }
  return (JSON.parse(readFileSync(file, "utf8")) as { version?: unknown }).version;
}

/** Characters outside ASCII, written as JSON escapes (JSON.parse reads back the same string). */
const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * `<header JSON>\n<body JSON>`: the header names format, version, key and the body's sha256. The
 * text is ASCII: one character outside it would make the whole entry a two-byte string in V8,
 * which reads, hashes and parses at half the speed (a tree's 6 MB entry: ~50 ms more).
 */
export function encodeEntry(key: string, version: string, body: unknown): string {
  const text = JSON.stringify(body).replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
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

/** The key of a memo's entry: one per name and version. */
export function memoKey(name: string, version: string): string {
  return sha256(`memo\0${name}\0${version}`);
}

export interface MemoOptions<T> {
  /** A stored value as the memo gives it, or undefined when it has another shape (then the whole entry is ignored). */
  decode: (v: unknown) => T | undefined;
  /** Whether a computed value may be stored (default: every one); one that may not is computed every run. */
  keep?: (v: T) => boolean;
}

/**
 * Results by item, kept in one entry per name and version: hundreds of results (each file's
 * parse, each expression's check, each object's schema issues) read back in one read instead of
 * one per item. Each item's key must determine its result given the version (the full text it
 * was computed from, or a digest of it), so an entry written for another tree, or by a concurrent
 * run, is still right for every item it holds. The entry is rewritten with exactly the items a
 * run used when it computed one or left some unused, so it does not grow, and is left alone when
 * a run used exactly what it held.
 */
export class Memo<T> {
  readonly #cache: ValidationCache | undefined;
  readonly #key: string | undefined;
  readonly #version: string;
  readonly #options: MemoOptions<T>;
  #stored: Map<string, T> | undefined;
  /** Every item this run used that the entry may hold, in the order it used them. */
  readonly #used = new Map<string, T>();
  #fromStore = 0;
  #computed = false;

  /** `version` null (it could not be read) or no cache: every item is computed, nothing stored. */
  constructor(cache: ValidationCache | undefined, name: string, version: string | null, options: MemoOptions<T>) {
    this.#cache = version === null ? undefined : cache;
    this.#version = version ?? "";
    this.#key = this.#cache ? memoKey(name, this.#version) : undefined;
    this.#options = options;
  }

  #load(): Map<string, T> {
    if (this.#stored) return this.#stored;
    const stored = new Map<string, T>();
    const entry = this.#key !== undefined ? this.#cache?.get(this.#key) : undefined;
    const body = entry === undefined || this.#key === undefined ? undefined : decodeEntry(entry, this.#key, this.#version);
    if (Array.isArray(body)) {
      for (const pair of body) {
        const value = Array.isArray(pair) && pair.length === 2 && typeof pair[0] === "string" ? this.#options.decode(pair[1]) : undefined;
        if (value === undefined) {
          stored.clear();
          break;
        }
        stored.set(pair[0] as string, value);
      }
    }
    this.#stored = stored;
    return stored;
  }

  /** Whether this run already used the item (its value is then shared with that use). */
  has(item: string): boolean {
    return this.#used.has(item);
  }

  /** The item's result: the stored one, else compute()'s (stored at save() when it may be kept). */
  get(item: string, compute: () => T): T {
    const seen = this.#used.get(item);
    if (seen !== undefined) return seen;
    const stored = this.#cache ? this.#load().get(item) : undefined;
    if (stored !== undefined) {
      this.#fromStore++;
      this.#used.set(item, stored);
      return stored;
    }
    const value = compute();
    if (this.#cache && (this.#options.keep?.(value) ?? true)) {
      this.#computed = true;
      this.#used.set(item, value);
    }
    return value;
  }

  /** Writes the entry when this run computed an item it may keep, or left some of the entry's unused. */
  save(): void {
    if (!this.#cache || this.#key === undefined) return;
    if (!this.#computed && (this.#stored === undefined || this.#stored.size === this.#fromStore)) return;
    let encoded: string | undefined;
    try {
      encoded = encodeEntry(this.#key, this.#version, [...this.#used]);
    } catch {
      // A value JSON cannot write: computed again next time.
      encoded = undefined;
    }
    if (encoded !== undefined) this.#cache.set(this.#key, encoded);
  }
}
