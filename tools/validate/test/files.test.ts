import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readFiles } from "../src/tree/files.ts";

const root = mkdtempSync(join(tmpdir(), "validate-files-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("readFiles", () => {
  it("gives every file by its path with /, sorted by name, links followed to what they name, node_modules and .git skipped", () => {
    const dir = join(root, "tree");
    mkdirSync(join(dir, "components/b"), { recursive: true });
    mkdirSync(join(dir, "node_modules/x"), { recursive: true });
    mkdirSync(join(dir, ".git"));
    writeFileSync(join(dir, "components/b/z.yaml"), "z");
    writeFileSync(join(dir, "components/b/A.yaml"), "A");
    writeFileSync(join(dir, "components/b/_.yaml"), "_");
    writeFileSync(join(dir, "node_modules/x/n.yaml"), "n");
    writeFileSync(join(dir, ".git/HEAD"), "h");
    symlinkSync(join(dir, "components/b"), join(dir, "components/a"));
    symlinkSync(join(dir, "components/b/z.yaml"), join(dir, "top.yaml"));
    // A folder reached twice (through the link and itself) is read once: where the walk meets it first.
    expect([...readFiles(dir)]).toEqual([
      ["components/a/A.yaml", "A"],
      ["components/a/_.yaml", "_"],
      ["components/a/z.yaml", "z"],
      ["top.yaml", "z"],
    ]);
  });
});
