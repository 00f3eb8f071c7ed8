import { spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isSignedBy, loadPublicKey, packArtifact, pullImage, RegistryClient, RegistryError, signatureTag, writeLayout } from "@k8s-gitops/oci";
import { freePort, TestRegistry, toolGate } from "@k8s-gitops/oci/test-support";
import { createServer, type AddressInfo, type Socket } from "node:net";

// gitops push against a real registry: what is pushed was validated (a given layout too), is
// tagged with the commit it was built from, is signed, and does not replace another key's artifact.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const BIN = join(ROOT, "tools/gitops/bin/gitops.mjs");
const TINY = join(ROOT, "tools/gitops/test/fixtures/tiny-cluster");
const COMMIT_A = "a".repeat(40);
const COMMIT_B = "b".repeat(40);
const REPO = "k8s-gitops/cluster-tiny";
// A GitHub token of the right shape, assembled at run time so the source scan stays clean.
const TOKEN = ["ghp", "_wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx"].join("");
const gate = toolGate("docker-registry");

function pem(): string {
  return generateKeyPairSync("ec", { namedCurve: "prime256v1" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
}

describe.skipIf(gate.skip)("gitops push: validated, tagged with its own commit, signed", () => {
  let registry: TestRegistry;
  let client: RegistryClient;
  const key1 = pem();
  const key2 = pem();

  beforeAll(async () => {
    gate.check();
    registry = await TestRegistry.start();
    client = new RegistryClient({ registry: registry.host, access: "pull" });
  });
  afterAll(async () => {
    await registry?.close();
  });

  function gitops(args: string[], env: Record<string, string>) {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("GITOPS_") && !k.startsWith("TINY_")));
    const base = { GITOPS_BRANCH: "main", GITOPS_CREATED: "2025-06-01T10:00:00Z", GITOPS_SOURCE: "https://github.com/monosense-io/k8s-gitops" };
    return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...clean, ...base, ...env }, encoding: "utf8" });
  }
  const push = (env: Record<string, string>, ...args: string[]) => gitops(["push", "--cluster", TINY, "--registry", registry.host, "--retries", "0", ...args], env);
  const tag = async (t: string) => client.getManifest(REPO, t).then((m) => m.digest, (e: unknown) => (e instanceof RegistryError && e.kind === "not-found" ? undefined : Promise.reject(e)));

  it("refuses to push without a key unless --unsigned, and signs with one", { timeout: 120_000 }, async () => {
    const none = push({ GITOPS_COMMIT: COMMIT_A, TINY_VALUE: "one" });
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no signing key: set GITOPS_SIGNING_KEY/);
    expect(await tag("main")).toBeUndefined();

    const r = push({ GITOPS_COMMIT: COMMIT_A, TINY_VALUE: "one", GITOPS_SIGNING_KEY: key1 }, "--json");
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { digest: string; tags: string[]; signature: string; publicKey: string };
    expect(report.tags).toEqual([`sha-${COMMIT_A}`, "main"]);
    expect(await tag("main")).toBe(report.digest);
    const sig = await pullImage(client, REPO, signatureTag(report.digest as `sha256:${string}`));
    expect(isSignedBy(sig, loadPublicKey(report.publicKey), report.digest as `sha256:${string}`)).toBe(true);
    expect(r.stderr).toMatch(/\[tiny\] signing: sha256-[0-9a-f]{64}\.sig/);
  });

  it("does not move a tag off another key's artifact unless --force", { timeout: 120_000 }, async () => {
    const before = await tag("main");
    const r = push({ GITOPS_COMMIT: COMMIT_A, TINY_VALUE: "two", GITOPS_SIGNING_KEY: key2 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/gitops push: cluster tiny: push to .* failed: tag sha-a{40} of .* names sha256:[0-9a-f]{64}, which is signed by another key.*--force/);
    expect(await tag("main")).toBe(before);
    const forced = push({ GITOPS_COMMIT: COMMIT_A, TINY_VALUE: "two", GITOPS_SIGNING_KEY: key2 }, "--force");
    expect(forced.status, forced.stderr).toBe(0);
    expect(await tag("main")).not.toBe(before);
  });

  it("push --layout validates and scans the layout, and tags only the commit it records", { timeout: 120_000 }, async () => {
    const before = await tag("main");
    // A layout no build would write: a leaked token in a file, tagged for this cluster.
    const leaky = packArtifact(
      new Map([
        ["flux/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: []\n"],
        ["components/settings/configmap-leak.yaml", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: leak\n  namespace: default\ndata:\n  token: ${TOKEN}\n`],
      ]),
      { revision: `main@sha1:${COMMIT_A}`, created: "2025-06-01T10:00:00Z", cluster: "tiny" },
    );
    const leakyDir = mkdtempSync(join(tmpdir(), "leaky-"));
    writeLayout(leakyDir, leaky, ["tiny"]);
    const r = push({ GITOPS_COMMIT: COMMIT_A, GITOPS_SIGNING_KEY: key2 }, "--layout", leakyDir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/secret-leak/);
    expect(r.stderr).toMatch(/cluster tiny.*validation failed/);
    expect(r.stderr).not.toContain(TOKEN);
    expect(await tag("main")).toBe(before);

    // A layout built at commit A, pushed from a checkout at B: refused, nothing tagged.
    const out = mkdtempSync(join(tmpdir(), "layout-"));
    const built = gitops(["build", "--cluster", TINY, "--out", out], { GITOPS_COMMIT: COMMIT_A, TINY_VALUE: "three" });
    expect(built.status, built.stderr).toBe(0);
    const moved = push({ GITOPS_COMMIT: COMMIT_B, GITOPS_SIGNING_KEY: key2 }, "--layout", join(out, "oci"));
    expect(moved.status).toBe(1);
    expect(moved.stderr).toMatch(new RegExp(`was built from commit ${COMMIT_A}, the checkout is at ${COMMIT_B}: pushing it would move tag main`));
    expect(await tag(`sha-${COMMIT_B}`)).toBeUndefined();
    expect(await tag("main")).toBe(before);

    // From A's checkout it goes, under A's tags, as its build validated it: the validation
    // record beside the layout names its digests, so the cluster package is not even loaded.
    const ok = push({ GITOPS_COMMIT: COMMIT_A, GITOPS_SIGNING_KEY: key2, TINY_FAIL_ON_LOAD: "1" }, "--layout", join(out, "oci"), "--json");
    expect(ok.status, ok.stderr).toBe(0);
    expect((JSON.parse(ok.stdout) as { tags: string[] }).tags).toEqual([`sha-${COMMIT_A}`, "main"]);
    expect(ok.stderr).toContain(`validated by the build that packed it: ${join(out, "oci", "..", "validation.json")} records its digests`);

    // A record beside a layout it does not describe vouches for nothing: the leaky layout with the
    // good build's validation.json next to it is validated here, and refused.
    const posing = mkdtempSync(join(tmpdir(), "posing-"));
    writeLayout(join(posing, "oci"), leaky, ["tiny"]);
    copyFileSync(join(out, "validation.json"), join(posing, "validation.json"));
    const refused = push({ GITOPS_COMMIT: COMMIT_A, GITOPS_SIGNING_KEY: key2 }, "--layout", join(posing, "oci"));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/secret-leak/);
    expect(refused.stderr).not.toContain("validated by the build that packed it");
  });

  it("push --layout of a fresh layout: 8 requests, as the registry logged them; again: the HEADs and the tags, nothing uploaded", { timeout: 120_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), "requests-"));
    const built = gitops(["build", "--cluster", TINY, "--out", out], { GITOPS_COMMIT: COMMIT_A, TINY_VALUE: "requests" });
    expect(built.status, built.stderr).toBe(0);
    const repo = "k8s-gitops/requests";
    const requests = async (run: () => ReturnType<typeof gitops>): Promise<string[]> => {
      await registry.settled();
      const start = registry.accessLog().length;
      const r = run();
      expect(r.status, r.stderr).toBe(0);
      await registry.settled();
      return registry
        .accessLog()
        .slice(start)
        .map((e) => `${e.method} ${e.path.replace(/\/blobs\/uploads\/[^?]+\?.*$/, "/blobs/uploads/<session>").replace(/sha256:[0-9a-f]{64}/, "<digest>")} ${e.status}`);
    };
    const pushIt = () => push({ GITOPS_COMMIT: COMMIT_A }, "--layout", join(out, "oci"), "--repository", repo, "--unsigned");
    // (skopeo copy of the same layout, one tag, makes 12: two GET /v2/, the layer HEAD twice, POST, PATCH and PUT per blob.)
    expect(await requests(pushIt)).toEqual([
      `HEAD /v2/${repo}/blobs/<digest> 404`,
      `POST /v2/${repo}/blobs/uploads/ 202`,
      `PUT /v2/${repo}/blobs/uploads/<session> 201`,
      `HEAD /v2/${repo}/blobs/<digest> 404`,
      `POST /v2/${repo}/blobs/uploads/ 202`,
      `PUT /v2/${repo}/blobs/uploads/<session> 201`,
      `PUT /v2/${repo}/manifests/sha-${COMMIT_A} 201`,
      `PUT /v2/${repo}/manifests/main 201`,
    ]);
    expect(await requests(pushIt)).toEqual([
      `HEAD /v2/${repo}/blobs/<digest> 200`,
      `HEAD /v2/${repo}/blobs/<digest> 200`,
      `PUT /v2/${repo}/manifests/sha-${COMMIT_A} 201`,
      `PUT /v2/${repo}/manifests/main 201`,
    ]);
    const pushed = await client.getManifest(repo, "main");
    expect(pushed.digest).toBe((await client.getManifest(repo, `sha-${COMMIT_A}`)).digest);
  });

  it("an unreachable or silent registry: one message, the target named once, within --timeout", { timeout: 120_000 }, async () => {
    const port = await freePort();
    const down = gitops(["push", "--cluster", TINY, "--registry", `127.0.0.1:${port}`, "--retries", "1"], { GITOPS_COMMIT: COMMIT_A, GITOPS_SIGNING_KEY: key1 });
    expect(down.status).toBe(1);
    const line = down.stderr.split("\n").find((l) => l.startsWith("gitops push:")) ?? "";
    expect(line).toMatch(/connection refused \(gave up after 2 attempts\)\. Check that the registry is running/);
    expect(line.split(`127.0.0.1:${port}/${REPO}`)).toHaveLength(2);
    expect(line.match(/gave up/g)).toHaveLength(1);

    const sockets: Socket[] = [];
    const silent = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    try {
      const started = Date.now();
      const slow = gitops(["push", "--cluster", TINY, "--registry", `127.0.0.1:${(silent.address() as AddressInfo).port}`, "--timeout", "3s"], { GITOPS_COMMIT: COMMIT_A, GITOPS_SIGNING_KEY: key1 });
      expect(slow.status).toBe(1);
      expect(slow.stderr).toMatch(/time limit \(--timeout\)/);
      // The build takes a few seconds on a busy machine; the registry part is cut at 3 s.
      expect(Date.now() - started).toBeLessThan(60_000);
    } finally {
      for (const s of sockets) s.destroy();
      silent.close();
    }
  });
});

describe("gitops signing-key", () => {
  it("prints the public key and the Flux verify block, never the private key; no key is a usage error", () => {
    const key = pem();
    const run = (args: string[], env: Record<string, string>) => {
      const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("GITOPS_")));
      return spawnSync(process.execPath, [BIN, "signing-key", ...args], { cwd: ROOT, env: { ...clean, ...env }, encoding: "utf8" });
    };
    const r = run(["--json"], { GITOPS_SIGNING_KEY: key });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { publicKey: string; verify: unknown; secretData: Record<string, string> };
    expect(out.verify).toEqual({ provider: "cosign", secretRef: { name: "flux-system-cosign" } });
    expect(out.secretData["cosign.pub"]).toBe(out.publicKey);
    expect(loadPublicKey(out.publicKey).asymmetricKeyDetails?.namedCurve).toBe("prime256v1");
    const text = run([], { GITOPS_SIGNING_KEY: key });
    expect(text.stdout).toMatch(/verify:\n {2}provider: cosign\n {2}secretRef:\n {4}name: flux-system-cosign/);
    expect(text.stdout + r.stdout).not.toContain("PRIVATE KEY");
    const none = run([], {});
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no signing key/);
  });
});
