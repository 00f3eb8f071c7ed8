import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BENCH = join(dirname(fileURLToPath(import.meta.url)), "../bench/render-once.ts");

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
