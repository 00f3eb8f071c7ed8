import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, writeTree } from "@k8s-gitops/core";
import type { TalosClusterValues } from "./context.ts";
import { talosConfig, type TalosOptions } from "./config.ts";
import { TALOS_FILES } from "./files.ts";
import { renderTalos } from "./render.ts";

/** The repository root (packages/talos/src -> ../../..): the default output lives in the workspace. */
const REPO_ROOT = resolve(fileURLToPath(new URL("../../..", import.meta.url)));

/** Where a cluster's Talos files go by default: clusters/<name>/dist/talos (git-ignored). */
export function defaultTalosDir(cluster: string): string {
  return join(REPO_ROOT, "clusters", cluster, "dist", "talos");
}

/** The folder is replaced as a whole: refuse one that holds anything but an earlier Talos output. */
function assertReplaceable(dir: string): void {
  if (!existsSync(dir)) return;
  const ours = new Set<string>([TALOS_FILES.shared, TALOS_FILES.controlPlane, TALOS_FILES.worker, TALOS_FILES.schematic, TALOS_FILES.readme, "nodes"]);
  const foreign = readdirSync(dir).filter((f) => !ours.has(f)).sort();
  if (foreign.length > 0) {
    throw new ConfigError(`${dir} holds files that are not Talos output (${foreign.join(", ")}): refusing to replace it, choose an empty or new folder`);
  }
}

/**
 * Builds, validates and writes a cluster's Talos folder, replacing what was there (a node
 * removed from the inventory must not leave its old patch behind). Returns the files written.
 */
export function writeTalos(values: TalosClusterValues, dir: string = defaultTalosDir(values.name), options: TalosOptions = {}): string[] {
  const tree = renderTalos(talosConfig(values, options));
  assertReplaceable(dir);
  writeTree(tree, dir);
  return [...tree.files.keys()];
}
