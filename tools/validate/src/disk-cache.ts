import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ValidationCache } from "./cache.ts";

/** Keys are sha256 hex digests: anything else is never a file name here. */
const KEY = /^[0-9a-f]{64}$/;

export interface DiskCacheOptions {
  /**
   * After a validation that stored something, entries it did not use are removed once they are
   * this old (default one hour: another process may be validating another tree with them).
   */
  pruneAfterMs?: number;
}

/**
 * A validation cache in a folder: one file per entry, named by its key (derived from the
 * content's sha256), so a tree that changed in one file reads the others' parses back and
 * writes one. Each write
 * goes to a temporary file renamed over the entry, so a reader (another build of the same
 * cluster, running at the same time) sees a whole entry or none. Reading or writing errors (no
 * folder, a full or read-only disk) make a miss, never a failure: the cache only saves time.
 */
export function diskCache(dir: string, options: DiskCacheOptions = {}): ValidationCache {
  const pruneAfterMs = options.pruneAfterMs ?? 60 * 60 * 1000;
  const used = new Set<string>();
  let made = false;
  let wrote = false;
  let unwritable = false;
  return {
    get(key) {
      if (!KEY.test(key)) return undefined;
      used.add(key);
      try {
        return readFileSync(join(dir, key), "utf8");
      } catch {
        return undefined;
      }
    },
    touch(key) {
      if (KEY.test(key)) used.add(key);
    },
    set(key, entry) {
      if (!KEY.test(key) || unwritable) return;
      used.add(key);
      const tmp = join(dir, `${key}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
      try {
        if (!made) mkdirSync(dir, { recursive: true });
        made = true;
        writeFileSync(tmp, entry);
        renameSync(tmp, join(dir, key));
        wrote = true;
      } catch {
        // One failed write (no space, no permission, not a folder): no more tries this run.
        unwritable = true;
        try {
          rmSync(tmp, { force: true });
        } catch {
          // The folder itself is unusable: there is no temporary file either.
        }
      }
    },
    done() {
      // Only a run that changed the cache can have left it larger; a run that only read pays nothing.
      if (!wrote) return;
      wrote = false;
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      const before = Date.now() - pruneAfterMs;
      for (const name of names) {
        if (used.has(name)) continue;
        try {
          // Entries of other trees, and temporary files a killed process left.
          if (statSync(join(dir, name)).mtimeMs < before) rmSync(join(dir, name), { force: true });
        } catch {
          // Gone already (another process pruned it).
        }
      }
    },
  };
}
