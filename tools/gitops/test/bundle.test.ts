import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundleFor } from "../bin/launch.mjs";
import { clusterOfArgs } from "../bin/paths.mjs";

// The launcher runs the CLI from an esbuild bundle of the sources (bin/launch.mjs). It must be
// the same program as the sources: a real cluster packs to the same digests either way. And it
// must be remade exactly when an input changes.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const BIN = join(ROOT, "tools/gitops/bin/gitops.mjs");
const GIT_ENV = { GITOPS_COMMIT: "4b825dc642cb6eb9a060e54bf8d69288fbee4904", GITOPS_BRANCH: "main", GITOPS_CREATED: "2025-06-01T10:00:00Z", GITOPS_SOURCE: "https://github.com/monosense-io/k8s-gitops" };

/** The CLI as a child process (two at a time: the machine's two cores). */
function gitopsAsync(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("GITOPS_")));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...clean, ...GIT_ENV, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

describe("the launcher's bundle", () => {
  it("packs both real clusters to the same manifest and layer digests as the sources do", { timeout: 240_000 }, async () => {
    const packs = (env: Record<string, string>) => Promise.all(["infra", "apps"].map((c) => gitopsAsync(["pack", "--cluster", `clusters/${c}`, "--json"], env)));
    const bundled = await packs({});
    const source = await packs({ GITOPS_BUNDLE: "0" });
    for (const [i, c] of ["infra", "apps"].entries()) {
      expect(bundled[i]!.status, bundled[i]!.stderr).toBe(0);
      expect(bundled[i]!.stderr).not.toContain("running from source");
      expect(existsSync(join(ROOT, "clusters", c, "node_modules/.cache/gitops-cli/manifest.json"))).toBe(true);
      expect(source[i]!.status, source[i]!.stderr).toBe(0);
      const a = JSON.parse(bundled[i]!.stdout) as { manifest: string; layer: string; size: number };
      expect(a.manifest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(JSON.parse(source[i]!.stdout), c).toEqual(a);
    }
  });

  it("is made once, kept while its inputs hold (a touched file too), and made again when one changes", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "gitops-launch-"));
    mkdirSync(join(dir, "src"));
    mkdirSync(join(dir, "node_modules"));
    writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "@k8s-gitops/cluster-launch", version: "0.0.0", type: "module" })}\n`);
    const index = join(dir, "src/index.ts");
    writeFileSync(index, `const name: string = "one";\nexport default { name, components: [] };\n`);

    const first = await bundleFor(dir);
    expect(first).toMatch(/node_modules\/\.cache\/gitops-cli\/[0-9a-f]{24}\/entry\.mjs$/);
    expect(await bundleFor(dir)).toBe(first);
    // A checkout that rewrites a file with the same bytes (a new mtime) keeps the bundle.
    const later = new Date(Date.now() + 60_000);
    utimesSync(index, later, later);
    expect(await bundleFor(dir)).toBe(first);
    const manifest = JSON.parse(readFileSync(join(dir, "node_modules/.cache/gitops-cli/manifest.json"), "utf8")) as { inputs: [string, number, number, string][] };
    expect(manifest.inputs.find(([p]) => p === index)?.[2]).toBe(later.getTime());
    // The cluster's own files, the CLI's sources and the lockfile are what a run checks.
    expect(manifest.inputs.map(([p]) => p)).toEqual(expect.arrayContaining([index, join(dir, "package.json"), join(ROOT, "tools/gitops/src/cli.ts"), join(ROOT, "pnpm-lock.yaml")]));

    writeFileSync(index, `const name: string = "two";\nexport default { name, components: [] };\n`);
    const second = await bundleFor(dir);
    expect(second).not.toBe(first);
    // The new bundle holds the new source: the CLI run from it reads the changed cluster.
    const r = spawnSync(process.execPath, [BIN, "graph", "--cluster", dir, "--json"], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('"two"');
    expect(readFileSync(second!, "utf8")).not.toContain('"one"');
  });

  it("is not kept for a folder without node_modules (a fixture): that runs from source", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gitops-launch-bare-"));
    mkdirSync(join(dir, "src"));
    writeFileSync(join(dir, "package.json"), "{}\n");
    writeFileSync(join(dir, "src/index.ts"), "export default {};\n");
    expect(await bundleFor(dir)).toBeUndefined();
  });

  it("reads --cluster the way the commands do: DIR or =DIR, the last one, nothing after --", () => {
    const apps = join(ROOT, "clusters/apps");
    expect(clusterOfArgs(["build", "--cluster", "clusters/apps"], ROOT)).toBe(apps);
    expect(clusterOfArgs(["build", "--cluster=apps"], join(ROOT, "tools"))).toBe(apps);
    expect(clusterOfArgs(["diff", "--cluster", "infra", "--cluster", "apps"], ROOT)).toBe(apps);
    expect(clusterOfArgs(["build"], apps)).toBe(apps);
    expect(clusterOfArgs(["validate", "some/tree"], ROOT)).toBeUndefined();
    expect(clusterOfArgs(["render", "--", "--cluster", "apps"], ROOT)).toBeUndefined();
  });
});
