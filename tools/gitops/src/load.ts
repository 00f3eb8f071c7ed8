import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError, type Cluster } from "@k8s-gitops/core";

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
  const dir = resolve(dirArg);
  const entry = join(dir, "src/index.ts");
  if (!existsSync(entry)) throw new UsageError(`${dir} is not a cluster package: ${entry} does not exist`);
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string; version: string };
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(entry).href)) as { default?: unknown };
  } catch (err) {
    // Errors raised while the cluster composes its components carry the component already.
    if (err instanceof ConfigError) throw err.within({ cluster: pkg.name.replace(/^@k8s-gitops\/cluster-/, "") });
    throw err;
  }
  if (!isCluster(mod.default)) throw new UsageError(`${entry} must export a cluster (export default cluster({...}))`);
  return { dir, packageName: pkg.name, packageVersion: pkg.version, cluster: mod.default };
}

/** Parses `--flag value` / `--flag=value` / `--bool` options; unknown options are errors. */
export function parseFlags(
  argv: string[],
  spec: Record<string, "string" | "boolean">,
): { flags: Record<string, string | boolean>; positionals: string[] } {
  const flags: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const key = arg.slice(2, eq < 0 ? undefined : eq);
    const type = spec[key];
    if (!type) throw new UsageError(`unknown option --${key}`);
    if (type === "boolean") {
      flags[key] = true;
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`--${key} needs a value`);
    flags[key] = value;
  }
  return { flags, positionals };
}
