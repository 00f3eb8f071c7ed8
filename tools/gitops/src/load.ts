import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Cluster } from "@k8s-gitops/core";
import { clusterDir } from "../bin/paths.mjs";
import { core } from "./core.ts";
import { importSource } from "./runtime.ts";

export class UsageError extends Error {
  override name = "UsageError";
}

export interface ClusterPackage {
  /** The cluster package's folder (clusters/<name>). */
  dir: string;
  /** package.json name and version of the cluster package. */
  packageName: string;
  packageVersion: string;
  cluster: Cluster;
}

function isCluster(value: unknown): value is Cluster {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { name?: unknown }).name === "string" &&
    Array.isArray((value as { components?: unknown }).components)
  );
}

/** Imports a cluster package (its src/index.ts default export) from its folder. */
export async function loadClusterPackage(dirArg: string): Promise<ClusterPackage> {
  const dir = clusterDir(dirArg);
  const entry = join(dir, "src/index.ts");
  if (!existsSync(entry)) throw new UsageError(`${dir} is not a cluster package: ${entry} does not exist`);
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string; version: string };
  let mod: { default?: unknown };
  try {
    mod = (await importSource(entry)) as { default?: unknown };
  } catch (err) {
    // Errors raised while the cluster composes its components carry the component already.
    const { ConfigError } = await core();
    if (err instanceof ConfigError) throw err.within({ cluster: pkg.name.replace(/^@k8s-gitops\/cluster-/, "") });
    throw err;
  }
  if (!isCluster(mod.default)) throw new UsageError(`${entry} must export a cluster (export default cluster({...}))`);
  return { dir, packageName: pkg.name, packageVersion: pkg.version, cluster: mod.default };
}

/**
 * Parses `--flag value` / `--flag=value` / `--bool` options with node:util's parseArgs (strict:
 * unknown options, a missing value and a value given to a boolean are usage errors).
 */
export function parseFlags(
  argv: string[],
  spec: Record<string, "string" | "boolean">,
): { flags: Record<string, string | boolean>; positionals: string[] } {
  const options = Object.fromEntries(Object.entries(spec).map(([k, type]) => [k, { type }]));
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    // parseArgs' messages are good ("Unknown option '--x'", "Option '--out <value>' argument
    // missing"); its error codes say it is the user's doing.
    // The first sentence is the finding; the rest is advice about "--" that does not apply here.
    if (err instanceof Error && "code" in err && String(err.code).startsWith("ERR_PARSE_ARGS")) throw new UsageError(err.message.split(". ")[0] ?? err.message);
    throw err;
  }
  const flags: Record<string, string | boolean> = {};
  for (const [k, v] of Object.entries(parsed.values)) {
    // A repeated string option: the last one wins, as with most command lines.
    const last = Array.isArray(v) ? v[v.length - 1] : v;
    if (typeof last === "string" || typeof last === "boolean") flags[k] = last;
  }
  return { flags, positionals: parsed.positionals };
}
