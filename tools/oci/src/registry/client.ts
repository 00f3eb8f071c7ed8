import { sha256, type Digest } from "../digest.ts";
import { DOCKER_MANIFEST, OCI_INDEX, OCI_MANIFEST } from "../media-types.ts";
import { errorDetail, RegistryError, STORAGE_FULL_HINT, storageFull } from "./errors.ts";
import type { HttpResponse } from "./http.ts";
import { Transport, type TransportOptions } from "./transport.ts";

export interface ClientOptions extends TransportOptions {
  /** "push" asks for pull,push tokens up front, so a push needs one token per repository. */
  access?: "pull" | "push";
}

export interface FetchedManifest {
  bytes: Uint8Array;
  digest: Digest;
  mediaType: string;
}

const short = (d: Digest): string => d.slice(0, 19);

/** The OCI distribution API calls the platform uses, against one registry. */
export class RegistryClient {
  readonly registry: string;
  readonly #t: Transport;
  readonly #actions: string;

  constructor(o: ClientOptions) {
    this.registry = o.registry;
    this.#t = new Transport(o);
    this.#actions = o.access === "push" ? "pull,push" : "pull";
  }

  /**
   * Closes the client's connections to the registry (kept alive between its requests). Call it
   * when done: the process then has nothing of the registry's left to end before it exits.
   */
  close(): void {
    this.#t.close();
  }

  #scope(repository: string): string {
    return `repository:${repository}:${this.#actions}`;
  }

  async #unexpected(res: HttpResponse, what: string): Promise<RegistryError> {
    const detail = errorDetail(await res.text());
    // Harbor answers a project over quota with 412 on any write, the upload's start included.
    const full = storageFull(detail);
    if (full) return new RegistryError("rejected", `${what}: ${full} (${res.status}, ${detail})`, STORAGE_FULL_HINT, false, res.status);
    return new RegistryError("protocol", `${what}: unexpected answer ${res.status} from ${this.registry}${detail ? ` (${detail})` : ""}`, "Check that the address is an OCI registry (Harbor, Distribution) and its logs.", false, res.status);
  }

  /** HEAD on the blob: true if the registry has it (so it is not uploaded again). */
  async blobExists(repository: string, digest: Digest, retry = true): Promise<boolean> {
    const what = `check of blob ${short(digest)} in ${this.registry}/${repository}`;
    const res = await this.#t.send("HEAD", `/v2/${repository}/blobs/${digest}`, { what, scope: this.#scope(repository), retry });
    await res.body?.cancel();
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    throw await this.#unexpected(res, what);
  }

  /**
   * Uploads a blob (POST then a monolithic PUT with the digest). A failed attempt is retried as
   * a whole with a new upload session, after checking whether the blob arrived after all.
   */
  async uploadBlob(repository: string, digest: Digest, bytes: Uint8Array): Promise<void> {
    const what = `upload of blob ${short(digest)} (${bytes.length} bytes) to ${this.registry}/${repository}`;
    const scope = this.#scope(repository);
    let first = true;
    await this.#t.retry(what, async () => {
      // retry: false here and below: this loop is the one retry layer of an upload.
      if (!first && (await this.blobExists(repository, digest, false))) return;
      first = false;
      const start = await this.#t.send("POST", `/v2/${repository}/blobs/uploads/`, { what, scope, body: new Uint8Array(), retry: false });
      if (start.status !== 202) throw await this.#unexpected(start, what);
      await start.body?.cancel();
      const location = start.headers.get("location");
      if (!location) throw new RegistryError("protocol", `${what}: the registry gave no upload location`, "Check the registry's logs.");
      const url = new URL(location, this.#t.base);
      url.searchParams.set("digest", digest);
      const put = await this.#t.send("PUT", url, { what, scope, body: bytes, headers: { "content-type": "application/octet-stream" }, retry: false });
      if (put.status === 201) {
        await put.body?.cancel();
        const stored = put.headers.get("docker-content-digest");
        if (stored && stored !== digest) throw new RegistryError("digest", `${what}: the registry stored it as ${stored}`, "The upload was altered on the way: check proxies between here and the registry, then push again.");
        return;
      }
      const detail = errorDetail(await put.text());
      if (put.status === 400 && detail.includes("DIGEST_INVALID")) {
        throw new RegistryError("digest", `${what}: the registry computed another digest for the uploaded bytes (${detail})`, "The content was corrupted on the way: check proxies between here and the registry, then push again.", false, 400);
      }
      const full = storageFull(detail);
      if (full) throw new RegistryError("rejected", `${what}: ${full} (${put.status}${detail ? `, ${detail}` : ""})`, STORAGE_FULL_HINT, false, put.status);
      throw new RegistryError("rejected", `${what}: the registry refused it with ${put.status}${detail ? ` (${detail})` : ""}`, "Check the registry's logs and quotas (Harbor project quota).", false, put.status);
    });
  }

  /**
   * PUT a manifest under a tag or its digest; returns its digest once the registry has shown it
   * stored these bytes under it. A PUT by digest the registry checks itself (it refuses bytes
   * that do not match the digest in the URL). A PUT under a tag stores the manifest under the
   * digest of the bytes that arrived, and answers it in Docker-Content-Digest (the distribution
   * spec: it MUST equal the client's): another digest there means the tag now names other content,
   * and is refused naming the tag. A registry older than the spec that leaves the header out is
   * asked with a HEAD on the digest instead.
   */
  async putManifest(repository: string, reference: string, bytes: Uint8Array, mediaType: string): Promise<Digest> {
    const what = `upload of manifest ${reference} to ${this.registry}/${repository}`;
    const res = await this.#t.send("PUT", `/v2/${repository}/manifests/${reference}`, { what, scope: this.#scope(repository), body: bytes, headers: { "content-type": mediaType } });
    if (res.status !== 201) {
      const detail = errorDetail(await res.text());
      const full = storageFull(detail);
      if (full) throw new RegistryError("rejected", `${what}: ${full} (${res.status}${detail ? `, ${detail}` : ""})`, STORAGE_FULL_HINT, false, res.status);
      const hint = detail.includes("BLOB_UNKNOWN")
        ? "The registry lacks a blob the manifest names (deleted by garbage collection during the push?): run the push again."
        : "Check the registry's logs; a Harbor tag immutability rule can also refuse a moving tag.";
      throw new RegistryError("rejected", `${what}: refused with ${res.status}${detail ? ` (${detail})` : ""}`, hint, false, res.status);
    }
    await res.body?.cancel();
    const digest = sha256(bytes);
    const stored = res.headers.get("docker-content-digest");
    if (stored !== null && stored !== digest) {
      const tagged = reference.startsWith("sha256:") ? `manifest ${reference}` : `tag ${reference}`;
      throw new RegistryError(
        "digest",
        `${tagged} of ${this.registry}/${repository}: the registry stored the manifest as ${stored}, not as ${digest} (the digest of what was sent)`,
        "The manifest was altered on the way (a proxy rewriting it?) and the tag may now name other content: check proxies between here and the registry, then push again.",
      );
    }
    if (stored === null && !reference.startsWith("sha256:") && !(await this.#manifestExists(repository, digest))) {
      throw new RegistryError(
        "digest",
        `tag ${reference} of ${this.registry}/${repository}: the registry accepted the manifest but holds no manifest ${digest} (the digest of what was sent)`,
        "The manifest was altered on the way (a proxy rewriting it?): check proxies between here and the registry, then push again.",
      );
    }
    return digest;
  }

  /** HEAD on a manifest by digest: true if the registry holds it. */
  async #manifestExists(repository: string, digest: Digest): Promise<boolean> {
    const what = `check of manifest ${short(digest)} in ${this.registry}/${repository}`;
    const res = await this.#t.send("HEAD", `/v2/${repository}/manifests/${digest}`, {
      what,
      scope: this.#scope(repository),
      headers: { accept: [OCI_MANIFEST, DOCKER_MANIFEST, OCI_INDEX].join(", ") },
    });
    await res.body?.cancel();
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    throw await this.#unexpected(res, what);
  }

  /** GET a manifest by tag or digest, checked against the digest asked for or announced. */
  async getManifest(repository: string, reference: string): Promise<FetchedManifest> {
    const what = `download of manifest ${reference} from ${this.registry}/${repository}`;
    const res = await this.#t.send("GET", `/v2/${repository}/manifests/${reference}`, {
      what,
      scope: this.#scope(repository),
      headers: { accept: [OCI_MANIFEST, DOCKER_MANIFEST, OCI_INDEX].join(", ") },
    });
    if (res.status === 404) {
      await res.body?.cancel();
      throw new RegistryError("not-found", `${what}: no such tag or manifest`, "Check the tag (push it first, or diff against another tag).", false, 404);
    }
    if (res.status !== 200) throw await this.#unexpected(res, what);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const digest = sha256(bytes);
    const expected = reference.startsWith("sha256:") ? reference : res.headers.get("docker-content-digest");
    if (expected && expected !== digest) {
      throw new RegistryError("digest", `${what}: the content's digest ${digest} does not match ${expected}`, "The registry or a proxy served corrupt content: check the registry's storage, then push the artifact again.");
    }
    return { bytes, digest, mediaType: res.headers.get("content-type") ?? OCI_MANIFEST };
  }

  /** GET a blob, checked against its digest. */
  async getBlob(repository: string, digest: Digest): Promise<Uint8Array> {
    const what = `download of blob ${short(digest)} from ${this.registry}/${repository}`;
    const res = await this.#t.send("GET", `/v2/${repository}/blobs/${digest}`, { what, scope: this.#scope(repository) });
    if (res.status === 404) {
      await res.body?.cancel();
      throw new RegistryError("not-found", `${what}: the registry does not have it`, "The manifest names a missing blob: push the artifact again.", false, 404);
    }
    if (res.status !== 200) throw await this.#unexpected(res, what);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const actual = sha256(bytes);
    if (actual !== digest) {
      throw new RegistryError("digest", `${what}: the content's digest is ${actual}`, "The registry's copy is corrupt (or a proxy altered it): delete the tag's manifest or push the artifact again, and check the registry's storage.");
    }
    return bytes;
  }
}
