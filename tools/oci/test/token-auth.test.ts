import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Credentials, packArtifact, pullImage, pushImage, RegistryClient, RegistryError } from "../src/index.ts";
import { sampleMeta, sampleTree, TestRegistry, TokenServer, toolGate } from "./support/index.ts";

const gate = toolGate("docker-registry", "skopeo", "openssl");
const REPO = "k8s-gitops/cluster-apps";
const image = packArtifact(sampleTree({ seed: "token" }), sampleMeta);
const quick = { retries: 1, baseDelayMs: 10, maxDelayMs: 20 };

// Harbor's flow: the registry answers 401 with a Bearer challenge naming the token service;
// the client gets a JWT there with its robot account and retries with it.
describe.skipIf(gate.skip)("bearer token auth against a real registry and token issuer", () => {
  let tokens: TokenServer;
  let registry: TestRegistry;
  beforeAll(async () => {
    gate.check();
    tokens = await TokenServer.start({
      "robot$ci": { password: "ci-secret", actions: ["pull", "push"] },
      "robot$reader": { password: "reader-secret", actions: ["pull"] },
    });
    registry = await TestRegistry.start({ token: tokens.auth });
  });
  afterAll(async () => {
    await registry?.close();
    await tokens?.close();
  });

  const client = (user: string, password: string): RegistryClient =>
    new RegistryClient({ registry: registry.host, credentials: new Credentials(user, password, "test"), access: "push", retry: quick });

  it("pushes with a token from the realm, one token request for the whole push", async () => {
    const report = await pushImage(client("robot$ci", "ci-secret"), REPO, image, ["main"]);
    expect(report.uploaded).toHaveLength(2);
    expect(tokens.requests).toEqual([{ scope: `repository:${REPO}:pull,push`, status: 200 }]);
    await registry.settled();
    expect(registry.blobUploads(REPO)).toBe(2);
  });

  // skopeo runs asynchronously: the token service it calls lives in this very process.
  it("interoperates: skopeo reads what we pushed through the same token service", async () => {
    const { stdout: raw } = await promisify(execFile)("skopeo", ["inspect", "--raw", "--tls-verify=false", "--creds", "robot$reader:reader-secret", `docker://${registry.host}/${REPO}:main`], { encoding: "buffer" });
    expect(raw.equals(image.manifestBytes)).toBe(true);
  });

  it("pulls with a pull-only account but refuses its push as a permission problem (insufficient scope)", async () => {
    const reader = client("robot$reader", "reader-secret");
    expect((await pullImage(new RegistryClient({ registry: registry.host, credentials: new Credentials("robot$reader", "reader-secret", "test") }), REPO, "main")).digest).toBe(image.digest);
    const other = packArtifact(sampleTree({ seed: "token-2" }), sampleMeta);
    const err = await pushImage(reader, REPO, other, ["main"]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect((err as RegistryError).kind).toBe("forbidden");
    expect((err as RegistryError).message).toMatch(/Give the account \(Harbor robot account\) push and pull permission on project "k8s-gitops"/);
  });

  it("reports credentials the token service rejects, without the password", async () => {
    const err = await pushImage(client("robot$ci", "not-the-secret"), REPO, image, ["main"]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect((err as RegistryError).kind).toBe("unauthorized");
    expect((err as RegistryError).message).toMatch(/token request to http:\/\/127\.0\.0\.1:\d+\/token .*rejected the credentials from test \(401\)/);
    expect((err as RegistryError).message).not.toContain("not-the-secret");
  });
});
