import { sha256 } from "./digest.ts";
import { gunzip, gzipDeterministic } from "./gzip.ts";
import { imageFrom, manifestBytes, ManifestError, type Descriptor, type Image, type ImageManifest } from "./manifest.ts";
import {
  ANNOTATION_CLUSTER,
  ANNOTATION_CREATED,
  ANNOTATION_PACKAGES,
  ANNOTATION_REVISION,
  ANNOTATION_SOURCE,
  FLUX_CONFIG,
  FLUX_CONTENT,
  OCI_MANIFEST,
} from "./media-types.ts";
import { readTar, TarError, writeTar } from "./tar.ts";

/** Where an artifact came from: all of it is data (from git), none from the clock or the machine. */
export interface ArtifactMetadata {
  /**
   * The repository URL, as Flux shows it (org.opencontainers.image.source), already stripped of
   * credentials; undefined (no annotation) when the checkout has no public URL, so a clone
   * without a remote gives the same digest as any other clone of the commit.
   */
  source?: string | undefined;
  /** <branch>@sha1:<commit>, Flux's revision format. */
  revision: string;
  /** RFC 3339 UTC time of the commit, e.g. 2025-01-31T12:00:00Z. */
  created: string;
  cluster?: string;
  /** Component packages (name -> version) that went into the tree. */
  packages?: ReadonlyMap<string, string>;
}

const CREATED_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const REVISION_RE = /^[^@\s]+@sha1:[0-9a-f]{40}$/;

export class ArtifactError extends Error {
  override name = "ArtifactError";
}

export function revision(branch: string, commit: string): string {
  return `${branch}@sha1:${commit}`;
}

/** The commit time as the created annotation: UTC, whole seconds. */
export function createdFrom(time: Date | string): string {
  const d = typeof time === "string" ? new Date(time) : time;
  if (Number.isNaN(d.getTime())) throw new ArtifactError(`"${String(time)}" is not a time`);
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Flux's config blob is an empty JSON object. */
const CONFIG_BYTES = Buffer.from("{}", "utf8");

function annotations(meta: ArtifactMetadata): Record<string, string> {
  if (!CREATED_RE.test(meta.created)) throw new ArtifactError(`created "${meta.created}" must be an RFC 3339 UTC time (YYYY-MM-DDTHH:MM:SSZ)`);
  if (!REVISION_RE.test(meta.revision)) throw new ArtifactError(`revision "${meta.revision}" must be <branch>@sha1:<40-hex commit>`);
  const out: Record<string, string> = {
    [ANNOTATION_CREATED]: meta.created,
    [ANNOTATION_REVISION]: meta.revision,
  };
  if (meta.source) out[ANNOTATION_SOURCE] = meta.source;
  if (meta.cluster) out[ANNOTATION_CLUSTER] = meta.cluster;
  if (meta.packages && meta.packages.size > 0) {
    out[ANNOTATION_PACKAGES] = [...meta.packages].map(([n, v]) => `${n}@${v}`).sort().join(",");
  }
  return out;
}

/**
 * Packs a file tree as a Flux artifact: config {} (Flux config media type), one tar+gzip layer
 * (Flux content media type) and the annotations. Same files and metadata, same digests.
 */
export function packArtifact(files: ReadonlyMap<string, string | Uint8Array>, meta: ArtifactMetadata): Image {
  if (files.size === 0) throw new ArtifactError("the artifact has no files");
  const layer = gzipDeterministic(writeTar(files));
  const configDesc: Descriptor = { mediaType: FLUX_CONFIG, digest: sha256(CONFIG_BYTES), size: CONFIG_BYTES.length };
  const layerDesc: Descriptor = { mediaType: FLUX_CONTENT, digest: sha256(layer), size: layer.length };
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: configDesc,
    layers: [layerDesc],
    annotations: annotations(meta),
  };
  const blobs = new Map([
    [configDesc.digest, CONFIG_BYTES],
    [layerDesc.digest, layer],
  ]);
  return imageFrom(manifestBytes(manifest), (d) => blobs.get(d.digest) ?? new Uint8Array(), "packed artifact");
}

/** Whether an image is a Flux artifact (config media type), not a container image. */
export function isFluxArtifact(image: Image): boolean {
  return image.manifest.config.mediaType === FLUX_CONFIG;
}

/** Bounds on what reading an artifact may cost: a hostile 1 MB layer can hold a 1 GiB member. */
export interface ExtractLimits {
  /** Decompressed size of the content layer (the tar), in bytes. */
  maxBytes: number;
  /** Files in the content layer. */
  maxFiles: number;
}

/** Far above a cluster tree (about 2 MB and 500 files today), far below what hurts a CI runner. */
export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = { maxBytes: 256 * 1024 * 1024, maxFiles: 20_000 };

/**
 * The file tree inside a Flux artifact's content layer. A layer that is not gzip, not tar,
 * decompresses past `limits.maxBytes` or holds more than `limits.maxFiles` files is an
 * ArtifactError naming the artifact and the layer, never a crash or an out-of-memory.
 */
export function artifactFiles(image: Image, what = "artifact", limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS): Map<string, Uint8Array> {
  const layers = image.manifest.layers.filter((l) => l.mediaType === FLUX_CONTENT);
  if (layers.length !== 1) {
    throw new ManifestError(`${what}: expected one layer of media type ${FLUX_CONTENT}, found ${layers.length} (is it a Flux artifact?)`);
  }
  const digest = layers[0]!.digest;
  const blob = image.blobs.get(digest);
  if (!blob) throw new ManifestError(`${what}: content layer ${digest} is missing`);
  let tar: Uint8Array;
  try {
    tar = gunzip(blob, limits.maxBytes);
  } catch (err) {
    const code = err instanceof Error && "code" in err ? String(err.code) : "";
    if (code === "ERR_BUFFER_TOO_LARGE") {
      throw new ArtifactError(`${what}: content layer ${digest} (${blob.length} bytes) decompresses to more than ${limits.maxBytes} bytes (the limit, --max-size): refusing to read it`);
    }
    throw new ArtifactError(`${what}: content layer ${digest} is not gzip data (${err instanceof Error ? err.message : String(err)})`);
  }
  try {
    return readTar(tar, limits.maxFiles);
  } catch (err) {
    if (err instanceof TarError) throw new ArtifactError(`${what}: content layer ${digest}: ${err.message}`);
    throw err;
  }
}
