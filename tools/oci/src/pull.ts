import type { Digest } from "./digest.ts";
import { imageFrom, parseManifest, type Image } from "./manifest.ts";
import { OCI_INDEX } from "./media-types.ts";
import type { RegistryClient } from "./registry/client.ts";
import { RegistryError } from "./registry/errors.ts";

/** Pulls the image at a tag or digest, every blob verified against its digest. */
export async function pullImage(client: RegistryClient, repository: string, reference: string): Promise<Image> {
  const where = `${client.registry}/${repository}:${reference}`;
  const fetched = await client.getManifest(repository, reference);
  if (fetched.mediaType.startsWith(OCI_INDEX)) {
    throw new RegistryError("protocol", `${where} is an image index, not a single artifact`, "Point at a Flux artifact (one manifest).");
  }
  const manifest = parseManifest(fetched.bytes, where);
  const blobs = new Map<Digest, Uint8Array>();
  for (const d of [manifest.config, ...manifest.layers]) {
    if (!blobs.has(d.digest)) blobs.set(d.digest, await client.getBlob(repository, d.digest));
  }
  return imageFrom(fetched.bytes, (d) => blobs.get(d.digest) ?? new Uint8Array(), where, fetched.digest);
}
