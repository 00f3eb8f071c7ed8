import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recoverLeftovers, replaceDir } from "../src/dist.ts";

/** The pid of a process that has exited: what a killed build leaves in its folder names. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(r.stdout);
}

describe("dist/ swap", () => {
  it("a kill between the two renames: the previous build is put back, leftovers removed", () => {
    const parent = mkdtempSync(join(tmpdir(), "dist-swap-"));
    const pid = deadPid();
    // The state right after `dist` was renamed away and before the staging folder took its place.
    mkdirSync(join(parent, `.gitops-retired-${pid}`, "dist"), { recursive: true });
    writeFileSync(join(parent, `.gitops-retired-${pid}`, "dist", "marker"), "previous");
    mkdirSync(join(parent, `.gitops-staging-${pid}`, "dist"), { recursive: true });
    writeFileSync(join(parent, `.gitops-staging-${pid}`, "dist", "marker"), "half");
    recoverLeftovers(join(parent, "dist"));
    expect(readdirSync(parent)).toEqual(["dist"]);
    expect(readFileSync(join(parent, "dist", "marker"), "utf8")).toBe("previous");
  });

  it("a write that throws leaves the previous folder as it was and no staging folder", () => {
    const parent = mkdtempSync(join(tmpdir(), "dist-swap-"));
    const out = join(parent, "dist");
    replaceDir(out, (dir) => writeFileSync(join(dir, "marker"), "one"));
    expect(() =>
      replaceDir(out, (dir) => {
        writeFileSync(join(dir, "marker"), "two");
        throw new Error("validation failed");
      }),
    ).toThrow("validation failed");
    expect(readFileSync(join(out, "marker"), "utf8")).toBe("one");
    expect(readdirSync(parent)).toEqual(["dist"]);
    replaceDir(out, (dir) => writeFileSync(join(dir, "other"), "three"));
    expect(existsSync(join(out, "marker"))).toBe(false);
    expect(readFileSync(join(out, "other"), "utf8")).toBe("three");
  });
});
