import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { toolGate } from "@k8s-gitops/oci/test-support";
import { oldRender } from "../bench/old-render.ts";

const BENCH = join(dirname(fileURLToPath(import.meta.url)), "../bench/render-once.ts");
const FLOOR = join(dirname(fileURLToPath(import.meta.url)), "../bench/floor.mjs");
const kubectl = toolGate("kubectl");

// The benchmark is not run in CI, but its synthetic fleet must stay a set of valid clusters
// (the components check their values): one small run here keeps it from rotting.
describe("render benchmark", () => {
  it("renders a synthetic fleet of valid clusters", { timeout: 120_000 }, () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", BENCH, "fleet3"], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout.trim()) as { clusters: number; files: number };
    expect(out.clusters).toBe(3);
    expect(out.files).toBeGreaterThan(3 * 50);
  });
});

describe("loop benchmark", () => {
  it.skipIf(kubectl.skip)("builds an old-style cluster as Flux would: the Kustomizations' paths, a generated kustomization, faults counted", () => {
    kubectl.check();
    const root = mkdtempSync(join(tmpdir(), "old-render-"));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    const ks = (name: string, path: string) =>
      `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: ${name}\n  namespace: flux-system\nspec:\n  path: ${path}\n`;
    // The cluster folder has no kustomization.yaml (Flux generates one), and names two paths.
    write("kubernetes/clusters/c/apps.yaml", `${ks("apps", "./kubernetes/apps")}---\n${ks("broken", "./kubernetes/broken")}`);
    write("kubernetes/clusters/c/notes.txt", "not a manifest\n");
    write("kubernetes/apps/kustomization.yaml", "resources:\n  - cm.yaml\n");
    write("kubernetes/apps/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n");
    write("kubernetes/broken/kustomization.yaml", "resources:\n  - missing.yaml\n");
    const r = oldRender(root, "c");
    expect(r.paths).toEqual(["kubernetes/clusters/c", "kubernetes/apps", "kubernetes/broken"]);
    expect(r.failed.map((f) => f.path)).toEqual(["kubernetes/broken"]);
    expect(r.objects).toBe(3);
  });

  it("the floor writes each object as YAML", () => {
    const dir = mkdtempSync(join(tmpdir(), "floor-"));
    writeFileSync(join(dir, "objects.json"), JSON.stringify([{ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "a" } }, { kind: "B" }]));
    const r = spawnSync(process.execPath, [FLOOR, join(dir, "objects.json"), join(dir, "out")], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["0.yaml", "1.yaml"]);
    expect(readFileSync(join(dir, "out/0.yaml"), "utf8")).toBe("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n");
  });
});
