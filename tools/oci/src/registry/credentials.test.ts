import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { Credentials, CredentialsError, resolveCredentials } from "./credentials.ts";

const SECRET = "s3cr3t-robot-token";

function dockerConfig(content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "docker-"));
  writeFileSync(join(dir, "config.json"), JSON.stringify(content));
  return dir;
}

describe("credentials", () => {
  it("never shows the password when printed, logged or serialised", () => {
    const c = new Credentials("robot$ci", SECRET, "GITOPS_REGISTRY_USERNAME/PASSWORD");
    for (const shown of [String(c), `${c}`, inspect(c), inspect({ c }, { depth: 5 }), JSON.stringify(c), JSON.stringify({ c })]) {
      expect(shown).not.toContain(SECRET);
    }
    expect(c.basic()).toBe(`Basic ${Buffer.from(`robot$ci:${SECRET}`).toString("base64")}`);
  });

  it("takes the environment first, and both variables or neither", () => {
    const env = { GITOPS_REGISTRY_USERNAME: "robot$ci", GITOPS_REGISTRY_PASSWORD: SECRET, HOME: "/nonexistent" };
    expect(resolveCredentials("harbor.example.com", env)?.source).toBe("GITOPS_REGISTRY_USERNAME/PASSWORD");
    expect(() => resolveCredentials("harbor.example.com", { GITOPS_REGISTRY_USERNAME: "robot$ci" })).toThrow(CredentialsError);
  });

  it("reads docker config.json auths (base64 or username/password), matching the host whatever the scheme", () => {
    const dir = dockerConfig({
      auths: {
        "https://harbor.example.com": { auth: Buffer.from(`robot$ci:${SECRET}`).toString("base64") },
        "other.example.com:5000": { username: "u", password: "p" },
      },
    });
    const env = { DOCKER_CONFIG: dir, HOME: "/nonexistent" };
    const c = resolveCredentials("harbor.example.com", env);
    expect(c?.username).toBe("robot$ci");
    expect(c?.basic()).toBe(`Basic ${Buffer.from(`robot$ci:${SECRET}`).toString("base64")}`);
    expect(resolveCredentials("other.example.com:5000", env)?.username).toBe("u");
    expect(resolveCredentials("unknown.example.com", env)).toBeUndefined();
  });

  it("prefers the containers auth file (skopeo/podman login) named by REGISTRY_AUTH_FILE", () => {
    const dir = dockerConfig({ auths: { "harbor.example.com": { username: "from-auth-file", password: "x" } } });
    const env = { REGISTRY_AUTH_FILE: join(dir, "config.json"), HOME: "/nonexistent" };
    expect(resolveCredentials("harbor.example.com", env)?.username).toBe("from-auth-file");
  });

  it("says which credential helper failed instead of going on anonymously", () => {
    const dir = dockerConfig({ credHelpers: { "harbor.example.com": "k8s-gitops-missing-helper" } });
    expect(() => resolveCredentials("harbor.example.com", { DOCKER_CONFIG: dir })).toThrow(/docker-credential-k8s-gitops-missing-helper.*GITOPS_REGISTRY_USERNAME/);
  });
});
