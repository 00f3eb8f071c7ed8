import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ValidationCache } from "@k8s-gitops/validate";

/** Beside the launcher's bundle cache (node_modules/.cache/gitops-cli), for the same package. */
export const VALIDATE_CACHE_DIR = "node_modules/.cache/gitops-validate";

/** The CLI's own package folder: its cache holds validations that name no cluster package (as its bundle does). */
const CLI_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Turns the cache off for every command, as --no-cache does for one. */
export const NO_CACHE_ENV = "GITOPS_VALIDATE_CACHE";

export const CACHE_HELP = `The validator keeps each file's parse, each object's schema issues, each rule
expression's parse and the tree's secret scan, by content, in
<cluster>/${VALIDATE_CACHE_DIR} (without a cluster package, in the CLI's own
node_modules): an unchanged file is read back instead of parsed and checked again, an unchanged
tree is not scanned again. It never changes a result: an entry of another version, or a damaged
one, is computed again. --no-cache or ${NO_CACHE_ENV}=0 turns it off.`;

/**
 * The folder of the parse cache for validations run for `home` (a cluster package, else the
 * CLI's own package), or undefined when caching is off or the package has no node_modules to
 * keep it in (a test fixture), as the launcher decides for its bundle.
 */
export function validateCacheDir(home: string | undefined, enabled: boolean, env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  if (!enabled || env[NO_CACHE_ENV] === "0") return undefined;
  const pkg = home ?? CLI_DIR;
  return existsSync(join(pkg, "node_modules")) ? join(pkg, VALIDATE_CACHE_DIR) : undefined;
}

/** The disk cache of validateCacheDir, loading the validator's cache only when there is one. */
export async function validateCache(home: string | undefined, enabled: boolean): Promise<ValidationCache | undefined> {
  const dir = validateCacheDir(home, enabled);
  if (!dir) return undefined;
  const { diskCache } = await import("@k8s-gitops/validate");
  return diskCache(dir);
}
