import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { scanSource, sourceFiles } from "../src/secrets/source.ts";

const REPO = resolve(import.meta.dirname, "../../..");

describe("secret scanning of the source", () => {
  it("finds a credential in a file git knows, and skips what git ignores", async () => {
    const dir = mkdtempSync(join(tmpdir(), "scan-source-"));
    execFileSync("git", ["init", "-q"], { cwd: dir });
    mkdirSync(join(dir, "src"));
    mkdirSync(join(dir, "dist"));
    const token = ["ghp", "_wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx"].join("");
    writeFileSync(join(dir, ".gitignore"), "dist/\n");
    writeFileSync(join(dir, "src/config.ts"), `export const token = "${token}";\n`);
    writeFileSync(join(dir, "dist/config.js"), `export const token = "${token}";\n`);
    const { hits } = await scanSource(dir);
    expect(hits.map((h) => [h.file, h.line, h.ruleId])).toEqual([["src/config.ts", 1, "@secretlint/secretlint-rule-github"]]);
  });

  it("finds none in this repository (the leaked-* fixtures hold fake ones on purpose and are skipped)", async () => {
    const files = sourceFiles(REPO);
    expect(files).toContain("tools/validate/src/secrets/source.ts");
    expect(files.some((f) => f.startsWith("tools/validate/test/fixtures/bad/leaked-"))).toBe(false);
    const { hits } = await scanSource(REPO);
    expect(hits.map((h) => `${h.file}:${h.line} ${h.ruleId}`)).toEqual([]);
  });
});
