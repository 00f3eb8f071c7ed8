import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  artifactFiles,
  Credentials,
  FLUX_CONFIG,
  FLUX_CONTENT,
  packArtifact,
  pullImage,
  pushImage,
  readLayout,
  RegistryClient,
  RegistryError,
  resolveCredentials,
  writeLayout,
} from "../src/index.ts";
import { sampleMeta, sampleTree, TestRegistry, toolGate } from "./support/index.ts";

const USER = "robot$ci";
const PASSWORD = "Harbor-Robot-Secret-4711";
const REPO = "k8s-gitops/cluster-infra";
const gate = toolGate("docker-registry", "skopeo", "htpasswd");
const image = packArtifact(sampleTree({ bulk: 64 * 1024 }), sampleMeta);
const creds = new Credentials(USER, PASSWORD, "test");
const quick = { retries: 1, baseDelayMs: 10, maxDelayMs: 20 };

describe.skipIf(gate.skip)("push and pull against a real registry (htpasswd basic auth)", () => {
  let registry: TestRegistry;
  let client: RegistryClient;
  beforeAll(async () => {
    gate.check();
    registry = await TestRegistry.start({ users: { [USER]: PASSWORD } });
    client = new RegistryClient({ registry: registry.host, credentials: creds, access: "push", retry: quick });
  });
  afterAll(async () => registry?.close());

  const skopeoCreds = (): string[] => ["--creds", `${USER}:${PASSWORD}`, "--tls-verify=false"];

  it("pushes blobs, then the manifest, then the tags; skopeo sees Flux's media types", async () => {
    const report = await pushImage(client, REPO, image, ["sha-0123456789ab", "main"]);
    expect(report.uploaded).toHaveLength(2);
    await registry.settled();
    expect(registry.blobUploads(REPO)).toBe(2);
    const raw = execFileSync("skopeo", ["inspect", "--raw", ...skopeoCreds(), `docker://${registry.host}/${REPO}:main`]);
    expect(raw.equals(image.manifestBytes)).toBe(true);
    const m = JSON.parse(raw.toString()) as { config: { mediaType: string }; layers: { mediaType: string }[]; annotations: Record<string, string> };
    expect(m.config.mediaType).toBe(FLUX_CONFIG);
    expect(m.layers[0]!.mediaType).toBe(FLUX_CONTENT);
    expect(m.annotations["org.opencontainers.image.revision"]).toBe(sampleMeta.revision);
    const tags = JSON.parse(execFileSync("skopeo", ["list-tags", ...skopeoCreds(), `docker://${registry.host}/${REPO}`], { encoding: "utf8" })) as { Tags: string[] };
    expect(tags.Tags.sort()).toEqual(["main", "sha-0123456789ab"]);
  });

  it("uploads nothing when pushed again unchanged (counted in the registry's access log)", async () => {
    await registry.settled();
    const before = { puts: registry.blobUploads(), posts: registry.uploadStarts() };
    const report = await pushImage(client, REPO, image, ["sha-0123456789ab", "main"]);
    expect(report.uploaded).toEqual([]);
    expect(report.present).toHaveLength(2);
    await registry.settled();
    expect(registry.blobUploads()).toBe(before.puts);
    expect(registry.uploadStarts()).toBe(before.posts);
  });

  it("lets skopeo copy what we pushed into a layout we read back identically", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "skopeo-pull-")), "oci");
    execFileSync("skopeo", ["copy", "--quiet", "--src-creds", `${USER}:${PASSWORD}`, "--src-tls-verify=false", `docker://${registry.host}/${REPO}:main`, `oci:${dir}:main`]);
    const copied = readLayout(dir, "main");
    expect(copied.digest).toBe(image.digest);
    expect(artifactFiles(copied)).toEqual(artifactFiles(image));
  });

  it("pulls what skopeo pushed", async () => {
    const other = packArtifact(sampleTree({ seed: "skopeo", replicas: 5 }), sampleMeta);
    const dir = join(mkdtempSync(join(tmpdir(), "skopeo-push-")), "oci");
    writeLayout(dir, other, ["x"]);
    execFileSync("skopeo", ["copy", "--quiet", "--dest-creds", `${USER}:${PASSWORD}`, "--dest-tls-verify=false", `oci:${dir}:x`, `docker://${registry.host}/k8s-gitops/from-skopeo:v1`]);
    const pulled = await pullImage(client, "k8s-gitops/from-skopeo", "v1");
    expect(pulled.digest).toBe(other.digest);
    expect(Buffer.from(artifactFiles(pulled).get("components/app/deployment-app.yaml")!).toString()).toContain("replicas: 5");
  });

  it("reads credentials from a docker config.json", async () => {
    const dockerConfig = mkdtempSync(join(tmpdir(), "docker-config-"));
    const auth = Buffer.from(`${USER}:${PASSWORD}`).toString("base64");
    writeFileSync(join(dockerConfig, "config.json"), JSON.stringify({ auths: { [`https://${registry.host}`]: { auth } } }));
    const found = resolveCredentials(registry.host, { DOCKER_CONFIG: dockerConfig, HOME: dockerConfig });
    expect(found?.source).toBe(join(dockerConfig, "config.json"));
    const viaConfig = new RegistryClient({ registry: registry.host, credentials: found, retry: quick });
    expect((await pullImage(viaConfig, REPO, "main")).digest).toBe(image.digest);
  });

  it("says that credentials are needed when anonymous", async () => {
    const anonymous = new RegistryClient({ registry: registry.host, retry: quick });
    const err = await pullImage(anonymous, REPO, "main").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect((err as RegistryError).kind).toBe("unauthorized");
    expect((err as RegistryError).message).toMatch(/requires credentials \(401\).*GITOPS_REGISTRY_USERNAME/);
  });

  it("rejects a wrong password at once, without retrying and without printing any secret", async () => {
    const wrong = "Wrong-Secret-0815";
    await registry.settled();
    const before = registry.accessLog().length;
    const bad = new RegistryClient({ registry: registry.host, credentials: new Credentials(USER, wrong, "GITOPS_REGISTRY_USERNAME/PASSWORD"), access: "push", retry: { retries: 3, baseDelayMs: 10, maxDelayMs: 20 } });
    const err = await pushImage(bad, REPO, image, ["main"]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect((err as RegistryError).kind).toBe("unauthorized");
    const printed = `${(err as Error).message} ${inspect(err)} ${JSON.stringify(err)} ${inspect(bad)}`;
    expect(printed).toContain("rejected the credentials from GITOPS_REGISTRY_USERNAME/PASSWORD");
    for (const secret of [wrong, Buffer.from(`${USER}:${wrong}`).toString("base64")]) expect(printed).not.toContain(secret);
    // One anonymous request, one with the credentials: no retry of a 401.
    await registry.settled();
    expect(registry.accessLog().length - before).toBe(2);
  });
});
