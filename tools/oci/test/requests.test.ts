import { generateKeyPairSync } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digestHex, loadSigningKey, packArtifact, pullImage, pushImage, RegistryClient, RegistryError, signatureTag, type Image } from "../src/index.ts";
import { RewritingProxy, sampleMeta, sampleTree, TestRegistry, toolGate, type AccessLogEntry } from "./support/index.ts";

// The requests a push makes, as the real registry (CNCF Distribution) logged them: nothing the
// OCI distribution spec makes redundant, nothing a guarantee needs left out.

const gate = toolGate("docker-registry");
let n = 0;
const fresh = (): Image => packArtifact(sampleTree({ seed: `requests-${n++}`, bulk: 16 * 1024 }), sampleMeta);

/** The digests and tags of an image, named for the access log's lines. */
function named(image: Image, prefix = ""): [string, string][] {
  return [
    [image.manifest.config.digest, `<${prefix}config>`],
    [image.manifest.layers.at(-1)!.digest, `<${prefix}layer>`],
    [`sha256-${digestHex(image.digest)}.sig`, `<${prefix}sig-tag>`],
    [image.digest, `<${prefix}manifest>`],
  ];
}

/** "METHOD path status" of one repository's requests, upload sessions and digests as placeholders. */
function lines(entries: readonly AccessLogEntry[], repo: string, names: readonly [string, string][]): string[] {
  return entries
    .filter((e) => e.path.startsWith(`/v2/${repo}/`))
    .map((e) => {
      let path = e.path.slice(`/v2/${repo}`.length).replace(/\/blobs\/uploads\/[^?]+(\?.*)?$/, "/blobs/uploads/<session>");
      for (const [k, v] of names) path = path.replaceAll(k, v);
      return `${e.method} ${path} ${e.status}`;
    });
}

describe.skipIf(gate.skip)("the requests of a push, counted by a real registry", () => {
  let registry: TestRegistry;
  let client: RegistryClient;
  beforeAll(async () => {
    gate.check();
    registry = await TestRegistry.start();
    client = new RegistryClient({ registry: registry.host, access: "push", retry: { retries: 0 } });
  });
  afterAll(async () => {
    client?.close();
    await registry?.close();
  });

  it("unsigned: HEAD, POST, PUT per blob, one PUT per tag; pushed again, the HEADs and the tags", async () => {
    const image = fresh();
    const repo = "req/unsigned";
    await registry.settled();
    const start = registry.accessLog().length;
    const report = await pushImage(client, repo, image, ["sha-1", "main"]);
    expect(report.uploaded).toEqual([image.manifest.config.digest, image.manifest.layers[0]!.digest]);
    await registry.settled();
    expect(lines(registry.accessLog().slice(start), repo, named(image))).toEqual([
      "HEAD /blobs/<config> 404",
      "POST /blobs/uploads/ 202",
      "PUT /blobs/uploads/<session> 201",
      "HEAD /blobs/<layer> 404",
      "POST /blobs/uploads/ 202",
      "PUT /blobs/uploads/<session> 201",
      "PUT /manifests/sha-1 201",
      "PUT /manifests/main 201",
    ]);
    // The tags name the manifest, stored by the first tag's PUT.
    expect((await client.getManifest(repo, "main")).digest).toBe(image.digest);
    expect((await client.getManifest(repo, image.digest)).digest).toBe(image.digest);

    await registry.settled();
    const again = registry.accessLog().length;
    const second = await pushImage(client, repo, image, ["sha-1", "main"]);
    expect(second.uploaded).toEqual([]);
    await registry.settled();
    expect(lines(registry.accessLog().slice(again), repo, named(image))).toEqual([
      "HEAD /blobs/<config> 200",
      "HEAD /blobs/<layer> 200",
      "PUT /manifests/sha-1 201",
      "PUT /manifests/main 201",
    ]);
  });

  it("signed: the tags' owners, the blobs, the manifest by digest, the signature image, then the tags", async () => {
    const image = fresh();
    const repo = "req/signed";
    const pem = generateKeyPairSync("ec", { namedCurve: "prime256v1" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    await registry.settled();
    const start = registry.accessLog().length;
    await pushImage(client, repo, image, ["sha-1", "main"], { sign: { key: loadSigningKey(pem), dockerReference: `${registry.host}/${repo}` } });
    const sig = await pullImage(client, repo, signatureTag(image.digest));
    await registry.settled();
    const names = lines(registry.accessLog().slice(start), repo, [...named(image), ...named(sig, "sig-")]);
    expect(names.slice(0, 19)).toEqual([
      "GET /manifests/sha-1 404",
      "GET /manifests/main 404",
      "HEAD /blobs/<config> 404",
      "POST /blobs/uploads/ 202",
      "PUT /blobs/uploads/<session> 201",
      "HEAD /blobs/<layer> 404",
      "POST /blobs/uploads/ 202",
      "PUT /blobs/uploads/<session> 201",
      "PUT /manifests/<manifest> 201",
      "GET /manifests/<sig-tag> 404",
      "HEAD /blobs/<sig-config> 404",
      "POST /blobs/uploads/ 202",
      "PUT /blobs/uploads/<session> 201",
      "HEAD /blobs/<sig-layer> 404",
      "POST /blobs/uploads/ 202",
      "PUT /blobs/uploads/<session> 201",
      "PUT /manifests/<sig-tag> 201",
      "PUT /manifests/sha-1 201",
      "PUT /manifests/main 201",
    ]);
  });
});

describe.skipIf(gate.skip)("the digest a tag's PUT answers", () => {
  let registry: TestRegistry;
  let direct: RegistryClient;
  beforeAll(async () => {
    gate.check();
    registry = await TestRegistry.start();
    direct = new RegistryClient({ registry: registry.host, access: "pull", retry: { retries: 0 } });
  });
  afterAll(async () => {
    direct?.close();
    await registry?.close();
  });

  const missing = async (repo: string, tag: string): Promise<boolean> =>
    direct.getManifest(repo, tag).then(
      () => false,
      (e: unknown) => e instanceof RegistryError && e.kind === "not-found",
    );

  async function through(proxy: RewritingProxy, run: (client: RegistryClient) => Promise<unknown>): Promise<unknown> {
    const client = new RegistryClient({ registry: proxy.host, access: "push", retry: { retries: 0 } });
    try {
      return await run(client).catch((e: unknown) => e);
    } finally {
      client.close();
      await proxy.close();
    }
  }

  it("another digest than the manifest's is refused, naming registry, repository and tag; no later tag is written", async () => {
    const image = fresh();
    const wrong = `sha256:${"0".repeat(64)}`;
    const proxy = await RewritingProxy.start(registry.port, {
      headers: (method, path, status, headers) => (method === "PUT" && path.includes("/manifests/") && status === 201 ? { ...headers, "docker-content-digest": wrong } : headers),
    });
    const err = await through(proxy, (c) => pushImage(c, "digest/wrong", image, ["sha-1", "main"]));
    expect(err).toBeInstanceOf(RegistryError);
    expect((err as RegistryError).kind).toBe("digest");
    expect((err as RegistryError).message).toContain(`tag sha-1 of ${proxy.host}/digest/wrong: the registry stored the manifest as ${wrong}, not as ${image.digest}`);
    expect(await missing("digest/wrong", "main")).toBe(true);
  });

  it("without Docker-Content-Digest, a HEAD on the digest decides: the manifest as sent passes, an altered one is refused", async () => {
    const image = fresh();
    const noHeader = (method: string, path: string, _status: number, headers: IncomingHttpHeaders): IncomingHttpHeaders => {
      if (method !== "PUT" || !path.includes("/manifests/")) return headers;
      const { "docker-content-digest": _dropped, ...rest } = headers;
      return rest;
    };
    const ok = await RewritingProxy.start(registry.port, { headers: noHeader });
    await registry.settled();
    const start = registry.accessLog().length;
    const report = await through(ok, (c) => pushImage(c, "digest/old-registry", image, ["main"]));
    expect((report as { tags: string[] }).tags).toEqual(["main"]);
    await registry.settled();
    expect(lines(registry.accessLog().slice(start), "digest/old-registry", named(image)).slice(-2)).toEqual(["PUT /manifests/main 201", "HEAD /manifests/<manifest> 200"]);

    // The manifest altered on the way (a byte of whitespace: still valid JSON, another digest).
    const altered = await RewritingProxy.start(registry.port, {
      headers: noHeader,
      body: (method, path, body) => (method === "PUT" && path.includes("/manifests/") ? Buffer.concat([body, Buffer.from(" ")]) : body),
    });
    const other = fresh();
    const err = await through(altered, (c) => pushImage(c, "digest/altered", other, ["sha-1", "main"]));
    expect(err).toBeInstanceOf(RegistryError);
    expect((err as RegistryError).message).toContain(`tag sha-1 of ${altered.host}/digest/altered: the registry accepted the manifest but holds no manifest ${other.digest}`);
    expect(await missing("digest/altered", "main")).toBe(true);
  });
});
