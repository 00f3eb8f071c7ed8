import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { CRD_MODELS } from "./crd-models.ts";
import { crdModelsHeader, generate, TARGETS, type Generated } from "./generate.ts";
import { NOT_VENDORED } from "./not-vendored.ts";
import { VALIDATORS_DIR } from "./validators.ts";
import { REPO_ROOT } from "./vendor.ts";

// Every committed generated file is what the codegen makes from vendor/ now: a vendored input
// updated (or a generator changed) without `codegen` fails here, in the change that caused it,
// instead of in a cluster. crd-models is the exception: it runs a third-party generator as a
// child process (seconds), so its files are checked by the input hash their header records.

function* filesUnder(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* filesUnder(p);
    else yield p;
  }
}

/** The first line where two texts differ: a readable failure without diffing megabytes. */
function firstDifference(committed: string, generated: string): string | undefined {
  if (committed === generated) return undefined;
  const a = committed.split("\n");
  const b = generated.split("\n");
  const i = a.findIndex((line, n) => line !== b[n]);
  const at = i < 0 ? a.length : i;
  return `line ${at + 1}: committed ${JSON.stringify(a[at]?.slice(0, 200))}, generated ${JSON.stringify(b[at]?.slice(0, 200))}`;
}

describe("vendor/", () => {
  it("matches vendor/SOURCES.md: every file listed, with its sha256", () => {
    const out = execFileSync(process.execPath, [join(REPO_ROOT, "vendor/verify.mjs")], { encoding: "utf8" });
    expect(out).toMatch(/^vendor: \d+ files match SOURCES.md$/m);
  });
});

describe("committed generated files", () => {
  const inMemory = TARGETS.filter((t) => t !== "crd-models");
  let generated: Generated;

  it(`are what ${inMemory.join(", ")} generate from vendor/ now`, { timeout: 120_000 }, async () => {
    generated = await generate(new Set(inMemory));
    expect(generated.files.size).toBeGreaterThan(10);
    const stale: string[] = [];
    for (const [rel, content] of generated.files) {
      const file = join(REPO_ROOT, rel);
      const diff = existsSync(file) ? firstDifference(readFileSync(file, "utf8"), content) : "missing";
      if (diff) stale.push(`${rel}: ${diff}`);
    }
    expect(stale, "stale: run ./dev pnpm --filter @k8s-gitops/codegen codegen").toEqual([]);
  });

  it("leave nothing else in the folders a target owns (a removed kind's module goes too)", () => {
    expect(generated.owned.length).toBeGreaterThan(0);
    for (const { dir, keep } of generated.owned) {
      const committed = [...filesUnder(join(REPO_ROOT, dir))].map((f) => relative(REPO_ROOT, f)).sort();
      const expected = [...[...generated.files.keys()].filter((rel) => rel.startsWith(`${dir}/`)), ...keep.map((k) => `${dir}/${k}`)].sort();
      expect(committed, dir).toEqual(expected);
    }
  });

  it("keep the schema module of every group whose CRDs are not vendored, holding exactly its kinds", () => {
    for (const g of NOT_VENDORED) {
      const mod = JSON.parse(readFileSync(join(REPO_ROOT, VALIDATORS_DIR, `${g.schema}.json`), "utf8")) as { generated: string; kinds: Record<string, unknown> };
      const kinds = g.versions.flatMap((v) => g.kinds.map((k) => `${g.group}/${v}/${k}`)).sort();
      expect(Object.keys(mod.kinds).sort()).toEqual(kinds);
      expect(mod.generated).toContain("not vendored");
    }
  });

  it("crd-models: every model file records the hash of the vendored CRDs and generator it came from", () => {
    for (const t of CRD_MODELS) {
      const header = crdModelsHeader(t);
      const models = [...filesUnder(join(REPO_ROOT, t.out))].filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));
      expect(models.length, t.out).toBeGreaterThan(0);
      const stale = models.filter((f) => !readFileSync(f, "utf8").startsWith(header)).map((f) => relative(REPO_ROOT, f));
      expect(stale, `stale against ${header.trim()}: run the codegen's crd-models target`).toEqual([]);
    }
  });
});
