import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { digestHex, sha256, type Digest } from "./digest.ts";
import { imageFrom, ManifestError, parseDescriptor, type Descriptor, type Image } from "./manifest.ts";
import { ANNOTATION_REF_NAME, OCI_INDEX } from "./media-types.ts";

// An OCI image layout (image-spec layout.md): oci-layout, index.json and blobs/sha256/<hex>.
// skopeo, crane, oras and Flux's CLI all read it; `skopeo inspect oci:<dir>:<tag>` finds an
// image by its org.opencontainers.image.ref.name annotation in index.json.

const LAYOUT_FILE = JSON.stringify({ imageLayoutVersion: "1.0.0" });

export class LayoutError extends Error {
  override name = "LayoutError";
}

function blobPath(dir: string, d: Digest): string {
  return join(dir, "blobs", "sha256", digestHex(d));
}

/**
 * Writes `image` as an OCI layout in `dir`, replacing what was there, with one index entry per
 * tag (all pointing at the same manifest). The bytes depend on the image and tags alone.
 */
export function writeLayout(dir: string, image: Image, tags: readonly string[]): void {
  if (tags.length === 0) throw new LayoutError("an OCI layout entry needs at least one tag (ref name)");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "blobs", "sha256"), { recursive: true });
  writeFileSync(join(dir, "oci-layout"), LAYOUT_FILE);
  for (const [digest, bytes] of image.blobs) writeFileSync(blobPath(dir, digest), bytes);
  writeFileSync(blobPath(dir, image.digest), image.manifestBytes);
  const index = {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: [...new Set(tags)].sort().map((tag) => ({
      mediaType: image.manifest.mediaType,
      digest: image.digest,
      size: image.manifestBytes.length,
      annotations: { [ANNOTATION_REF_NAME]: tag },
    })),
  };
  writeFileSync(join(dir, "index.json"), JSON.stringify(index));
}

function readBlob(dir: string, d: Descriptor): Uint8Array {
  const file = blobPath(dir, d.digest);
  if (!existsSync(file)) throw new LayoutError(`OCI layout ${dir}: blob ${d.digest} is missing`);
  return readFileSync(file);
}

/** The tags (ref names) of an OCI layout's index. */
export function layoutTags(dir: string): string[] {
  return indexEntries(dir).flatMap((e) => (e.annotations?.[ANNOTATION_REF_NAME] ? [e.annotations[ANNOTATION_REF_NAME]] : []));
}

function indexEntries(dir: string): Descriptor[] {
  const file = join(dir, "index.json");
  if (!existsSync(join(dir, "oci-layout")) || !existsSync(file)) {
    throw new LayoutError(`${dir} is not an OCI image layout (no oci-layout or index.json): build the cluster first`);
  }
  const index: unknown = JSON.parse(readFileSync(file, "utf8"));
  const manifests = typeof index === "object" && index !== null && "manifests" in index ? index.manifests : undefined;
  if (!Array.isArray(manifests)) throw new LayoutError(`${file}: no manifests list`);
  return manifests.map((m, i) => parseDescriptor(m, `${file} manifests[${i}]`));
}

/**
 * Reads the image tagged `tag` (or the only image, without a tag) from an OCI layout, checking
 * every blob's digest: a corrupt layout is an error, never pushed.
 */
export function readLayout(dir: string, tag?: string): Image {
  const entries = indexEntries(dir);
  const matching = tag === undefined ? entries : entries.filter((e) => e.annotations?.[ANNOTATION_REF_NAME] === tag);
  const digests = new Set(matching.map((e) => e.digest));
  if (digests.size === 0) {
    const known = layoutTags(dir);
    throw new LayoutError(`OCI layout ${dir} has no image tagged "${tag ?? ""}" (tags: ${known.join(", ") || "none"})`);
  }
  if (digests.size > 1) throw new LayoutError(`OCI layout ${dir} holds several images: name one by tag (tags: ${layoutTags(dir).join(", ")})`);
  const entry = matching[0]!;
  if (entry.mediaType === OCI_INDEX) throw new ManifestError(`OCI layout ${dir}: "${tag ?? ""}" is an image index, not a single artifact`);
  const bytes = readBlob(dir, entry);
  if (sha256(bytes) !== entry.digest) throw new LayoutError(`OCI layout ${dir}: manifest ${entry.digest} is corrupt (digest mismatch)`);
  return imageFrom(bytes, (d) => readBlob(dir, d), `OCI layout ${dir}`, entry.digest);
}
