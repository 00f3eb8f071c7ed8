import { decodeEntry, encodeEntry, isRecord, sha256, versionKey, type ValidationCache } from "../cache.ts";
import { scanSecrets, type SecretHit } from "./scan.ts";

let version: string | null | undefined;

/** The scan's version key: this package's version, secretlint's and its preset's, and the source of the scan and of this module. */
function scanVersion(): string | null {
  version ??= versionKey(import.meta.url, ["scan", "scan-cache"], ["@secretlint/core", "@secretlint/secretlint-rule-preset-recommend"]);
  return version;
}

/**
 * The key of a tree's scan: every file's path and content digest, in order. The scan runs over
 * the files as one text (scan.ts), so its result is the whole tree's, not each file's.
 */
export function scanKey(files: Iterable<string>, digests: ReadonlyMap<string, string>): string | undefined {
  let text = "secrets\0";
  for (const file of files) {
    const digest = digests.get(file);
    if (digest === undefined) return undefined;
    text += `${file}\0${digest}\n`;
  }
  return sha256(text);
}

function isHit(v: unknown): v is SecretHit {
  return isRecord(v) && typeof v.file === "string" && Number.isInteger(v.line) && Number.isInteger(v.offset) && typeof v.ruleId === "string" && typeof v.message === "string";
}

/**
 * scanSecrets through a cache: a tree scanned before (the same paths and contents, the same
 * secretlint) gets its hits back without loading secretlint; any change scans the whole tree.
 */
export async function scanSecretsCached(files: ReadonlyMap<string, string>, digests: ReadonlyMap<string, string> | undefined, cache: ValidationCache | undefined): Promise<SecretHit[]> {
  const ver = cache && digests ? scanVersion() : null;
  const key = ver !== null && digests ? scanKey(files.keys(), digests) : undefined;
  if (!cache || ver === null || key === undefined) return scanSecrets(files);
  const entry = cache.get(key);
  const body = entry === undefined ? undefined : decodeEntry(entry, key, ver);
  if (Array.isArray(body) && body.every(isHit)) {
    return body.map((h) => ({ file: h.file, line: h.line, offset: h.offset, ruleId: h.ruleId, message: h.message }));
  }
  const hits = await scanSecrets(files);
  cache.set(key, encodeEntry(key, ver, hits));
  return hits;
}
