import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { artifactFiles, readLayout, readTreeDir } from "@k8s-gitops/oci";

// The build's promises, held with real child processes, a real filesystem and real signals:
// what is validated is what is packed is what is written, and dist/ is always one complete build.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const BIN = join(ROOT, "tools/gitops/bin/gitops.mjs");
const TINY = join(ROOT, "tools/gitops/test/fixtures/tiny-cluster");
const GIT_ENV = { GITOPS_COMMIT: "4b825dc642cb6eb9a060e54bf8d69288fbee4904", GITOPS_BRANCH: "main", GITOPS_CREATED: "2025-06-01T10:00:00Z", GITOPS_SOURCE: "https://github.com/monosense-io/k8s-gitops" };
// A GitHub token of the right shape, assembled at run time so the source scan stays clean.
const TOKEN = ["ghp", "_wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx"].join("");

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("GITOPS_") && !k.startsWith("TINY_")));
  return { ...clean, ...GIT_ENV, ...extra };
}

function build(out: string, extra: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, "build", "--cluster", TINY, "--out", out], { env: env(extra), encoding: "utf8" });
}

interface Record_ {
  ok: boolean;
  validated: { manifest: string; layer: string };
  results: Record<string, unknown>[];
}

/** Everything of one build, and whether its parts belong together. */
function consistent(dist: string): { value: string; files: number } {
  const image = readLayout(join(dist, "oci"), "tiny");
  const packed = artifactFiles(image);
  const tree = readTreeDir(join(dist, "tree"));
  expect([...tree.keys()]).toEqual([...packed.keys()]);
  for (const [p, bytes] of tree) expect(Buffer.compare(bytes, packed.get(p)!), p).toBe(0);
  const record = JSON.parse(readFileSync(join(dist, "validation.json"), "utf8")) as Record_;
  expect(record.ok).toBe(true);
  expect(record.validated).toEqual({ manifest: image.digest, layer: image.manifest.layers[0]!.digest });
  const first = [...tree.keys()].find((k) => k.includes("settings-00000"));
  const sample = first ? Buffer.from(tree.get(first)!).toString("utf8") : "";
  return { value: /value: (\S+)/.exec(sample)?.[1] ?? "?", files: tree.size };
}

describe("gitops build: what is validated is what is packed is what is written", () => {
  it("records the digests of the artifact it validated, without a duration, and tree/ holds exactly the layer's files", { timeout: 60_000 }, () => {
    const out = join(mkdtempSync(join(tmpdir(), "build-rec-")), "dist");
    const r = build(out);
    expect(r.status, r.stderr).toBe(0);
    expect(consistent(out).value).toBe("one");
    const record = JSON.parse(readFileSync(join(out, "validation.json"), "utf8")) as Record_;
    expect(Object.keys(record.results[0]!)).not.toContain("durationMs");
    // The duration is printed instead.
    expect(r.stderr).toMatch(/validated \d+ objects in \d+ ms/);
    // Two builds of the same commit: byte-identical output, validation.json included.
    const again = join(mkdtempSync(join(tmpdir(), "build-rec-")), "dist");
    expect(build(again).status).toBe(0);
    expect(readFileSync(join(again, "validation.json"), "utf8")).toBe(readFileSync(join(out, "validation.json"), "utf8"));
  });

  it("a failed validation leaves the previous build exactly as it was", { timeout: 60_000 }, () => {
    const out = join(mkdtempSync(join(tmpdir(), "build-fail-")), "dist");
    expect(build(out).status).toBe(0);
    const before = readTreeDir(out);
    const r = build(out, { TINY_VALUE: TOKEN });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/secret-leak|GitHub/i);
    expect(r.stderr).toMatch(/cluster tiny.*validation failed with \d+ errors?: nothing was written or packed/);
    expect(r.stderr).not.toContain(TOKEN);
    const after = readTreeDir(out);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [p, bytes] of before) expect(Buffer.compare(after.get(p)!, bytes), p).toBe(0);
    expect(readdirSync(dirname(out))).toEqual(["dist"]);
  });

  it("a credential in the source annotation fails the build, naming the annotation, and writes nothing", { timeout: 60_000 }, () => {
    const out = join(mkdtempSync(join(tmpdir(), "build-ann-")), "dist");
    const r = build(out, { GITOPS_SOURCE: `https://github.com/${TOKEN}/k8s-gitops` });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cluster tiny.*manifest annotation org\.opencontainers\.image\.source holds a credential/);
    expect(r.stderr).not.toContain(TOKEN);
    expect(existsSync(out)).toBe(false);
    // Userinfo and query are dropped, not refused: the artifact records the clean URL.
    const ok = build(out, { GITOPS_SOURCE: `HTTPS://ci:${TOKEN}@GitHub.com/monosense-io/k8s-gitops.git?private_token=${TOKEN}#x` });
    expect(ok.status, ok.stderr).toBe(0);
    expect(readLayout(join(out, "oci"), "tiny").manifest.annotations?.["org.opencontainers.image.source"]).toBe("https://github.com/monosense-io/k8s-gitops");
  });

  it("SIGKILL at any moment of a build leaves dist/ one complete build, and the next build cleans up", { timeout: 180_000 }, async () => {
    const out = join(mkdtempSync(join(tmpdir(), "build-kill-")), "dist");
    expect(build(out).status).toBe(0);
    const parent = dirname(out);
    let killedMidway = 0;
    // Kill points: the moment the build first touches the output's folder, then later and later.
    for (const delayMs of [0, 2, 10, 40, 100]) {
      const child = spawn(process.execPath, [BIN, "build", "--cluster", TINY, "--out", out], { env: env({ TINY_VALUE: `v${delayMs}`, TINY_FILES: "1500" }), stdio: "ignore" });
      const exited = new Promise((r) => child.once("exit", r));
      const mark = `${readdirSync(parent).join(",")}|${statSync(out, { throwIfNoEntry: false })?.ino ?? "-"}|${statSync(join(out, "tree"), { throwIfNoEntry: false })?.mtimeMs ?? "-"}`;
      // Poll the filesystem for the build's first write there, then kill it, hard.
      for (let i = 0; i < 20_000 && child.exitCode === null; i++) {
        const now = `${readdirSync(parent).join(",")}|${statSync(out, { throwIfNoEntry: false })?.ino ?? "-"}|${statSync(join(out, "tree"), { throwIfNoEntry: false })?.mtimeMs ?? "-"}`;
        if (now !== mark) break;
        await sleep(1);
      }
      if (delayMs) await sleep(delayMs);
      if (child.exitCode === null) killedMidway++;
      child.kill("SIGKILL");
      await exited;
      // Whatever the moment, dist/ is complete: the old build or the new one, never a mix.
      expect(["one", ...[0, 2, 10, 40, 100].map((d) => `v${d}`)]).toContain(consistent(out).value);
    }
    // The kills landed while the builds were running (a 1500-file build takes seconds).
    expect(killedMidway).toBeGreaterThanOrEqual(4);
    // Leftovers of killed builds are hidden from git (…/dist) and removed by the next build.
    const ok = build(out, { TINY_VALUE: "final" });
    expect(ok.status, ok.stderr).toBe(0);
    expect(consistent(out).value).toBe("final");
    expect(readdirSync(parent)).toEqual(["dist"]);
  });

  it("the commit is an input of every cluster build (as Nx resolves it), so Nx never restores another commit's dist/", { timeout: 60_000 }, () => {
    const nx = JSON.parse(readFileSync(join(ROOT, "nx.json"), "utf8")) as { namedInputs: Record<string, unknown[]> };
    const expand = (inputs: unknown[]): unknown[] => inputs.flatMap((i) => (typeof i === "string" && nx.namedInputs[i] ? expand(nx.namedInputs[i]) : [i]));
    for (const project of ["cluster-infra", "cluster-apps"]) {
      const r = spawnSync(process.execPath, [join(ROOT, "node_modules/nx/bin/nx.js"), "show", "project", project, "--json"], { cwd: ROOT, env: { ...process.env, NX_DAEMON: "false" }, encoding: "utf8" });
      expect(r.status, r.stderr).toBe(0);
      const inputs = expand((JSON.parse(r.stdout) as { targets: { build: { inputs: unknown[] } } }).targets.build.inputs);
      expect(inputs, project).toContainEqual({ runtime: expect.stringMatching(/^git rev-parse HEAD/) });
      for (const v of ["GITOPS_COMMIT", "GITOPS_BRANCH", "GITOPS_CREATED", "GITOPS_SOURCE"]) expect(inputs, project).toContainEqual({ env: v });
    }
  });
});
