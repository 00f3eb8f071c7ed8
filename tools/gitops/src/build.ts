import { join } from "node:path";
import { render, writeTree, type RenderedTree } from "@k8s-gitops/core";
import type { ClusterArtifact } from "./artifact.ts";
import { progress } from "./command.ts";
import { validateBuild } from "./commands/validate.ts";
import type { ClusterPackage } from "./load.ts";

export interface BuildResult {
  tree: RenderedTree;
  /** dist/ of the cluster package. */
  outDir: string;
  treeDir: string;
  artifact: ClusterArtifact;
}

/**
 * The cluster build pipeline: render -> write dist/tree. Later stages (validation, the OCI
 * artifact) are steps appended here, so `nx run cluster-<name>:build` runs all of them.
 */
export async function buildCluster(pkg: ClusterPackage, outDir = join(pkg.dir, "dist")): Promise<BuildResult> {
  const started = performance.now();
  const name = pkg.cluster.name;
  const tree = render(pkg.cluster);
  const treeDir = join(outDir, "tree");
  writeTree(tree, treeDir);
  progress(`[${name}] rendered ${pkg.cluster.components.length} components, ${tree.files.size} files -> ${treeDir}`);
  await validateBuild(pkg.cluster, treeDir, outDir);
  // Loaded on use: every command module (and so this one) is imported just to list commands.
  const { writeClusterArtifact } = await import("./artifact.ts");
  const artifact = writeClusterArtifact(pkg, tree, outDir);
  progress(`[${name}] artifact ${artifact.image.digest} (layer ${artifact.image.manifest.layers[0]?.digest}) -> ${artifact.layoutDir}`);
  progress(`[${name}] built in ${Math.round(performance.now() - started)} ms`);
  return { tree, outDir, treeDir, artifact };
}
