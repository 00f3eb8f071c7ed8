import { join } from "node:path";
import type { DayZeroOptions } from "@k8s-gitops/bootstrap";
import type { ClusterPackage } from "./load.ts";
import { importSource } from "./runtime.ts";

/**
 * The day-zero options of a cluster package: its `bootstrap` export if it has one, else what its
 * values say (the 1Password vault, the Talos facts). `gitops build` and `gitops bootstrap` read
 * them the same way, so the folder a build writes is the one the command writes.
 */
export async function dayZeroOptions(pkg: ClusterPackage): Promise<DayZeroOptions> {
  const { dayZeroOptionsOf } = await import("@k8s-gitops/bootstrap");
  // The cluster module is already loaded (the import is cached): this reads its other exports.
  const mod = (await importSource(join(pkg.dir, "src/index.ts"))) as { bootstrap?: unknown };
  return dayZeroOptionsOf(pkg.cluster, mod.bootstrap);
}

/**
 * The day-zero folder of a cluster, built now and written later (into the build's staging folder),
 * as `gitops bootstrap` writes it by default: a build's dist/ always holds the day zero of the
 * very tree it packed.
 */
export async function dayZeroWriter(pkg: ClusterPackage): Promise<(dir: string) => void> {
  const { dayZero, dayZeroFiles, writeDayZero } = await import("@k8s-gitops/bootstrap");
  const files = dayZeroFiles(dayZero(pkg.cluster, await dayZeroOptions(pkg)));
  return (dir) => writeDayZero(files, dir);
}
