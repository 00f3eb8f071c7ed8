import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const BIN = join(ROOT, "tools/gitops/bin/gitops.mjs");

function gitops(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env }, encoding: "utf8" });
}

function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return out;
}

describe("gitops build", () => {
  it("writes byte-identical trees from two directories, time zones and locales", { timeout: 180_000 }, () => {
    const a = mkdtempSync(join(tmpdir(), "build-a-"));
    const b = mkdtempSync(join(tmpdir(), "build-b-"));
    for (const cluster of ["infra", "apps"]) {
      const r1 = gitops(["build", "--cluster", join(ROOT, "clusters", cluster), "--out", join(a, cluster)], { cwd: a, env: { TZ: "UTC", LANG: "C" } });
      expect(r1.status, r1.stderr).toBe(0);
      const r2 = gitops(["build", "--cluster", join(ROOT, "clusters", cluster), "--out", join(b, cluster)], { cwd: b, env: { TZ: "Pacific/Auckland", LANG: "de_DE.UTF-8" } });
      expect(r2.status, r2.stderr).toBe(0);
      const t1 = readTree(join(a, cluster, "tree"));
      const t2 = readTree(join(b, cluster, "tree"));
      expect(t1.size).toBeGreaterThan(10);
      expect([...t1]).toEqual([...t2]);
    }
  });

  it("reports progress naming the cluster", { timeout: 120_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), "build-p-"));
    const r = gitops(["build", "--cluster", "clusters/apps", "--out", out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/\[apps\] rendered \d+ components, \d+ files/);
  });
});

describe("gitops CLI", () => {
  it("lists its commands and has --help for each", { timeout: 180_000 }, () => {
    const help = gitops(["--help"]);
    expect(help.status).toBe(0);
    const names = [...help.stdout.matchAll(/^ {2}([a-z-]+) {2,}/gm)].map((m) => m[1]!);
    expect(names).toEqual(expect.arrayContaining(["build", "graph", "render"]));
    for (const name of names) {
      const r = gitops([name, "--help"]);
      expect(r.status, name).toBe(0);
      expect(r.stdout, name).toMatch(/^Usage: gitops /);
    }
  });

  it("exits 2 on an unknown command or option, naming it", () => {
    const r = gitops(["frobnicate"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
    const o = gitops(["render", "--cluster", "clusters/infra", "--bogus"]);
    expect(o.status).toBe(2);
    expect(o.stderr).toMatch(/unknown option '--bogus'/i);
  });

  it("prints the component graph in dependency order", { timeout: 120_000 }, () => {
    const out = execFileSync(process.execPath, [BIN, "graph", "--cluster", "clusters/infra"], { cwd: ROOT, encoding: "utf8" });
    const lines = out.trim().split("\n");
    const pos = (n: string) => lines.findIndex((l) => l.startsWith(`${n}`));
    expect(pos("external-secrets")).toBeLessThan(pos("external-secrets-store"));
    expect(pos("cert-manager")).toBeLessThan(pos("cert-manager-issuers"));
    expect(lines.find((l) => l.startsWith("cert-manager-issuers"))).toBe("cert-manager-issuers  <- cert-manager, external-secrets-store");
  });

  it("names the cluster package when the folder is not one", () => {
    const r = gitops(["render", "--cluster", tmpdir()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is not a cluster package/);
  });
});

describe("gitops CLI conventions", () => {
  const TINY = join(ROOT, "tools/gitops/test/fixtures/tiny-cluster");
  const GIT_ENV = { GITOPS_COMMIT: "4b825dc642cb6eb9a060e54bf8d69288fbee4904", GITOPS_BRANCH: "main", GITOPS_CREATED: "2025-06-01T10:00:00Z" };

  it("--version prints the package's version; no command prints usage on stderr and exits 2", () => {
    const v = gitops(["--version"]);
    expect(v.status).toBe(0);
    const pkg = JSON.parse(readFileSync(join(ROOT, "tools/gitops/package.json"), "utf8")) as { version: string };
    expect(v.stdout.trim()).toBe(`@k8s-gitops/cli ${pkg.version}`);
    const none = gitops([]);
    expect(none.status).toBe(2);
    expect(none.stdout).toBe("");
    expect(none.stderr).toMatch(/^gitops: build, check and ship/);
  });

  it("build, render and graph report as JSON with --json; progress stays on stderr", { timeout: 60_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), "json-"));
    const b = gitops(["build", "--cluster", TINY, "--out", join(out, "dist"), "--json"], { env: GIT_ENV });
    expect(b.status, b.stderr).toBe(0);
    expect(JSON.parse(b.stdout)).toMatchObject({ cluster: "tiny", files: 7, objects: 5, manifest: expect.stringMatching(/^sha256:/) });
    expect(b.stderr).toMatch(/\[tiny\] rendered/);
    const listed = gitops(["render", "--cluster", TINY, "--list", "--json"]);
    expect((JSON.parse(listed.stdout) as { files: { path: string }[] }).files.map((f) => f.path)).toContain("flux/kustomization.yaml");
    const g = gitops(["graph", "--cluster", TINY, "--json"]);
    expect(JSON.parse(g.stdout)).toEqual({ cluster: "tiny", components: [{ name: "settings", dependsOn: [] }] });
  });

  it("no colour codes with NO_COLOR or into a pipe; an explicit --color still colours", { timeout: 60_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), "colour-"));
    expect(gitops(["build", "--cluster", TINY, "--out", join(out, "dist")], { env: { ...GIT_ENV, TINY_VALUE: "old" } }).status).toBe(0);
    const args = ["diff", "--cluster", TINY, "--against-layout", join(out, "dist/oci")];
    const coloured = gitops([...args, "--color"], { env: { NO_COLOR: "1" } });
    expect(coloured.status, coloured.stderr).toBe(1);
    expect(coloured.stdout).toContain("\x1b[");
    // FORCE_COLOR would colour a pipe; NO_COLOR wins over it, and a pipe alone gets none.
    for (const r of [gitops(args, { env: { NO_COLOR: "1", FORCE_COLOR: "1" } }), gitops(args, { env: { NO_COLOR: "", FORCE_COLOR: "" } })]) {
      expect(r.status, r.stderr).toBe(1);
      expect(r.stdout).toMatch(/value: old/);
      expect(r.stdout + r.stderr).not.toContain("\x1b[");
    }
  });
});
