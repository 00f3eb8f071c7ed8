// The complete examples in the packages' READMEs (a ```ts block whose first line is
// `// README example`) compile against the packages as they are now, and run. Fragments stay
// unmarked and are not checked. One tsc run type-checks every example; each then runs with tsx.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const MARKER = "// README example";
const here = fileURLToPath(new URL("..", import.meta.url));
const root = fileURLToPath(new URL("../../..", import.meta.url));
const bin = (name: string): string => join(here, "node_modules", ".bin", name);

interface Example {
  readonly readme: string;
  readonly line: number;
  readonly code: string;
}

function readmes(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry === "node_modules" || entry === "dist" || entry.startsWith(".")) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...readmes(path));
    else if (entry === "README.md") found.push(path);
  }
  return found.sort();
}

/** The marked ```ts blocks of a README, with the line each starts on. */
function examplesOf(readme: string, text: string): Example[] {
  const out: Example[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.trim() !== "```ts") continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end]?.trim() !== "```") end++;
    const body = lines.slice(start, end);
    if (body[0]?.trim() === MARKER) out.push({ readme, line: start + 1, code: `${body.join("\n")}\n` });
    i = end;
  }
  return out;
}

const examples = readmes(join(root, "packages")).flatMap((f) => examplesOf(relative(root, f), readFileSync(f, "utf8")));

describe("README examples", () => {
  let dir = "";
  const files = new Map<Example, string>();
  let tscOutput = "";
  let tscStatus: number | null = null;

  beforeAll(() => {
    // Inside tools/workspace-tests, so the workspace packages resolve through its node_modules.
    dir = mkdtempSync(join(here, ".readme-examples-"));
    examples.forEach((e, i) => {
      const file = join(dir, `example-${i}.ts`);
      writeFileSync(file, e.code);
      files.set(e, file);
    });
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({ extends: "../../../tsconfig.base.json", compilerOptions: { noEmit: true, declaration: false }, include: ["*.ts"] }),
    );
    const tsc = spawnSync(bin("tsc"), ["--noEmit", "-p", join(dir, "tsconfig.json")], { encoding: "utf8", cwd: here });
    tscStatus = tsc.status;
    tscOutput = tsc.stdout + tsc.stderr;
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("finds the marked examples", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it("every example type-checks (one tsc run, strict, NodeNext)", () => {
    // Name each error by its README's path and line, not the temporary file's.
    let report = tscOutput;
    for (const [e, file] of files) {
      for (const name of [file, relative(here, file)]) {
        report = report.replace(new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\((\\d+),(\\d+)\\)`, "g"), (_m, l: string, c: string) => `${e.readme}:${e.line + Number(l) - 1}:${c}`);
      }
    }
    expect(report.trim(), report).toBe("");
    expect(tscStatus).toBe(0);
  });

  it.each(examples.map((e) => [`${e.readme}:${e.line}`, e] as const))("%s runs", (_name, e) => {
    const file = files.get(e);
    expect(file).toBeDefined();
    if (!file) return;
    let output = "";
    let status = 0;
    try {
      output = execFileSync(bin("tsx"), [file], { encoding: "utf8", cwd: here, stdio: "pipe" });
    } catch (err: unknown) {
      status = 1;
      output = err instanceof Error ? err.message : String(err);
    }
    expect(status, output).toBe(0);
  }, 60_000);
});
