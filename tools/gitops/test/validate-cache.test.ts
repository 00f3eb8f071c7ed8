import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readTreeDir } from "@k8s-gitops/oci";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { command, validateBuild, validationRecord } from "../src/commands/validate.ts";
import { NO_CACHE_ENV, validateCache, validateCacheDir, VALIDATE_CACHE_DIR } from "../src/validate-cache.ts";

// gitops validate and gitops build keep the validator's parses in the cluster package's
// node_modules/.cache/gitops-validate. The cache only saves time: a warm run reports exactly
// what a cold one does, an edited file is read again, another version's entry is not used.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const BIN = join(ROOT, "tools/gitops/bin/gitops.mjs");
const TINY = join(ROOT, "tools/gitops/test/fixtures/tiny-cluster");
const GIT_ENV = { GITOPS_COMMIT: "4b825dc642cb6eb9a060e54bf8d69288fbee4904", GITOPS_BRANCH: "main", GITOPS_CREATED: "2025-06-01T10:00:00Z", GITOPS_SOURCE: "https://github.com/monosense-io/k8s-gitops" };

/** A cluster package folder (with node_modules, as an installed one has) holding a tree `gitops build` wrote. */
let pkg: string;
let cacheDir: string;
const CONFIGMAP = "dist/tree/components/settings/configmap-settings-00001.yaml";

beforeAll(() => {
  // The tests hold the cache's behaviour: a user's setting that turns it off does not apply.
  vi.stubEnv(NO_CACHE_ENV, "");
  const outRoot = mkdtempSync(join(tmpdir(), "validate-cache-build-"));
  temps.push(outRoot);
  const out = join(outRoot, "dist");
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("GITOPS_") && !k.startsWith("TINY_")));
  const r = spawnSync(process.execPath, [BIN, "build", "--cluster", TINY, "--out", out], { env: { ...env, ...GIT_ENV, TINY_FILES: "6" }, encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  // clusters/<name>: where validate takes the cluster's name from.
  const pkgRoot = mkdtempSync(join(tmpdir(), "validate-cache-pkg-"));
  temps.push(pkgRoot);
  pkg = join(pkgRoot, "clusters", "tiny");
  mkdirSync(join(pkg, "src"), { recursive: true });
  writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "@k8s-gitops/cluster-tiny", version: "0.0.0", type: "module" }));
  writeFileSync(join(pkg, "src/index.ts"), "export default {};\n");
  mkdirSync(join(pkg, "node_modules"));
  cpSync(join(out, "tree"), join(pkg, "dist/tree"), { recursive: true });
  cacheDir = join(pkg, VALIDATE_CACHE_DIR);
}, 60_000);

afterEach(() => vi.restoreAllMocks());

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** Runs `gitops validate --cluster <pkg> --json [...]` in-process: its report without the duration. */
async function validate(...extra: string[]): Promise<{ code: number; report: { ok: boolean; results: { findings: { rule: string; file?: string; field?: string }[] }[] } }> {
  let out = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const code = await command.run(["--cluster", pkg, "--json", ...extra]);
  vi.restoreAllMocks();
  const report = JSON.parse(out) as { ok: boolean; results: { findings: { rule: string }[]; durationMs?: number }[] };
  for (const r of report.results) delete r.durationMs;
  return { code, report };
}

function entries(): string[] {
  return existsSync(cacheDir) ? readdirSync(cacheDir).sort() : [];
}

/** The cache entries holding the parse of `name`'s ConfigMap: its file's own and the tree's. */
function entriesOf(name: string): string[] {
  const found = entries().filter((e) => readFileSync(join(cacheDir, e), "utf8").includes(`"name":"${name}"`));
  expect(found, `not two entries hold ${name}`).toHaveLength(2);
  return found.map((e) => join(cacheDir, e));
}

describe("gitops validate with the parse cache", () => {
  it("a warm run reports exactly what a cold run and a run without the cache report", async () => {
    rmSync(cacheDir, { recursive: true, force: true });
    const none = await validate("--no-cache");
    expect(entries(), "--no-cache wrote to the cache").toEqual([]);
    const cold = await validate();
    const yamlFiles = readdirSync(join(pkg, "dist/tree"), { recursive: true }).filter((f) => String(f).endsWith(".yaml"));
    // One parse per YAML file; the tree's parses, its objects' schema issues and its secret scan.
    expect(entries()).toHaveLength(yamlFiles.length + 3);
    const warm = await validate();
    expect(cold).toEqual(none);
    expect(warm).toEqual(cold);
    expect(warm.code).toBe(0);
  });

  it("reads a file edited after a warm run again: a YAML error, then a schema error, are reported", async () => {
    await validate();
    const file = join(pkg, CONFIGMAP);
    const text = readFileSync(file, "utf8");
    try {
      writeFileSync(file, text.replace(/^data:/m, "data:\n  : [unclosed"));
      const yaml = await validate();
      expect(yaml.code).toBe(1);
      expect(yaml.report.results[0]?.findings).toContainEqual(expect.objectContaining({ rule: "yaml", file: "components/settings/configmap-settings-00001.yaml", field: expect.stringMatching(/^line \d+$/) }));
      expect(yaml).toEqual(await validate("--no-cache"));

      writeFileSync(file, text.replace(/^data:/m, "spec:\n  replicas: 1\ndata:"));
      const schema = await validate();
      expect(schema.code).toBe(1);
      expect(schema.report.results[0]?.findings).toContainEqual(expect.objectContaining({ rule: "schema", field: "spec" }));
      expect(schema).toEqual(await validate("--no-cache"));
    } finally {
      writeFileSync(file, text);
    }
    expect((await validate()).code).toBe(0);
  });

  it("does not use an entry written by another version: it parses the file and replaces the entry", async () => {
    // A fresh cache: no entry of the edits above holds the ConfigMap too.
    rmSync(cacheDir, { recursive: true, force: true });
    const cold = await validate();
    const { createHash } = await import("node:crypto");
    const originals = new Map(entriesOf("settings-00001").map((e) => [e, readFileSync(e, "utf8")]));
    /** Writes each entry with the ConfigMap made a kind nothing serves, under `version` (else its own). */
    const forge = (version?: string) => {
      for (const [entry, original] of originals) {
        const nl = original.indexOf("\n");
        const header = JSON.parse(original.slice(0, nl)) as Record<string, string>;
        const body = original.slice(nl + 1).replace(/"kind":"ConfigMap"(?=,"metadata":\{"name":"settings-00001")/, '"kind":"Forged"');
        expect(body).not.toBe(original.slice(nl + 1));
        const sha256 = createHash("sha256").update(body).digest("hex");
        writeFileSync(entry, `${JSON.stringify({ ...header, ...(version ? { version } : {}), sha256 })}\n${body}`);
      }
    };
    forge("an-older-validator");
    expect(await validate()).toEqual(cold);
    for (const [entry, original] of originals) expect(readFileSync(entry, "utf8")).toBe(original);
    // The same entries under this version are used: the version is what kept them out.
    forge();
    expect((await validate()).report.results[0]?.findings).toContainEqual(expect.objectContaining({ rule: "unknown-kind", object: "Forged/tiny/settings-00001" }));
    for (const [entry, original] of originals) writeFileSync(entry, original);
    expect(await validate()).toEqual(cold);
  });

  it("is off with --no-cache, with GITOPS_VALIDATE_CACHE=0, and for a package without node_modules", () => {
    expect(validateCacheDir(pkg, true, {})).toBe(cacheDir);
    expect(validateCacheDir(pkg, false, {})).toBeUndefined();
    expect(validateCacheDir(pkg, true, { [NO_CACHE_ENV]: "0" })).toBeUndefined();
    expect(validateCacheDir(TINY, true, {})).toBeUndefined();
  });
});

describe("the build's validation with the parse cache", () => {
  it("records the same validation.json cold, warm and without the cache", async () => {
    const files = new Map([...readTreeDir(join(pkg, "dist/tree"))].map(([p, b]) => [p, Buffer.from(b).toString("utf8")]));
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const about = { cluster: "tiny", package: "@k8s-gitops/cluster-tiny", validated: { manifest: "sha256:0", layer: "sha256:1" } };
    const record = async (cache: boolean) => {
      const c = cache ? await validateCache(pkg, true) : undefined;
      return validationRecord(await validateBuild({ name: "tiny", values: {} }, files, c ? { cache: c } : {}), about);
    };
    rmSync(cacheDir, { recursive: true, force: true });
    const none = await record(false);
    expect(entries()).toEqual([]);
    expect(await record(true)).toBe(none);
    expect(entries().length).toBeGreaterThan(files.size);
    expect(await record(true)).toBe(none);
  });
});
