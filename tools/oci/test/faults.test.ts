import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo, type Socket } from "node:net";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { packArtifact, pullImage, pushImage, RegistryClient, RegistryError, type Image } from "../src/index.ts";
import { FaultProxy, sampleMeta, sampleTree, TestRegistry, toolGate } from "./support/index.ts";

const gate = toolGate("docker-registry");
const quick = { retries: 3, baseDelayMs: 20, maxDelayMs: 100 };
let n = 0;
/** A fresh artifact per test (its own layer), so no test sees another's blobs. */
const fresh = (): Image => packArtifact(sampleTree({ seed: `fault-${n++}`, bulk: 256 * 1024 }), sampleMeta);

async function failure(p: Promise<unknown>): Promise<RegistryError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(RegistryError);
  return err as RegistryError;
}

describe.skipIf(gate.skip)("registry faults", () => {
  let registry: TestRegistry;
  let proxy: FaultProxy;
  let viaProxy: RegistryClient;
  let direct: RegistryClient;
  beforeAll(async () => {
    gate.check();
    registry = await TestRegistry.start();
    proxy = await FaultProxy.start(registry.port);
    viaProxy = new RegistryClient({ registry: proxy.host, access: "push", retry: quick });
    direct = new RegistryClient({ registry: registry.host, access: "push", retry: quick });
  });
  afterEach(() => proxy?.pass());
  afterAll(async () => {
    await proxy?.close();
    await registry?.close();
  });

  const tagMissing = async (repo: string, tag: string): Promise<void> => {
    expect((await failure(direct.getManifest(repo, tag))).kind).toBe("not-found");
  };

  it("registry down: fails after retries with what to do, and works once the registry is back", async () => {
    const image = fresh();
    await registry.stop();
    try {
      const err = await failure(pushImage(direct, "fault/down", image, ["main"]));
      expect(err.kind).toBe("unreachable");
      expect(err.message).toMatch(/connection refused \(gave up after 4 attempts\)\. Check that the registry is running/);
    } finally {
      await registry.restart();
    }
    expect((await pushImage(direct, "fault/down", image, ["main"])).tags).toEqual(["main"]);
  });

  it("connection reset mid-upload: retried with a new upload session, and the push succeeds", async () => {
    const image = fresh();
    proxy.cut(64 * 1024, 1);
    const report = await pushImage(viaProxy, "fault/reset-once", image, ["main"]);
    expect(proxy.cuts).toBeGreaterThanOrEqual(1);
    expect(report.tags).toEqual(["main"]);
    expect((await pullImage(direct, "fault/reset-once", "main")).digest).toBe(image.digest);
  });

  it("connection reset on every try: fails, leaves no tag, and the re-run uploads only what is missing", async () => {
    const image = fresh();
    const repo = "fault/reset-always";
    proxy.cut(64 * 1024, Number.POSITIVE_INFINITY);
    const err = await failure(pushImage(viaProxy, repo, image, ["sha-1", "main"]));
    expect(err.kind).toBe("unreachable");
    expect(err.message).toMatch(/upload of blob .* failed \(ECONNRESET\) \(gave up after 4 attempts\)\. .*run the command again/);
    await tagMissing(repo, "main");
    await tagMissing(repo, "sha-1");
    await registry.settled();
    const config = registry.blobUploads(repo);
    expect(config).toBe(1); // the small config blob made it; the layer never did
    proxy.pass();
    const report = await pushImage(viaProxy, repo, image, ["sha-1", "main"]);
    expect(report.present).toEqual([image.manifest.config.digest]);
    expect(report.uploaded).toEqual([image.manifest.layers[0]!.digest]);
    await registry.settled();
    expect(registry.blobUploads(repo)).toBe(2);
  });

  it("5xx mid-push (registry storage failing): fails without a tag, then succeeds once repaired", async () => {
    const image = fresh();
    const repo = "fault/server-error";
    // The registry cannot create the repository's upload folder: a real 500 from Distribution.
    const repoDir = join(registry.storage, "docker/registry/v2/repositories", repo);
    mkdirSync(join(repoDir, ".."), { recursive: true });
    writeFileSync(repoDir, "not a folder");
    try {
      const err = await failure(pushImage(direct, repo, image, ["main"]));
      expect(err.kind).toBe("server");
      expect(err.status).toBe(500);
      expect(err.message).toMatch(/answered 500 .*\(gave up after 4 attempts\)\. The registry is failing/);
    } finally {
      rmSync(repoDir);
    }
    await tagMissing(repo, "main");
    expect((await pushImage(direct, repo, image, ["main"])).tags).toEqual(["main"]);
  });

  it("digest mismatch: a corrupted blob in the registry is refused on pull", async () => {
    const image = fresh();
    const repo = "fault/corrupt";
    await pushImage(direct, repo, image, ["main"]);
    const file = registry.blobDataPath(image.manifest.layers[0]!.digest);
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(100) ^ 0xff, 100);
    writeFileSync(file, bytes);
    const err = await failure(pullImage(direct, repo, "main"));
    expect(err.kind).toBe("digest");
    expect(err.message).toMatch(/download of blob sha256:.* the content's digest is sha256:.*corrupt/);
  });

  it("one retry layer: the registry dying mid-upload is retried retries+1 times in all, and said once", async () => {
    const image = fresh();
    const repo = "fault/one-layer";
    proxy.cut(64 * 1024, Number.POSITIVE_INFINITY);
    const notices: string[] = [];
    let stopping: Promise<void> | undefined;
    // The first upload is cut by the proxy; then the registry dies for real, so the check the
    // upload loop makes before its next try (HEAD: did it arrive after all?) fails too. Nested
    // retries would retry that check inside each try of the upload.
    const client = new RegistryClient({
      registry: proxy.host,
      access: "push",
      retry: { retries: 3, baseDelayMs: 400, maxDelayMs: 400 },
      onRetry: (m) => {
        notices.push(m);
        stopping ??= registry.stop();
      },
    });
    try {
      const err = await failure(pushImage(client, repo, image, ["main"]));
      expect(notices).toHaveLength(3);
      expect(err.message.match(/gave up after/g)).toHaveLength(1);
      expect(err.message).toMatch(/\(gave up after 4 attempts\)/);
    } finally {
      await stopping;
      await registry.restart();
    }
  });

  it("disk full: the message says what the registry answered, without retrying", async (ctx) => {
    const image = fresh();
    const repo = "fault/disk-full";
    // A 64 KiB tmpfs over the registry's upload folder: Distribution's own ENOSPC, as on a full disk.
    const uploads = join(registry.storage, "docker/registry/v2/repositories", repo, "_uploads");
    mkdirSync(uploads, { recursive: true });
    const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", uploads], { encoding: "utf8" });
    if (mounted.status !== 0) {
      // Needs root (CI runs as root); a laptop without it skips loudly rather than passing.
      if (process.env.CI === "true") throw new Error(`cannot mount a tmpfs for the disk-full test: ${mounted.stderr}`);
      process.stderr.write(`\n!!! disk-full test skipped: cannot mount a tmpfs (${mounted.stderr.trim()}) !!!\n`);
      ctx.skip();
      return;
    }
    try {
      await registry.settled();
      const before = registry.uploadStarts(repo);
      const err = await failure(pushImage(direct, repo, image, ["main"]));
      expect(err.kind).toBe("rejected");
      expect(err.message).toMatch(/storage is full \(no space left on device\).*answered 500 .*no space left on device.*Free space on the registry's storage or raise the project's quota/);
      expect(err.message).not.toMatch(/gave up after/);
      await registry.settled();
      expect(registry.uploadStarts(repo) - before).toBe(2); // config (fits) and layer, once each
    } finally {
      // Lazy: the registry may still hold a file of the failed upload open.
      spawnSync("umount", ["-l", uploads]);
    }
    await tagMissing(repo, "main");
  });

  it("a total deadline: a registry that accepts and never answers fails the whole push in time", async () => {
    // A real TCP server that takes connections and never answers: per-request timeouts alone
    // would wait 120 s per try.
    const sockets: Socket[] = [];
    const silent = createServer((s) => sockets.push(s));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as AddressInfo).port;
    try {
      const started = Date.now();
      const client = new RegistryClient({ registry: `127.0.0.1:${port}`, access: "push", retry: quick, deadline: Date.now() + 1500 });
      const err = await failure(pushImage(client, "fault/deadline", fresh(), ["main"]));
      const took = Date.now() - started;
      expect(took).toBeLessThan(4000);
      expect(err.kind).toBe("timeout");
      expect(err.message).toMatch(/time limit \(--timeout\)/);
    } finally {
      for (const s of sockets) s.destroy();
      silent.close();
    }
  });
});
