import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigError, type RenderedTree } from "@k8s-gitops/core";
import { packArtifact, writeLayout, writeTreeDir, type Image } from "@k8s-gitops/oci";
import { VALIDATION_FILE } from "./artifact-options.ts";
import { revisionOf, sourceInfo, type SourceInfo } from "./git.ts";
import type { ClusterPackage } from "./load.ts";

export const TREE_DIR = "tree";
export const OCI_DIR = "oci";
export const BOOTSTRAP_DIR = "bootstrap";
export { VALIDATION_FILE };

export interface ClusterArtifact {
  image: Image;
  source: SourceInfo;
  /** <outDir>/oci: an OCI image layout with the artifact tagged with the cluster's name. */
  layoutDir: string;
  bootstrapDir: string;
}

/** The cluster's artifact in memory: the tree packed with its git metadata and packages. */
export function packCluster(pkg: ClusterPackage, tree: { files: ReadonlyMap<string, string | Uint8Array>; packages: RenderedTree["packages"] }, source: SourceInfo = sourceInfo(pkg.dir)): Image {
  return packArtifact(tree.files, {
    source: source.source,
    revision: revisionOf(source),
    created: source.created,
    cluster: pkg.cluster.name,
    packages: tree.packages,
  });
}

/**
 * The annotations go to the registry too, where anyone who can pull reads them: they get the
 * same secret scan as the files. A hit fails the build, naming the annotation.
 */
export async function scanAnnotations(cluster: string, image: Image): Promise<void> {
  const { scanSecrets } = await import("@k8s-gitops/validate");
  const entries = Object.entries(image.manifest.annotations ?? {});
  const text = entries.map(([k, v]) => `${k}: ${v}`).join("\n");
  const hits = await scanSecrets([["manifest annotations", text]]);
  if (hits.length === 0) return;
  const keys = [...new Set(hits.map((h) => entries[h.line - 1]?.[0] ?? "?"))];
  throw new ConfigError(
    `manifest annotation ${keys.join(", ")} holds a credential (${hits.map((h) => h.ruleId.replace("@secretlint/secretlint-rule-", "")).join(", ")}): nothing was written or packed. Set GITOPS_SOURCE to the repository's public URL, and rotate the credential`,
    { cluster },
  );
}

/**
 * Build step: writes the whole build into `outDir` (a staging folder the caller swaps into
 * place): tree/ and the OCI layout from the same bytes, the validation record, and the day-zero
 * folder (`gitops bootstrap`'s phases).
 */
export function writeBuild(pkg: ClusterPackage, files: ReadonlyMap<string, Uint8Array>, image: Image, validation: string, writeDayZero: (dir: string) => void, outDir: string): void {
  writeTreeDir(join(outDir, TREE_DIR), files);
  writeFileSync(join(outDir, VALIDATION_FILE), validation);
  writeLayout(join(outDir, OCI_DIR), image, [pkg.cluster.name]);
  writeDayZero(join(outDir, BOOTSTRAP_DIR));
}
