import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UsageError } from "./load.ts";

// dist/ must always be one complete build: a reader (Nx's cache, push --layout, a reviewer)
// must never find a new tree beside an old artifact, or a validation.json saying "ok" about a
// half-written tree. So a build writes everything into a staging folder beside dist/ and swaps
// it in with renames, which are atomic on one filesystem.
//
// The staging and retired folders are named `.gitops-staging-<pid>/<base>` and
// `.gitops-retired-<pid>/<base>`: inside a sibling folder, so the rename stays on the same
// filesystem, and ending in the output's own name (dist), so .gitignore's `dist/` ignores a
// leftover of a killed build.

const STAGING = ".gitops-staging-";
const RETIRED = ".gitops-retired-";

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: a process of another user holds the pid, so it is alive.
    return err instanceof Error && "code" in err && err.code === "EPERM";
  }
}

/**
 * Clears what killed builds left beside `outDir`. When a build died between its two renames,
 * `outDir` is missing and its previous complete build waits in a retired folder: it is put back,
 * so even that instant leaves a complete build behind.
 */
export function recoverLeftovers(outDir: string): void {
  const parent = dirname(outDir);
  const base = basename(outDir);
  if (!existsSync(parent)) return;
  for (const entry of readdirSync(parent).sort()) {
    const m = /^\.gitops-(staging|retired)-(\d+)$/.exec(entry);
    if (!m || alive(Number(m[2]))) continue;
    const inner = join(parent, entry, base);
    if (m[1] === "retired" && !existsSync(outDir) && existsSync(inner)) renameSync(inner, outDir);
    rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

/**
 * Runs `write` on an empty staging folder, then replaces `outDir` with it. If `write` throws,
 * the staging folder is removed and `outDir` is left exactly as it was.
 */
export function replaceDir<T>(outDir: string, write: (stagingDir: string) => T): T {
  const parent = dirname(outDir);
  const base = basename(outDir);
  // Replacing is for a previous build: a file there is someone's data, not ours to rename away.
  const existing = statSync(outDir, { throwIfNoEntry: false });
  if (existing && !existing.isDirectory()) throw new UsageError(`${outDir} is a file, not a build output folder: choose another --out`);
  mkdirSync(parent, { recursive: true });
  recoverLeftovers(outDir);
  const stagingRoot = join(parent, `${STAGING}${process.pid}`);
  const retiredRoot = join(parent, `${RETIRED}${process.pid}`);
  rmSync(stagingRoot, { recursive: true, force: true });
  const staging = join(stagingRoot, base);
  mkdirSync(staging, { recursive: true });
  let result: T;
  try {
    result = write(staging);
  } catch (err) {
    rmSync(stagingRoot, { recursive: true, force: true });
    throw err;
  }
  if (existsSync(outDir)) {
    rmSync(retiredRoot, { recursive: true, force: true });
    mkdirSync(retiredRoot);
    renameSync(outDir, join(retiredRoot, base));
  }
  renameSync(staging, outDir);
  rmSync(stagingRoot, { recursive: true, force: true });
  rmSync(retiredRoot, { recursive: true, force: true });
  return result;
}
