import { join } from "node:path";
import type { RenderedTree } from "@k8s-gitops/core";
import { bootstrapFiles } from "@k8s-gitops/flux-system";
import { packArtifact, writeLayout, writeTreeDir, type Image } from "@k8s-gitops/oci";
import { revisionOf, sourceInfo, type SourceInfo } from "./git.ts";
import type { ClusterPackage } from "./load.ts";

export const OCI_DIR = "oci";
export const BOOTSTRAP_DIR = "bootstrap";

export interface ClusterArtifact {
  image: Image;
  source: SourceInfo;
  /** <outDir>/oci: an OCI image layout with the artifact tagged with the cluster's name. */
  layoutDir: string;
  bootstrapDir: string;
}

/** The cluster's artifact in memory: the tree packed with its git metadata and packages. */
export function packCluster(pkg: ClusterPackage, tree: RenderedTree, source: SourceInfo = sourceInfo(pkg.dir)): Image {
  return packArtifact(tree.files, {
    source: source.source,
    revision: revisionOf(source),
    created: source.created,
    cluster: pkg.cluster.name,
    packages: tree.packages,
  });
}

/**
 * Build step: writes the OCI layout (<outDir>/oci, tag = cluster name, what push and diff read
 * and skopeo understands) and the day-zero bootstrap folder (<outDir>/bootstrap).
 */
export function writeClusterArtifact(pkg: ClusterPackage, tree: RenderedTree, outDir: string, source: SourceInfo = sourceInfo(pkg.dir)): ClusterArtifact {
  const image = packCluster(pkg, tree, source);
  const layoutDir = join(outDir, OCI_DIR);
  writeLayout(layoutDir, image, [pkg.cluster.name]);
  const bootstrapDir = join(outDir, BOOTSTRAP_DIR);
  if (pkg.cluster.artifact) writeTreeDir(bootstrapDir, bootstrapFiles(pkg.cluster));
  return { image, source, layoutDir, bootstrapDir };
}
