import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readTreeDir } from "@k8s-gitops/oci";
import { afterEach, describe, expect, it, vi } from "vitest";
import { helpText } from "../command.ts";
import { UsageError } from "../load.ts";
import { readValidationRecord } from "../record.ts";
import { command, validateBuild, validationRecord } from "./validate.ts";

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), "../../../validate/test/fixtures");

/** Runs the command in-process and captures what it writes to stdout. */
async function run(argv: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: await command.run(argv), out };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe("gitops validate", () => {
  it("fails a broken folder with a JSON report naming cluster, component, object and field", async () => {
    const { code, out } = await run([join(FIXTURES, "bad/helmrelease-wait"), "--name", "infra", "--json"]);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { ok: boolean; results: { cluster: string; findings: { rule: string; message: string }[] }[] };
    expect(report.ok).toBe(false);
    expect(report.results[0]?.findings.map((f) => [f.rule, f.message.split(":")[0]])).toEqual([["schema", "cluster infra, component app, HelmRelease/app/podinfo, field spec.wait"]]);
  });

  it("passes a good folder, with a text report and its compliance section", async () => {
    const { code, out } = await run([join(FIXTURES, "good/compliant-data-stores"), "--format", "text", "--name", "apps"]);
    expect(code).toBe(0);
    expect(out).toContain("cluster apps: valid");
    expect(out).toContain("SOX      compliant: 3 stores");
  });

  it("--cluster <name> validates clusters/<name>/dist/tree from anywhere in the repository, as the other commands find it", async () => {
    const repo = mkdtempSync(join(tmpdir(), "k8s-gitops-validate-name-"));
    const pkg = join(repo, "clusters/tiny");
    mkdirSync(join(pkg, "src"), { recursive: true });
    writeFileSync(join(pkg, "src/index.ts"), "export default {};\n");
    writeFileSync(join(pkg, "package.json"), '{ "name": "@k8s-gitops/cluster-tiny", "version": "0.0.0" }\n');
    cpSync(join(FIXTURES, "good/compliant-data-stores"), join(pkg, "dist/tree"), { recursive: true });
    mkdirSync(join(repo, "docs"));
    const cwd = process.cwd();
    try {
      process.chdir(join(repo, "docs"));
      const { code, out } = await run(["--cluster", "tiny", "--no-cache", "--format", "text"]);
      expect(code).toBe(0);
      expect(out).toContain("cluster tiny: valid");
    } finally {
      process.chdir(cwd);
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it("takes platform facts from flags", async () => {
    const dir = join(FIXTURES, "bad/pvc-unknown-storage-class");
    expect((await run([dir, "--no-secrets"])).code).toBe(1);
    expect((await run([dir, "--no-secrets", "--storage-class", "fast,ceph-block"])).code).toBe(0);
  });

  it("rejects a missing folder and an unknown format as usage errors, and lists its rules", async () => {
    await expect(run([join(FIXTURES, "nope")])).rejects.toThrow(UsageError);
    await expect(run([join(FIXTURES, "good/rendered-tree"), "--format", "xml"])).rejects.toThrow(/use text or json/);
    const { code, out } = await run(["--rules"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^ {2}network-policy\s+waivable/m);
    expect(await helpText(command)).toContain("k8s-gitops.io/waive: <rule>=<reason>");
  });
});

/** A fixture folder as the build holds a tree: in memory, path -> text. */
function inMemory(dir: string): Map<string, string> {
  return new Map([...readTreeDir(dir)].map(([p, b]) => [p, Buffer.from(b).toString("utf8")]));
}

describe("validateBuild", () => {
  it("validates the files in memory and fails the build on an error, writing nothing", async () => {
    const out = mkdtempSync(join(tmpdir(), "gitops-validate-"));
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    await expect(validateBuild({ name: "fixture", values: {} }, inMemory(join(FIXTURES, "bad/dangling-depends-on")))).rejects.toThrow(/nothing was written or packed/);
    expect(stderr).toHaveBeenCalledWith(expect.stringContaining("field spec.dependsOn[0].name: depends on Kustomization flux-system/cert-manager"));
    expect(readdirSync(out)).toEqual([]);
  });

  it("checks node names the cluster values carry", async () => {
    const tree = inMemory(join(FIXTURES, "bad/rook-node-names"));
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    await expect(validateBuild({ name: "fixture", values: { nodes: [{ name: "infra-01" }, { name: "infra-02" }] } }, tree)).rejects.toThrow(/validation failed with 1 error/);
    const ok = await validateBuild({ name: "fixture", values: { nodes: ["infra-01", "k8s-infra-02"] } }, tree);
    expect(ok.ok).toBe(true);
  });

  it("records what was validated without the duration", async () => {
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const ok = await validateBuild({ name: "fixture", values: { nodes: ["infra-01", "k8s-infra-02"] } }, inMemory(join(FIXTURES, "bad/rook-node-names")));
    const about = { cluster: "fixture", package: "@k8s-gitops/cluster-fixture", artifact: { registry: "harbor.example", repository: "k8s-gitops/cluster-fixture" }, validated: { manifest: "sha256:m", layer: "sha256:l" } };
    const file = join(mkdtempSync(join(tmpdir(), "gitops-record-")), "validation.json");
    writeFileSync(file, await validationRecord(ok, about));
    const record = readValidationRecord(file);
    expect(record).toEqual({ ok: true, ...about, results: expect.any(Array) });
    expect(Object.keys(record!.results[0]!)).not.toContain("durationMs");
    // What is not a build's record (an older build's without the cluster, or any other JSON) is none.
    writeFileSync(file, JSON.stringify({ ok: true, validated: about.validated, results: [] }));
    expect(readValidationRecord(file)).toBeUndefined();
  });
});
