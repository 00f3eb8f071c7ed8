import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError } from "@k8s-gitops/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { UsageError } from "../load.ts";
import { command, validateBuild } from "./validate.ts";

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
    expect(command.help).toContain("k8s-gitops.io/waive: <rule>=<reason>");
  });
});

describe("validateBuild", () => {
  it("writes dist/validation.json and fails the build on an error", async () => {
    const out = mkdtempSync(join(tmpdir(), "gitops-validate-"));
    const tree = join(out, "tree");
    cpSync(join(FIXTURES, "bad/dangling-depends-on"), tree, { recursive: true });
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    await expect(validateBuild({ name: "fixture", values: {} }, tree, out)).rejects.toThrow(ConfigError);
    expect(stderr).toHaveBeenCalledWith(expect.stringContaining("field spec.dependsOn[0].name: depends on Kustomization flux-system/cert-manager"));
    const report = JSON.parse(readFileSync(join(out, "validation.json"), "utf8")) as { ok: boolean };
    expect(report.ok).toBe(false);
  });

  it("checks node names the cluster values carry", async () => {
    const out = mkdtempSync(join(tmpdir(), "gitops-validate-"));
    const tree = join(out, "tree");
    cpSync(join(FIXTURES, "bad/rook-node-names"), tree, { recursive: true });
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    await expect(validateBuild({ name: "fixture", values: { nodes: [{ name: "infra-01" }, { name: "infra-02" }] } }, tree, out)).rejects.toThrow(/validation failed with 1 error/);
    const ok = await validateBuild({ name: "fixture", values: { nodes: ["infra-01", "k8s-infra-02"] } }, tree, out);
    expect(ok.ok).toBe(true);
  });
});
