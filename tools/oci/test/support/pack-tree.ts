import { packArtifact, readTreeDir, writeLayout } from "../../src/index.ts";
import { sampleMeta } from "./fixtures.ts";

/** Packs the tree in `treeDir` into an OCI layout in `layoutDir`; returns the digests. */
export function packTreeForTest(treeDir: string, layoutDir: string): { manifest: string; layer: string } {
  const image = packArtifact(readTreeDir(treeDir), sampleMeta);
  writeLayout(layoutDir, image, ["infra"]);
  return { manifest: image.digest, layer: image.manifest.layers[0]!.digest };
}
