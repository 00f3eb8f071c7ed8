import { join } from "node:path";
import { render, type RenderedTree } from "@k8s-gitops/core";
import { BOOTSTRAP_DIR, OCI_DIR, packCluster, scanAnnotations, TREE_DIR, writeBuild, type ClusterArtifact } from "./artifact.ts";
import { progress } from "./command.ts";
import { dayZeroWriter } from "./day-zero.ts";
import { validateBuild, validationRecord } from "./commands/validate.ts";
import { replaceDir } from "./dist.ts";
import { sourceInfo } from "./git.ts";
import type { ClusterPackage } from "./load.ts";
import { validateCache } from "./validate-cache.ts";

export interface BuildOptions {
  /** Keep parses in the cluster package's parse cache (default true; see validate-cache.ts). */
  cache?: boolean;
}

export interface BuildResult {
  tree: RenderedTree;
  /** dist/ of the cluster package. */
  outDir: string;
  treeDir: string;
  artifact: ClusterArtifact;
  /** Objects the validation checked. */
  objects: number;
}

const utf8 = new TextEncoder();
const strict = new TextDecoder("utf-8", { fatal: true });

/**
 * The cluster build pipeline: render, encode once, validate those bytes, pack those bytes, scan
 * the annotations, then write the whole build into a staging folder and swap it into place. What
 * is validated is what is packed is what is written; a failure (or a kill) at any step leaves the
 * previous dist/ as it was, complete.
 */
export async function buildCluster(pkg: ClusterPackage, outDir = join(pkg.dir, "dist"), options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const name = pkg.cluster.name;
  const tree = render(pkg.cluster);
  // One encoding, one set of bytes: the validator reads them decoded (strictly, so no byte is
  // read differently from how it is packed), the packer and the writer take them as they are.
  const bytes = new Map([...tree.files].map(([path, text]) => [path, utf8.encode(text)] as const));
  const texts = new Map([...bytes].map(([path, b]) => [path, strict.decode(b)] as const));
  progress(`[${name}] rendered ${pkg.cluster.components.length} components, ${tree.files.size} files`);
  const cache = await validateCache(pkg.dir, options.cache !== false);
  const result = await validateBuild(pkg.cluster, texts, cache ? { cache } : {});
  const source = sourceInfo(pkg.dir);
  const image = packCluster(pkg, { files: bytes, packages: tree.packages }, source);
  await scanAnnotations(name, image);
  const layer = image.manifest.layers[0]!.digest;
  const validation = await validationRecord(result, {
    cluster: name,
    package: pkg.packageName,
    ...(pkg.cluster.artifact ? { artifact: { registry: pkg.cluster.artifact.registry, repository: pkg.cluster.artifact.repository } } : {}),
    validated: { manifest: image.digest, layer },
  });
  const dayZero = await dayZeroWriter(pkg);
  replaceDir(outDir, (staging) => writeBuild(pkg, bytes, image, validation, dayZero, staging));
  const artifact: ClusterArtifact = { image, source, layoutDir: join(outDir, OCI_DIR), bootstrapDir: join(outDir, BOOTSTRAP_DIR) };
  progress(`[${name}] artifact ${image.digest} (layer ${layer}) -> ${outDir}`);
  progress(`[${name}] built in ${Math.round(performance.now() - started)} ms`);
  return { tree, outDir, treeDir: join(outDir, TREE_DIR), artifact, objects: result.objects };
}
