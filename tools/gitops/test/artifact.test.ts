import { spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactFiles, pullImage, readLayout, readTreeDir, RegistryClient, Credentials, writeTreeDir, FLUX_CONFIG, FLUX_CONTENT } from "@k8s-gitops/oci";
import { TestRegistry, toolGate } from "@k8s-gitops/oci/test-support";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const BIN = join(ROOT, "tools/gitops/bin/gitops.mjs");
const COMMIT = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
const GIT_ENV = {
  GITOPS_COMMIT: COMMIT,
  GITOPS_BRANCH: "main",
  GITOPS_CREATED: "2025-06-01T10:00:00+02:00",
  GITOPS_SOURCE: "https://github.com/monosense-io/k8s-gitops",
};
const USER = "robot$ci";
const PASSWORD = "Robot-Secret-For-Tests-42";
const gate = toolGate("docker-registry", "skopeo", "htpasswd", "kubectl");

function gitops(args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("GITOPS_")));
  return spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...clean, ...GIT_ENV, ...env }, encoding: "utf8" });
}

describe("gitops build: the cluster artifact", () => {
  it("writes an OCI layout and a bootstrap folder, reproducibly across folders, time zones and locales", { timeout: 120_000 }, () => {
    const a = mkdtempSync(join(tmpdir(), "art-a-"));
    const b = mkdtempSync(join(tmpdir(), "art-b-"));
    const r1 = gitops(["build", "--cluster", join(ROOT, "clusters/infra"), "--out", join(a, "dist")], { TZ: "UTC", LANG: "C" }, a);
    expect(r1.status, r1.stderr).toBe(0);
    const r2 = gitops(["build", "--cluster", join(ROOT, "clusters/infra"), "--out", join(b, "x", "dist")], { TZ: "Asia/Kathmandu", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8" }, b);
    expect(r2.status, r2.stderr).toBe(0);
    const l1 = readTreeDir(join(a, "dist/oci"));
    const l2 = readTreeDir(join(b, "x/dist/oci"));
    expect([...l2.keys()]).toEqual([...l1.keys()]);
    for (const [p, bytes] of l1) expect(Buffer.compare(l2.get(p)!, bytes), p).toBe(0);

    const image = readLayout(join(a, "dist/oci"), "infra");
    expect(image.manifest.config.mediaType).toBe(FLUX_CONFIG);
    expect(image.manifest.layers.map((l) => l.mediaType)).toEqual([FLUX_CONTENT]);
    expect(image.manifest.annotations).toMatchObject({
      "org.opencontainers.image.revision": `main@sha1:${COMMIT}`,
      "org.opencontainers.image.created": "2025-06-01T08:00:00Z",
      "org.opencontainers.image.source": "https://github.com/monosense-io/k8s-gitops",
      "io.k8s-gitops.cluster": "infra",
    });
    expect(image.manifest.annotations?.["io.k8s-gitops.packages"]).toMatch(/@k8s-gitops\/[a-z-]+@\d+\.\d+\.\d+/);
    // The layer holds exactly the rendered tree.
    const files = artifactFiles(image);
    const tree = readTreeDir(join(a, "dist/tree"));
    expect([...files.keys()]).toEqual([...tree.keys()]);
    const bootstrap = readdirSync(join(a, "dist/bootstrap")).sort();
    expect(bootstrap).toEqual(["0-talos", "1-crds", "2-network", "3-secrets", "4-flux", "README.md", "bootstrap.sh"]);
    expect(readFileSync(join(a, "dist/bootstrap/4-flux/ocirepository-flux-system.yaml"), "utf8")).toContain("url: oci://harbor.monosense.io/k8s-gitops/cluster-infra");
  });

  it("gitops pack prints the same digests as the build's layout", { timeout: 60_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), "pack-"));
    const built = gitops(["build", "--cluster", "clusters/apps", "--out", out]);
    expect(built.status, built.stderr).toBe(0);
    const packed = gitops(["pack", "--cluster", "clusters/apps", "--json"], { TZ: "America/St_Johns" });
    expect(packed.status, packed.stderr).toBe(0);
    const { manifest, layer } = JSON.parse(packed.stdout) as { manifest: string; layer: string };
    const image = readLayout(join(out, "oci"), "apps");
    expect(manifest).toBe(image.digest);
    expect(layer).toBe(image.manifest.layers[0]!.digest);
  });
});

describe.skipIf(gate.skip)("gitops push and diff against a real registry", () => {
  let registry: TestRegistry;
  const creds = { GITOPS_REGISTRY_USERNAME: USER, GITOPS_REGISTRY_PASSWORD: PASSWORD };
  const out = mkdtempSync(join(tmpdir(), "push-out-"));
  // Every push is signed; the key is the test's own.
  const signingKey = generateKeyPairSync("ec", { namedCurve: "prime256v1" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const push = (env: Record<string, string>, ...args: string[]) =>
    gitops(["push", "--cluster", "clusters/infra", "--out", out, "--registry", registry.host, "--retries", "1", ...args], { GITOPS_SIGNING_KEY: signingKey, ...env });

  beforeAll(async () => {
    gate.check();
    registry = await TestRegistry.start({ users: { [USER]: PASSWORD } });
  });
  afterAll(async () => registry?.close());

  it("pushes with tags per commit and per branch, then uploads nothing when unchanged", { timeout: 120_000 }, async () => {
    const first = push(creds);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/2 blob\(s\) uploaded .* tags sha-4b825dc642cb6eb9a060e54bf8d69288fbee4904, main/);
    const tags = spawnSync("skopeo", ["list-tags", "--tls-verify=false", "--creds", `${USER}:${PASSWORD}`, `docker://${registry.host}/k8s-gitops/cluster-infra`], { encoding: "utf8" });
    const listed = (JSON.parse(tags.stdout) as { Tags: string[] }).Tags.sort();
    // The two tags, and the cosign signature stored beside them.
    expect(listed.filter((t) => !t.endsWith(".sig"))).toEqual(["main", `sha-${COMMIT}`]);
    expect(listed.filter((t) => t.endsWith(".sig"))).toEqual([expect.stringMatching(/^sha256-[0-9a-f]{64}\.sig$/)]);
    await registry.settled();
    const uploads = registry.blobUploads();
    const again = push(creds);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain("0 blob(s) uploaded");
    await registry.settled();
    expect(registry.blobUploads()).toBe(uploads);
    for (const r of [first, again]) expect(`${r.stdout}${r.stderr}`).not.toContain(PASSWORD);
  });

  it("hands kubectl kustomize a pulled artifact whose every folder builds", { timeout: 120_000 }, async () => {
    const client = new RegistryClient({ registry: registry.host, credentials: new Credentials(USER, PASSWORD, "test") });
    const files = artifactFiles(await pullImage(client, "k8s-gitops/cluster-infra", "main"));
    const dir = join(mkdtempSync(join(tmpdir(), "pulled-")), "artifact");
    writeTreeDir(dir, files);
    const folders = ["flux", ...readdirSync(join(dir, "components")).map((c) => `components/${c}`)];
    expect(folders.length).toBeGreaterThan(2);
    for (const folder of folders) {
      // Some folders hold large CRDs (Fluent Bit's alone is megabytes): more than spawnSync's 1 MiB default.
      const built = spawnSync("kubectl", ["kustomize", join(dir, folder)], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
      expect(built.status, `${folder}: ${built.stderr}`).toBe(0);
      expect(built.stdout, folder).toMatch(/^apiVersion: /m);
    }
  });

  it("diff: 0 against the pushed tag, 1 with the changed objects against an older tree, 2 on errors", { timeout: 120_000 }, () => {
    const same = gitops(["diff", "--cluster", "clusters/infra", "--registry", registry.host], creds);
    expect(same.status, same.stderr).toBe(0);
    expect(same.stdout).toMatch(/^cluster infra against .*:main@sha256:[0-9a-f]{64}: 0 added, 0 removed, 0 changed, \d+ unchanged\n$/);

    const older = join(mkdtempSync(join(tmpdir(), "older-")), "tree");
    const tree = readTreeDir(join(out, "tree"));
    const [firstComponentFile] = [...tree.keys()].filter((p) => p.startsWith("components/") && !p.endsWith("kustomization.yaml"));
    const edited = new Map(tree);
    const text = Buffer.from(tree.get(firstComponentFile!)!).toString().replace(/^metadata:\n/m, "metadata:\n  annotations:\n    old: \"yes\"\n");
    edited.set(firstComponentFile!, Buffer.from(text));
    edited.set("components/retired/configmap-retired.yaml", Buffer.from("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: retired\n  namespace: default\n"));
    writeTreeDir(older, edited);
    const changed = gitops(["diff", "--cluster", "clusters/infra", "--against-tree", older]);
    expect(changed.status, changed.stderr).toBe(1);
    expect(changed.stdout).toMatch(/0 added, 1 removed, 1 changed/);
    expect(changed.stdout).toContain("- removed ConfigMap default/retired");
    expect(changed.stdout).toContain('-    old: "yes"');

    const missing = gitops(["diff", "--cluster", "clusters/infra", "--registry", registry.host, "--tag", "nope"], creds);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cluster infra: download of manifest nope from .*: no such tag/);
    const firstPush = gitops(["diff", "--cluster", "clusters/infra", "--registry", registry.host, "--tag", "nope", "--missing-ok", "--stat"], creds);
    expect(firstPush.status).toBe(1);
    expect(firstPush.stdout).toMatch(/\d+ added, 0 removed, 0 changed, 0 unchanged/);
  });

  it("fails with exit 1 and what to do on a wrong password, never printing it", { timeout: 120_000 }, () => {
    const wrong = "Definitely-Wrong-Password-7";
    const r = push({ GITOPS_REGISTRY_USERNAME: USER, GITOPS_REGISTRY_PASSWORD: wrong });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/gitops push: cluster infra: push to 127\.0\.0\.1:\d+\/k8s-gitops\/cluster-infra failed: .*rejected the credentials from GITOPS_REGISTRY_USERNAME\/PASSWORD \(401\)\. Check the robot account/);
    expect(`${r.stdout}${r.stderr}`).not.toContain(wrong);
  });

  it("fails with exit 1 and what to do when the registry is down; a re-run then succeeds", { timeout: 180_000 }, async () => {
    await registry.stop();
    try {
      const r = push(creds);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/cluster infra: push to .* failed: .*connection refused \(gave up after 2 attempts\)\. Check that the registry is running/);
    } finally {
      await registry.restart();
    }
    expect(push(creds).status).toBe(0);
  });

  it("reads credentials from a docker config.json", { timeout: 120_000 }, () => {
    const dockerConfig = mkdtempSync(join(tmpdir(), "docker-"));
    writeFileSync(join(dockerConfig, "config.json"), JSON.stringify({ auths: { [registry.host]: { auth: Buffer.from(`${USER}:${PASSWORD}`).toString("base64") } } }));
    const r = push({ DOCKER_CONFIG: dockerConfig, HOME: dockerConfig });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`credentials from ${join(dockerConfig, "config.json")}`);
  });
});
