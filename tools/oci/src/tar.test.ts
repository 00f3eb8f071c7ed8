import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toolGate } from "../test/support/tools.ts";
import { readTar, TarError, writeTar } from "./tar.ts";

const files = new Map<string, string>([
  ["flux/kustomization.yaml", "resources: []\n"],
  ["components/cilium/helmrelease-cilium.yaml", "kind: HelmRelease\n"],
  ["components/ünïcode/configmap.yaml", "x: ✓\n"],
]);
const tar = toolGate("tar");

describe("writeTar", () => {
  it("round-trips files through readTar", () => {
    const back = readTar(writeTar(files));
    expect([...back.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [p, c] of files) expect(Buffer.from(back.get(p)!).toString("utf8")).toBe(c);
  });

  it("gives the same bytes whatever the order the files were given in", () => {
    const reversed = new Map([...files].reverse());
    expect(Buffer.compare(writeTar(files), writeTar(reversed))).toBe(0);
  });

  it("splits long paths into ustar name and prefix", () => {
    const long = `components/${"a".repeat(90)}/${"b".repeat(60)}.yaml`;
    expect(readTar(writeTar(new Map([[long, "x"]]))).get(long)).toBeDefined();
    expect(() => writeTar(new Map([[`${"c".repeat(120)}.yaml`, "x"]]))).toThrow(TarError);
  });

  it("refuses paths that would escape the artifact", () => {
    for (const bad of ["../etc/passwd", "/abs.yaml", "a/./b", "a//b", "a\\b"]) {
      expect(() => writeTar(new Map([[bad, "x"]])), bad).toThrow(TarError);
    }
  });
});

describe.skipIf(tar.skip)("writeTar against GNU tar", () => {
  it("lists with mtime 0, uid/gid 0 and fixed modes, folders first", () => {
    tar.check();
    const dir = mkdtempSync(join(tmpdir(), "tar-"));
    writeFileSync(join(dir, "a.tar"), writeTar(files));
    const listing = execFileSync("tar", ["--numeric-owner", "-tvf", join(dir, "a.tar")], { encoding: "utf8", env: { ...process.env, TZ: "UTC" } });
    const lines = listing.trim().split("\n");
    expect(lines[0]).toMatch(/^drwxr-xr-x 0\/0\s+0 1970-01-01 00:00 components\/$/);
    expect(lines).toContainEqual(expect.stringMatching(/^-rw-r--r-- 0\/0\s+18 1970-01-01 00:00 components\/cilium\/helmrelease-cilium\.yaml$/));
    expect(lines.filter((l) => l.startsWith("-"))).toHaveLength(files.size);
    execFileSync("tar", ["-xf", join(dir, "a.tar"), "-C", dir]);
    for (const [p, c] of files) expect(readFileSync(join(dir, p), "utf8")).toBe(c);
  });

  it("reads GNU tar archives (./ prefixes, PAX long names) and refuses links", () => {
    tar.check();
    const dir = mkdtempSync(join(tmpdir(), "tar-"));
    const deep = join("src", "x".repeat(120), "y".repeat(80));
    mkdirSync(join(dir, deep), { recursive: true });
    writeFileSync(join(dir, deep, "file.yaml"), "deep: true\n");
    writeFileSync(join(dir, "src", "top.yaml"), "top: true\n");
    execFileSync("tar", ["--format=pax", "-cf", join(dir, "pax.tar"), "-C", join(dir, "src"), "."]);
    const read = readTar(readFileSync(join(dir, "pax.tar")));
    expect(Buffer.from(read.get("top.yaml")!).toString()).toBe("top: true\n");
    expect(Buffer.from(read.get(`${"x".repeat(120)}/${"y".repeat(80)}/file.yaml`)!).toString()).toBe("deep: true\n");
    symlinkSync("top.yaml", join(dir, "src", "link.yaml"));
    execFileSync("tar", ["-cf", join(dir, "link.tar"), "-C", join(dir, "src"), "."]);
    expect(() => readTar(readFileSync(join(dir, "link.tar")))).toThrow(/link\.yaml.*not allowed/);
  });
});
