import { isDigest, sha256, verifyDigest, type Digest } from "./digest.ts";
import { DOCKER_MANIFEST, OCI_MANIFEST } from "./media-types.ts";

/** An OCI content descriptor: what a manifest or index says about one blob. */
export interface Descriptor {
  mediaType: string;
  digest: Digest;
  size: number;
  annotations?: Record<string, string>;
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

/**
 * An image held in memory: the manifest exactly as stored (its bytes define its digest) and
 * every blob it references, each checked against its digest when it was read.
 */
export interface Image {
  readonly manifest: ImageManifest;
  readonly manifestBytes: Uint8Array;
  readonly digest: Digest;
  /** Config and layer blobs by digest. */
  readonly blobs: ReadonlyMap<Digest, Uint8Array>;
}

export class ManifestError extends Error {
  override name = "ManifestError";
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function stringMap(v: unknown, what: string): Record<string, string> | undefined {
  if (v === undefined) return undefined;
  if (!isRecord(v) || Object.values(v).some((x) => typeof x !== "string")) throw new ManifestError(`${what}: annotations must map strings to strings`);
  return v as Record<string, string>;
}

export function parseDescriptor(v: unknown, what: string): Descriptor {
  if (!isRecord(v)) throw new ManifestError(`${what}: not a descriptor object`);
  const { mediaType, digest, size } = v;
  if (typeof mediaType !== "string") throw new ManifestError(`${what}: mediaType missing`);
  if (typeof digest !== "string" || !isDigest(digest)) throw new ManifestError(`${what}: digest "${String(digest)}" is not a sha256 digest`);
  if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0) throw new ManifestError(`${what}: size is not a byte count`);
  const annotations = stringMap(v.annotations, what);
  return { mediaType, digest, size, ...(annotations ? { annotations } : {}) };
}

/** Parses and checks an image manifest (OCI, or Docker v2 which has the same shape). */
export function parseManifest(bytes: Uint8Array, what: string): ImageManifest {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch {
    throw new ManifestError(`${what}: the manifest is not JSON`);
  }
  if (!isRecord(json) || json.schemaVersion !== 2) throw new ManifestError(`${what}: not an image manifest (schemaVersion 2)`);
  const mediaType = json.mediaType ?? OCI_MANIFEST;
  if (mediaType !== OCI_MANIFEST && mediaType !== DOCKER_MANIFEST) {
    throw new ManifestError(`${what}: media type ${String(mediaType)} is not an image manifest (an index or a foreign artifact?)`);
  }
  if (!Array.isArray(json.layers)) throw new ManifestError(`${what}: layers missing`);
  const annotations = stringMap(json.annotations, what);
  return {
    schemaVersion: 2,
    mediaType,
    config: parseDescriptor(json.config, `${what} config`),
    layers: json.layers.map((l, i) => parseDescriptor(l, `${what} layers[${i}]`)),
    ...(annotations ? { annotations } : {}),
  };
}

function sortedRecord(r: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The canonical bytes of a manifest: fixed key order, sorted annotations, no whitespace. */
export function manifestBytes(m: ImageManifest): Uint8Array {
  const descriptor = (d: Descriptor): Descriptor => ({
    mediaType: d.mediaType,
    digest: d.digest,
    size: d.size,
    ...(d.annotations ? { annotations: sortedRecord(d.annotations) } : {}),
  });
  const ordered = {
    schemaVersion: m.schemaVersion,
    mediaType: m.mediaType,
    config: descriptor(m.config),
    layers: m.layers.map(descriptor),
    ...(m.annotations ? { annotations: sortedRecord(m.annotations) } : {}),
  };
  return Buffer.from(JSON.stringify(ordered), "utf8");
}

/** Assembles an Image from a manifest's bytes and a blob source, verifying every digest. */
export function imageFrom(bytes: Uint8Array, blob: (d: Descriptor) => Uint8Array, what: string, expected?: Digest): Image {
  if (expected) verifyDigest(`${what} manifest`, bytes, expected);
  const manifest = parseManifest(bytes, what);
  const blobs = new Map<Digest, Uint8Array>();
  for (const d of [manifest.config, ...manifest.layers]) {
    const b = blob(d);
    verifyDigest(`${what} blob ${d.digest}`, b, d.digest);
    if (b.length !== d.size) throw new ManifestError(`${what}: blob ${d.digest} has ${b.length} bytes, the manifest says ${d.size}`);
    blobs.set(d.digest, b);
  }
  return { manifest, manifestBytes: bytes, digest: sha256(bytes), blobs };
}
