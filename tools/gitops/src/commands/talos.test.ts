import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { command } from "./talos.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const BIN = join(ROOT, "tools/gitops/bin/gitops.mjs");

function gitops(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, GITOPS_QUIET: "" }, encoding: "utf8" });
}

describe("gitops talos", () => {
  it("writes a cluster's Talos folder where --out says", { timeout: 60_000 }, () => {
    const out = join(mkdtempSync(join(tmpdir(), "gitops-talos-")), "apps");
    const r = gitops(["talos", "--cluster", "apps", "--out", out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`[apps] wrote 7 Talos files -> ${out}`);
    expect(readdirSync(out).sort()).toEqual(["README.md", "controlplane.yaml", "nodes", "schematic.yaml", "shared.yaml"]);
    expect(readdirSync(join(out, "nodes")).sort()).toEqual(["apps-01.yaml", "apps-02.yaml", "apps-03.yaml"]);
    expect(readFileSync(join(out, "nodes/apps-03.yaml"), "utf8")).toContain("driver: mlx4_core");
  });

  it("says in its help that a cluster is a folder with its values", () => {
    expect(command.help).toContain("--cluster NAME [--out DIR]");
    expect(command.help).toContain("clusters/NAME with values/values.ts");
  });

  it("needs a known cluster, and says so with its help", { timeout: 60_000 }, () => {
    const missing = gitops(["talos"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("gitops talos: --cluster is required");
    const unknown = gitops(["talos", "--cluster", "prod"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("no clusters/prod/values/values.ts in");
    expect(unknown.stderr).toContain("Usage: gitops talos --cluster NAME [--out DIR]");
    const bad = gitops(["talos", "--cluster", "../etc"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--cluster "../etc" is not a cluster folder name');
  });

  it("refuses to replace a folder that is not Talos output, as a configuration error", { timeout: 60_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), "gitops-talos-"));
    writeFileSync(join(out, "notes.md"), "keep me");
    const r = gitops(["talos", "--cluster", "infra", "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/holds files that are not Talos output \(notes.md\): refusing to replace it/);
    expect(readFileSync(join(out, "notes.md"), "utf8")).toBe("keep me");
  });
});
