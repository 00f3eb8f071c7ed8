import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { memoKey, sha256, type ValidationCache } from "../src/cache.ts";
import { diskCache } from "../src/disk-cache.ts";
import { formatJson } from "../src/report/json.ts";
import { parseFile } from "../src/tree/parse.ts";
import { expressionVersion } from "../src/observability/promql-cache.ts";
import { schemaVersion } from "../src/schema/schema-cache.ts";
import { parseKey, parseVersion } from "../src/tree/parse-cache.ts";
import { readFiles } from "../src/tree/files.ts";
import { loadTree } from "../src/tree/load.ts";
import { validateDir, validateFiles, type ValidateOptions, type ValidationResult } from "../src/validate.ts";

// The cache only saves time: with it, cold or warm, every validation reports exactly what it
// reports without it. These tests hold that on every fixture, then break the cache's entries
// (another version's, damaged, edited files) and require the same again.

const FIXTURES = join(import.meta.dirname, "fixtures");
const CLUSTER = "fixture";

/** A cache in memory that counts what it was asked. */
class MemoryCache implements ValidationCache {
  readonly entries = new Map<string, string>();
  readonly asked: string[] = [];
  gets = 0;
  hits = 0;
  sets = 0;
  get(key: string): string | undefined {
    this.gets++;
    this.asked.push(key);
    const e = this.entries.get(key);
    if (e !== undefined) this.hits++;
    return e;
  }
  set(key: string, entry: string): void {
    this.sets++;
    this.entries.set(key, entry);
  }
  reset(): void {
    this.gets = this.hits = this.sets = 0;
    this.asked.length = 0;
  }
}

/** The keys of the memo entries (cache.ts): the tree's parses, its objects' schema issues, its expressions' checks. */
function memoKeys(): { parse: string; schema: string; expressions: string } {
  const [parse, schema, expressions] = [parseVersion(), schemaVersion(), expressionVersion()];
  if (!parse || !schema || !expressions) throw new Error("a version key could not be read");
  return { parse: memoKey("parse", parse), schema: memoKey("schema", schema), expressions: memoKey("expressions", expressions) };
}

/** The entry with its header's fields changed, its checksum matching `body` unless changes set it. */
function rewriteEntry(entry: string, changes: Record<string, unknown>, body = entry.slice(entry.indexOf("\n") + 1)): string {
  const header = JSON.parse(entry.slice(0, entry.indexOf("\n"))) as Record<string, unknown>;
  return `${JSON.stringify({ ...header, sha256: sha256(body), ...changes })}\n${body}`;
}

/** The report as a user sees it (JSON), without the duration. */
function report(r: ValidationResult): unknown {
  const json = JSON.parse(formatJson([r])) as { results: Record<string, unknown>[] };
  for (const x of json.results) delete x.durationMs;
  return json;
}

function platformOf(dir: string): ValidateOptions {
  const file = join(dir, "expected.json");
  if (!existsSync(file)) return {};
  const exp = JSON.parse(readFileSync(file, "utf8")) as { platform?: ValidateOptions["platform"] };
  return exp.platform ? { platform: exp.platform } : {};
}

function cases(): string[] {
  return ["bad", "good"].flatMap((k) => readdirSync(join(FIXTURES, k)).sort().map((n) => join(FIXTURES, k, n)));
}

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), "validate-cache-"));
  temps.push(dir);
  return dir;
}

function tempTree(from: string): string {
  const dir = join(temp(), "tree");
  cpSync(from, dir, { recursive: true });
  return dir;
}

describe("the validation cache never changes a result", () => {
  it("every fixture reports the same cold, warm and without a cache, and a warm run parses nothing", { timeout: 60_000 }, async () => {
    for (const dir of cases()) {
      const options: ValidateOptions = { cluster: CLUSTER, ...platformOf(dir) };
      const cache = new MemoryCache();
      const none = report(await validateDir(dir, options));
      const cold = report(await validateDir(dir, { ...options, cache }));
      expect(cold, dir).toEqual(none);
      const stored = cache.sets;
      expect(stored, `${dir}: nothing was stored`).toBeGreaterThan(0);
      cache.reset();
      const warm = report(await validateDir(dir, { ...options, cache }));
      expect(warm, dir).toEqual(none);
      // Every entry read back: nothing computed again, nothing stored; the tree's parses come
      // from its one entry, not from an entry per file.
      expect([cache.sets, cache.hits], dir).toEqual([0, cache.gets]);
      expect(cache.asked, dir).toContain(memoKeys().parse);
      const perFile = [...readFiles(dir)].map(([, text]) => parseKey("yaml", sha256(text)));
      expect(cache.asked.filter((k) => perFile.includes(k)), dir).toEqual([]);
      // Without the tree's entry, each file's own is read, and the tree's entry is written again.
      const memo = cache.entries.get(memoKeys().parse);
      cache.entries.delete(memoKeys().parse);
      cache.reset();
      expect(report(await validateDir(dir, { ...options, cache })), dir).toEqual(none);
      expect([cache.sets, cache.entries.get(memoKeys().parse)], dir).toEqual([1, memo]);
    }
  });

  it("a YAML error keeps its line, and a leaked credential its object and field, when read back", async () => {
    const cache = new MemoryCache();
    for (const name of ["yaml-syntax", "yaml-duplicate-key", "leaked-github-token"]) {
      const dir = join(FIXTURES, "bad", name);
      await validateDir(dir, { cluster: CLUSTER, cache });
      const warm = await validateDir(dir, { cluster: CLUSTER, cache });
      const f = warm.findings.find((x) => x.severity === "error");
      expect(f?.field, name).toMatch(name === "leaked-github-token" ? /^[a-z]/ : /^line \d+$/);
      expect(report(warm)).toEqual(report(await validateDir(dir, { cluster: CLUSTER })));
    }
  });

  it("a file edited after a warm run is parsed again: a YAML error and a schema error are reported", async () => {
    const tree = tempTree(join(FIXTURES, "good", "rendered-tree"));
    const cache = diskCache(join(tree, "..", "cache"));
    const before = await validateDir(tree, { cluster: CLUSTER, cache });
    expect(before.ok).toBe(true);
    const file = join(tree, "components/app/service-web.yaml");
    const text = readFileSync(file, "utf8");

    writeFileSync(file, text.replace("spec:", "spec:\n  : [unclosed"));
    const yamlError = await validateDir(tree, { cluster: CLUSTER, cache: diskCache(join(tree, "..", "cache")) });
    expect(yamlError.findings.find((f) => f.rule === "yaml")).toMatchObject({ file: "components/app/service-web.yaml", field: expect.stringMatching(/^line \d+$/) });
    expect(report(yamlError)).toEqual(report(await validateDir(tree, { cluster: CLUSTER })));

    writeFileSync(file, text.replace("spec:", "spec:\n  clusterIPs: 10.0.0.1"));
    const schemaError = await validateDir(tree, { cluster: CLUSTER, cache: diskCache(join(tree, "..", "cache")) });
    expect(schemaError.findings.find((f) => f.rule === "schema")).toMatchObject({ object: "Service/app/web", field: "spec.clusterIPs" });
    expect(report(schemaError)).toEqual(report(await validateDir(tree, { cluster: CLUSTER })));

    writeFileSync(file, text);
    expect(report(await validateDir(tree, { cluster: CLUSTER, cache: diskCache(join(tree, "..", "cache")) }))).toEqual(report(before));
  });

  it("ignores and replaces an entry of another version, a damaged one and one stored under another key", async () => {
    const files = readFiles(join(FIXTURES, "good", "rendered-tree"));
    const cache = new MemoryCache();
    const cold = report(await validateFiles(files, { cluster: CLUSTER, cache }));
    const path = "components/app/deployment-web.yaml";
    const key = parseKey("yaml", sha256(files.get(path)!));
    const entry = cache.entries.get(key)!;
    const [header, body] = [entry.slice(0, entry.indexOf("\n")), entry.slice(entry.indexOf("\n") + 1)];
    const h = JSON.parse(header) as { version: string; key: string; sha256: string };
    // An entry that would remove the Deployment, were it used: consistent in itself, only its version (or key) is not this one.
    const forged = body.replace('"kind":"Deployment"', '"kind":"Forged"');
    expect(forged).not.toBe(body);
    const rewrite = (changes: Partial<typeof h>, text = forged) => `${JSON.stringify({ ...h, sha256: sha256(text), ...changes })}\n${text}`;
    const variants = {
      "another version": rewrite({ version: "0".repeat(64) }),
      "another key": rewrite({ key: "1".repeat(64) }),
      "a body that does not match its checksum": rewrite({ sha256: h.sha256 }),
      "a truncated entry": entry.slice(0, entry.length - 10),
      "no header": body,
      "a body of another shape": rewrite({}, JSON.stringify({ objects: [{ doc: 0, object: { kind: 1 } }], problems: [] })),
    };
    // Without the tree's entry (it holds every file's parse too: tested below), each file's own is read.
    const { parse } = memoKeys();
    const memo = cache.entries.get(parse);
    for (const [what, bad] of Object.entries(variants)) {
      cache.entries.set(key, bad);
      cache.entries.delete(parse);
      cache.reset();
      expect(report(await validateFiles(files, { cluster: CLUSTER, cache })), what).toEqual(cold);
      // The file's entry and the tree's, written again as they were.
      expect([cache.sets, cache.entries.get(key), cache.entries.get(parse)], what).toEqual([2, entry, memo]);
    }
    // The same forged body under this version and key would be used: the checks above are what refuse it.
    cache.entries.delete(parse);
    cache.entries.set(key, rewrite({}));
    const used = await validateFiles(files, { cluster: CLUSTER, cache });
    expect(used.findings.some((f) => f.object?.startsWith("Forged/"))).toBe(true);
  });

  it("ignores and replaces a tree entry (parses, schema issues, expressions) of another version, a damaged one or one of another shape", async () => {
    const files = readFiles(join(FIXTURES, "bad", "promql-parse-error"));
    const options: ValidateOptions = { cluster: CLUSTER, secrets: false };
    const none = report(await validateFiles(files, options));
    const cache = new MemoryCache();
    expect(report(await validateFiles(files, { ...options, cache }))).toEqual(none);
    const keys = memoKeys();
    // Entries that would change the result were they used: the kind, a schema issue, the expression's error.
    const forgeries: Record<keyof typeof keys, [string, string]> = {
      parse: ['"kind":"PrometheusRule"', '"kind":"Forged"'],
      schema: ['"body":[]', '"body":[{"path":"spec.forged","problem":"forged","fix":"forged"}]'],
      expressions: ["unexpected end of expression", "forged message"],
    };
    for (const [name, [from, to]] of Object.entries(forgeries) as [keyof typeof keys, [string, string]][]) {
      const entry = cache.entries.get(keys[name]);
      expect(entry, name).toBeDefined();
      const body = entry!.slice(entry!.indexOf("\n") + 1);
      const forged = body.replace(from, to);
      expect(forged, name).not.toBe(body);
      const variants = {
        "another version": rewriteEntry(entry!, { version: "0".repeat(64) }, forged),
        "a body that does not match its checksum": rewriteEntry(entry!, { sha256: sha256(body) }, forged),
        "a truncated entry": entry!.slice(0, -10),
        "an item of another shape": rewriteEntry(entry!, {}, JSON.stringify([["x", { shape: "other" }]])),
      };
      for (const [what, bad] of Object.entries(variants)) {
        cache.entries.set(keys[name], bad);
        cache.reset();
        expect(report(await validateFiles(files, { ...options, cache })), `${name}: ${what}`).toEqual(none);
        expect([cache.sets, cache.entries.get(keys[name])], `${name}: ${what}`).toEqual([1, entry]);
      }
      // Under this version the forged entry is used: the checks above are what refuse it.
      cache.entries.set(keys[name], rewriteEntry(entry!, {}, forged));
      expect(report(await validateFiles(files, { ...options, cache })), name).not.toEqual(none);
      cache.entries.set(keys[name], entry!);
      // The forged run kept in the other entries only what it used: the next run settles them.
      expect(report(await validateFiles(files, { ...options, cache })), name).toEqual(none);
    }
  });

  it("an expression or an object edited after a warm run is checked again", async () => {
    const files = readFiles(join(FIXTURES, "bad", "promql-parse-error"));
    const options: ValidateOptions = { cluster: CLUSTER, secrets: false };
    const cache = new MemoryCache();
    await validateFiles(files, { ...options, cache });
    const path = "components/web/prometheusrule.yaml";
    const text = files.get(path)!;
    const edits = {
      "the expression mended": text.replace("[5m]) > 1", "[5m])) > 1"),
      "another expression error": text.replace("[5m]) > 1", "[5m])) >"),
      "a schema error": text.replace("      rules:", "      interval: 1\n      rules:"),
    };
    for (const [what, edited] of Object.entries(edits)) {
      expect(edited, what).not.toBe(text);
      const tree = new Map(files).set(path, edited);
      const warm = report(await validateFiles(tree, { ...options, cache }));
      expect(warm, what).toEqual(report(await validateFiles(tree, options)));
      expect(report(await validateFiles(tree, { ...options, cache })), what).toEqual(warm);
    }
    const mended = await validateFiles(new Map(files).set(path, edits["the expression mended"]), { ...options, cache });
    expect(mended.findings.filter((f) => f.rule === "promql-parse")).toEqual([]);
    const schema = await validateFiles(new Map(files).set(path, edits["a schema error"]), { ...options, cache });
    expect(schema.findings.find((f) => f.rule === "schema")).toMatchObject({ field: "spec.groups[0].interval" });
  });

  it("writes entries in ASCII and reads text outside it back as it was", async () => {
    const files = new Map([["cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: u, namespace: default}\ndata:\n  text: \"Grüße, 東京 🚀 \\ud800\"\n"]]);
    const options: ValidateOptions = { cluster: CLUSTER, secrets: false };
    const cache = new MemoryCache();
    const none = report(await validateFiles(files, options));
    expect(report(await validateFiles(files, { ...options, cache }))).toEqual(none);
    expect(cache.sets).toBeGreaterThan(0);
    for (const entry of cache.entries.values()) expect(entry).not.toMatch(/[^\n -~]/);
    cache.reset();
    expect(report(await validateFiles(files, { ...options, cache }))).toEqual(none);
    expect([cache.sets, cache.hits]).toEqual([0, cache.gets]);
    const tree = loadTree(files, CLUSTER, cache);
    expect(tree.manifests[0]?.object.data).toEqual({ text: "Grüße, 東京 🚀 \ud800" });
  });

  it("values JSON cannot hold (YAML 1.1 dates, .inf, -0) are parsed every time", async () => {
    const files = new Map([
      ["cm-date.yaml", "%YAML 1.1\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: d, namespace: default}\ndata:\n  when: 2001-12-14\n"],
      ["cm-inf.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: i, namespace: default}\nbinaryData: {x: .inf}\n"],
      ["cm-zero.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: z, namespace: default}\nimmutable: -0\n"],
    ]);
    const cache = new MemoryCache();
    const none = report(await validateFiles(files, { cluster: CLUSTER, secrets: false }));
    expect(report(await validateFiles(files, { cluster: CLUSTER, secrets: false, cache }))).toEqual(none);
    // No parse is stored (the objects' schema issues are: they are strings, whatever the values).
    const parses = [...files].map(([, text]) => parseKey("yaml", sha256(text)));
    expect([...cache.entries.keys()].filter((k) => parses.includes(k))).toEqual([]);
    expect(report(await validateFiles(files, { cluster: CLUSTER, secrets: false, cache }))).toEqual(none);
  });
});

describe("parseFile", () => {
  it("gives objects by document, and problems: YAML errors by line, aliases past the limit, non-objects", () => {
    expect(parseFile("yaml", "---\napiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\n---\n- 1\n")).toEqual({
      objects: [{ doc: 0, object: { apiVersion: "v1", kind: "Namespace", metadata: { name: "a" } } }],
      problems: [{ field: "document 2", problem: "not a Kubernetes object (apiVersion and kind are required)", fix: "give apiVersion and kind, or remove the document" }],
    });
    expect(parseFile("yaml", "a: 1\na: 2\n").problems).toEqual([{ field: "line 2", problem: expect.stringMatching(/^not valid YAML: Map keys must be unique/), fix: "fix the YAML syntax" }]);
    const laughs = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]`)].join("\n");
    expect(parseFile("yaml", laughs).problems).toEqual([{ field: "document 0", problem: expect.stringMatching(/^cannot be read: /), fix: "write the values out instead of through YAML aliases" }]);
  });

  it("reads a .json file as a manifest only when it is one; malformed JSON is a problem", () => {
    expect(parseFile("json", '{"name": "settings"}')).toEqual({ objects: [], problems: [] });
    expect(parseFile("json", '{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "a"}}').objects).toEqual([{ doc: 0, object: { apiVersion: "v1", kind: "Namespace", metadata: { name: "a" } } }]);
    expect(parseFile("json", '{"apiVersion": "v1",').problems[0]).toMatchObject({ field: expect.stringMatching(/^line \d+$/), fix: "fix the YAML syntax" });
    // The same text as YAML is held to YAML's rule: every document an object.
    expect(parseFile("yaml", '{"name": "settings"}').problems).toHaveLength(1);
  });
});

describe("diskCache", () => {
  it("keeps one file per entry, written whole, and prunes what a run that wrote did not use once it is old", async () => {
    const tree = tempTree(join(FIXTURES, "good", "rendered-tree"));
    const dir = join(tree, "..", "cache");
    await validateDir(tree, { cluster: CLUSTER, cache: diskCache(dir) });
    const entries = readdirSync(dir).sort();
    expect(entries.every((n) => /^[0-9a-f]{64}$/.test(n))).toBe(true);
    // Each YAML file's parse, the tree's parses and objects' schema issues, and its scan (no rule group: no expressions).
    expect(entries).toHaveLength(readdirSync(tree, { recursive: true }).filter((n) => String(n).endsWith(".yaml")).length + 3);

    // Left by another tree an hour ago, and by a process killed while writing.
    const stale = join(dir, "a".repeat(64));
    const tmp = join(dir, `${"b".repeat(64)}.123.abcd.tmp`);
    const recent = join(dir, "c".repeat(64));
    for (const f of [stale, tmp, recent]) writeFileSync(f, "x");
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(stale, old, old);
    utimesSync(tmp, old, old);
    // An old entry this tree still uses: kept.
    const used = parseKey("yaml", sha256(readFileSync(join(tree, "components/app/deployment-web.yaml"), "utf8")));
    utimesSync(join(dir, used), old, old);

    // A run that only reads prunes nothing.
    await validateDir(tree, { cluster: CLUSTER, cache: diskCache(dir) });
    expect(readdirSync(dir)).toHaveLength(entries.length + 3);

    // A run that writes removes the old files it did not use, and keeps the rest.
    const file = join(tree, "components/app/service-web.yaml");
    writeFileSync(file, `${readFileSync(file, "utf8")}# edited\n`);
    await validateDir(tree, { cluster: CLUSTER, cache: diskCache(dir) });
    const after = readdirSync(dir);
    expect(after).not.toContain("a".repeat(64));
    expect(after.some((n) => n.endsWith(".tmp"))).toBe(false);
    expect(after).toContain("c".repeat(64));
    expect(after).toContain(used);
  });

  it("a cache folder that cannot be written is a miss, not a failure", async () => {
    const root = temp();
    const blocked = join(root, "file");
    writeFileSync(blocked, "not a folder");
    const dir = join(FIXTURES, "good", "rendered-tree");
    const r = await validateDir(dir, { cluster: CLUSTER, cache: diskCache(join(blocked, "cache")) });
    expect(report(r)).toEqual(report(await validateDir(dir, { cluster: CLUSTER })));
  });
});
