import type { Digest } from "./digest.ts";
import type { Descriptor, Image } from "./manifest.ts";
import type { RegistryClient } from "./registry/client.ts";
import { RegistryError } from "./registry/errors.ts";
import { isTag } from "./registry/reference.ts";

export interface PushReport {
  digest: Digest;
  /** Blobs sent to the registry. */
  uploaded: Digest[];
  /** Blobs the registry had already (HEAD said so): not sent. */
  present: Digest[];
  bytesUploaded: number;
  tags: string[];
}

/**
 * Pushes an image: every blob the registry lacks, then the manifest by digest, then each tag
 * in order. A tag is only written once the manifest (and so every blob it names) is stored, so
 * an interrupted push never leaves a tag pointing at missing content; running it again sends
 * only what is still missing.
 */
export async function pushImage(
  client: RegistryClient,
  repository: string,
  image: Image,
  tags: readonly string[],
  log: (message: string) => void = () => {},
): Promise<PushReport> {
  for (const t of tags) if (!isTag(t)) throw new RegistryError("rejected", `"${t}" is not a valid tag`, "Tags are [A-Za-z0-9_][A-Za-z0-9._-]{0,127}.");
  const descriptors = new Map<Digest, Descriptor>();
  for (const d of [image.manifest.config, ...image.manifest.layers]) descriptors.set(d.digest, d);
  const report: PushReport = { digest: image.digest, uploaded: [], present: [], bytesUploaded: 0, tags: [] };
  for (const d of descriptors.values()) {
    if (await client.blobExists(repository, d.digest)) {
      report.present.push(d.digest);
      continue;
    }
    const bytes = image.blobs.get(d.digest);
    if (!bytes) throw new RegistryError("protocol", `blob ${d.digest} is not part of the image being pushed`, "Rebuild the artifact.");
    log(`uploading ${d.mediaType} ${d.digest} (${bytes.length} bytes)`);
    await client.uploadBlob(repository, d.digest, bytes);
    report.uploaded.push(d.digest);
    report.bytesUploaded += bytes.length;
  }
  // Distribution refuses a manifest with unknown blobs; not every registry does, so check.
  for (const d of descriptors.values()) {
    if (!(await client.blobExists(repository, d.digest))) {
      throw new RegistryError("rejected", `blob ${d.digest} is not in ${client.registry}/${repository} after its upload`, "Check the registry's storage and logs, then push again.");
    }
  }
  await client.putManifest(repository, image.digest, image.manifestBytes, image.manifest.mediaType);
  for (const t of tags) {
    await client.putManifest(repository, t, image.manifestBytes, image.manifest.mediaType);
    report.tags.push(t);
  }
  return report;
}
