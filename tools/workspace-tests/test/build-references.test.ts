// The libraries build in one `tsc -b tsconfig.build.json` (the release's first step): their
// build configs must be a project-reference graph that follows package.json. The sync script
// keeps it so; here it must find the repository in order, and must find a workspace whose
// references lag behind a new dependency.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../src/run.ts";
import { REPO_ROOT } from "../src/workspace.ts";

const SCRIPT = join(REPO_ROOT, "scripts/sync-build-references.mjs");
const scratch: string[] = [];
afterAll(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

function sync(root: string, ...args: string[]) {
  return run(process.execPath, [SCRIPT, "--root", root, ...args], { cwd: root, allowFailure: true });
}

function write(root: string, file: string, value: unknown): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), typeof value === "string" ? value : `${JSON.stringify(value, null, 2)}\n`);
}

function readJson(root: string, file: string): { compilerOptions?: Record<string, unknown>; references?: { path: string }[] } {
  return JSON.parse(readFileSync(join(root, file), "utf8"));
}

describe("the libraries' project references", () => {
  it("follow every library's workspace dependencies in this repository", async () => {
    const r = await sync(REPO_ROOT, "--check");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // Spot check against package.json: cert-manager depends on core (a peer) and external-secrets.
    const certManager = readJson(REPO_ROOT, "packages/infrastructure/cert-manager/tsconfig.build.json");
    expect(certManager.compilerOptions).toMatchObject({ composite: true, tsBuildInfoFile: "dist/tsconfig.build.tsbuildinfo" });
    expect(certManager.references?.map((x) => x.path)).toEqual(expect.arrayContaining(["../../core/tsconfig.build.json", "../external-secrets/tsconfig.build.json"]));
    const solution = readJson(REPO_ROOT, "tsconfig.build.json");
    expect(solution.references?.map((x) => x.path)).toEqual(expect.arrayContaining(["packages/core/tsconfig.build.json", "tools/validate/tsconfig.build.json"]));
  });

  it("--check names the build config a new dependency left behind, and a sync mends it", async () => {
    const root = mkdtempSync(join(tmpdir(), "k8s-gitops-refs-"));
    scratch.push(root);
    write(root, "pnpm-workspace.yaml", "packages:\n  - libs/*\n");
    const build = { compilerOptions: { outDir: "dist", rootDir: "src" }, include: ["src"] };
    write(root, "libs/a/package.json", { name: "a", version: "1.0.0" });
    write(root, "libs/a/tsconfig.build.json", build);
    write(root, "libs/b/package.json", { name: "b", version: "1.0.0" });
    write(root, "libs/b/tsconfig.build.json", build);
    expect((await sync(root)).code).toBe(0);
    expect((await sync(root, "--check")).code).toBe(0);

    // b starts to depend on a: its build config no longer matches.
    write(root, "libs/b/package.json", { name: "b", version: "1.0.0", dependencies: { a: "workspace:*" } });
    const stale = await sync(root, "--check");
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("libs/b/tsconfig.build.json");
    expect(stale.stderr).not.toContain("libs/a/tsconfig.build.json");

    expect((await sync(root)).code).toBe(0);
    expect(readJson(root, "libs/b/tsconfig.build.json").references).toEqual([{ path: "../a/tsconfig.build.json" }]);
    expect(readJson(root, "tsconfig.build.json").references).toEqual([{ path: "libs/a/tsconfig.build.json" }, { path: "libs/b/tsconfig.build.json" }]);
    expect((await sync(root, "--check")).code).toBe(0);
  });
});
