import type { KeyObject } from "node:crypto";
import type { Digest } from "./digest.ts";
import type { Descriptor, Image } from "./manifest.ts";
import { pullImage } from "./pull.ts";
import type { RegistryClient } from "./registry/client.ts";
import { RegistryError } from "./registry/errors.ts";
import { isTag } from "./registry/reference.ts";
import { isSignedBy, signatureImage, signatureLayers, signatureTag, type SigningKey } from "./sign.ts";

export interface PushReport {
  digest: Digest;
  /** Blobs sent to the registry. */
  uploaded: Digest[];
  /** Blobs the registry had already (HEAD said so): not sent. */
  present: Digest[];
  bytesUploaded: number;
  tags: string[];
  /** The signature image's digest (tag sha256-<hex>.sig), when the push signed. */
  signature?: Digest;
}

export interface PushOptions {
  /** Sign the image (cosign format) before any tag is written: a tag never names an unsigned artifact. */
  sign?: { key: SigningKey; dockerReference: string };
  /** Overwrite tags whose current artifact is signed by another key. */
  force?: boolean;
  log?: (message: string) => void;
}

/**
 * Sends every blob of the image the registry lacks: HEAD first (a blob it has is not sent again),
 * then POST and PUT. A 201 to the PUT is the registry's word that it stored the bytes under the
 * digest given, which it checked (a mismatch is DIGEST_INVALID): the OCI distribution spec makes
 * the 201's Location a pullable blob URL. No HEAD after the upload is needed to believe it, and a
 * registry that would lie there could as well lie to the HEAD.
 */
async function pushBlobs(client: RegistryClient, repository: string, image: Image, report: PushReport, log: (m: string) => void): Promise<void> {
  const descriptors = new Map<Digest, Descriptor>();
  for (const d of [image.manifest.config, ...image.manifest.layers]) descriptors.set(d.digest, d);
  for (const d of descriptors.values()) {
    if (await client.blobExists(repository, d.digest)) {
      report.present.push(d.digest);
      continue;
    }
    const bytes = image.blobs.get(d.digest);
    // A signature image's earlier layers are in the repository already; only new blobs travel.
    if (!bytes) throw new RegistryError("protocol", `blob ${d.digest} is not part of the image being pushed`, "Rebuild the artifact.");
    log(`uploading ${d.mediaType} ${d.digest} (${bytes.length} bytes)`);
    await client.uploadBlob(repository, d.digest, bytes);
    report.uploaded.push(d.digest);
    report.bytesUploaded += bytes.length;
  }
}

/** The image a tag names now, undefined when the tag does not exist. */
async function current(client: RegistryClient, repository: string, reference: string): Promise<Image | undefined> {
  try {
    return await pullImage(client, repository, reference);
  } catch (err) {
    if (err instanceof RegistryError && err.kind === "not-found") return undefined;
    throw err;
  }
}

/**
 * Refuses to move a tag off an artifact signed by another key: that artifact came from another
 * signer (another pipeline, a person with the real key), and overwriting it from here is exactly
 * what signing is meant to stop. An unsigned artifact, or one signed with our key, may be replaced.
 */
export async function checkTagOwnership(client: RegistryClient, repository: string, digest: Digest, tags: readonly string[], publicKey: KeyObject): Promise<void> {
  for (const tag of tags) {
    const fetched = await client.getManifest(repository, tag).catch((err: unknown) => {
      if (err instanceof RegistryError && err.kind === "not-found") return undefined;
      throw err;
    });
    if (!fetched || fetched.digest === digest) continue;
    const sig = await current(client, repository, signatureTag(fetched.digest));
    if (!sig || signatureLayers(sig).length === 0) continue;
    if (!isSignedBy(sig, publicKey, fetched.digest)) {
      throw new RegistryError(
        "rejected",
        `tag ${tag} of ${client.registry}/${repository} names ${fetched.digest}, which is signed by another key`,
        "Someone else's signed artifact is there: check who pushed it; pass --force to overwrite it anyway.",
      );
    }
  }
}

/**
 * Pushes an image: every blob the registry lacks, then each tag in order, each tag's PUT storing
 * the manifest too. Every blob is stored before the first tag (a HEAD found it, or its upload was
 * answered 201), whether or not the registry checks a manifest's blobs, so a tag never points at
 * missing content; the digest the tag's PUT answers is checked, so never at other content. Signed,
 * the manifest is stored by digest first and signed before any tag is written: a tag never names
 * an unsigned artifact, and the signature's subject is in the repository when the signature
 * arrives (Harbor links a signature to its subject then). An interrupted push leaves no tag
 * pointing at missing or unsigned content; running it again sends only what is still missing.
 */
export async function pushImage(client: RegistryClient, repository: string, image: Image, tags: readonly string[], options: PushOptions = {}): Promise<PushReport> {
  const log = options.log ?? (() => {});
  for (const t of tags) if (!isTag(t)) throw new RegistryError("rejected", `"${t}" is not a valid tag`, "Tags are [A-Za-z0-9_][A-Za-z0-9._-]{0,127}.");
  if (options.sign && !options.force) await checkTagOwnership(client, repository, image.digest, tags, options.sign.key.publicKey);
  const report: PushReport = { digest: image.digest, uploaded: [], present: [], bytesUploaded: 0, tags: [] };
  await pushBlobs(client, repository, image, report, log);
  if (options.sign) {
    await client.putManifest(repository, image.digest, image.manifestBytes, image.manifest.mediaType);
    const { key, dockerReference } = options.sign;
    const sigTag = signatureTag(image.digest);
    const previous = await current(client, repository, sigTag);
    if (previous && isSignedBy(previous, key.publicKey, image.digest)) {
      report.signature = previous.digest;
      log(`already signed with this key (${sigTag})`);
    } else {
      const sig = signatureImage(key, dockerReference, image.digest, previous);
      log(`signing: ${sigTag}`);
      const sigReport: PushReport = { digest: sig.digest, uploaded: [], present: [], bytesUploaded: 0, tags: [] };
      await pushBlobs(client, repository, sig, sigReport, log);
      await client.putManifest(repository, sigTag, sig.manifestBytes, sig.manifest.mediaType);
      report.signature = sig.digest;
    }
  }
  for (const t of tags) {
    await client.putManifest(repository, t, image.manifestBytes, image.manifest.mediaType);
    report.tags.push(t);
  }
  return report;
}
