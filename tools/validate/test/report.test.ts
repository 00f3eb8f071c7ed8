import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatJson } from "../src/report/json.ts";
import { formatText } from "../src/report/text.ts";
import { validateDir } from "../src/validate.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");

describe("reports", () => {
  it("give a per-framework compliance report, in text and JSON", async () => {
    const bad = await validateDir(join(FIXTURES, "bad", "cnpg-sox-short-retention"), { cluster: "fixture" });
    const good = await validateDir(join(FIXTURES, "good", "compliant-data-stores"), { cluster: "fixture" });
    const sox = bad.compliance.find((r) => r.framework === "sox");
    expect(sox).toMatchObject({ compliant: false, failed: 1 });
    expect(sox?.stores[0]?.checks.find((c) => c.status === "fail")).toMatchObject({ rule: "backup-retention", field: "spec.backup.retentionPolicy" });
    expect(bad.compliance.find((r) => r.framework === "gdpr")?.stores).toEqual([]);
    expect(good.compliance.every((r) => r.compliant && r.stores.length > 0)).toBe(true);

    const text = formatText([bad]);
    expect(text).toContain("SOX      NOT COMPLIANT (1 violation)");
    expect(text).toContain("cluster fixture: INVALID");
    const json = JSON.parse(formatJson([bad, good])) as { ok: boolean; results: { ok: boolean; summary: { errors: number }; findings: { message: string; rule: string }[] }[] };
    expect(json.ok).toBe(false);
    expect(json.results.map((r) => r.ok)).toEqual([false, true]);
    expect(json.results[0]?.summary.errors).toBe(1);
    expect(json.results[0]?.findings[0]?.message).toMatch(/^cluster fixture, component app, Cluster\/app\/shared-postgres, field spec.backup.retentionPolicy: /);
  });

  it("show waived findings with their reason, without failing", async () => {
    const r = await validateDir(join(FIXTURES, "good", "waived-findings"), { cluster: "fixture" });
    expect(r.ok).toBe(true);
    expect(r.findings.filter((f) => f.waived).map((f) => [f.rule, f.waived])).toEqual([
      ["resource-requests", "a batch job whose size is set by the operator at run time"],
      ["service-selector", "selects the pods the operator creates"],
    ]);
    expect(r.findings.find((f) => f.rule === "waiver")).toMatchObject({ severity: "warning", problem: "waives pinned-version, which finds nothing here" });
    expect(formatText([r])).toContain("-- waived: selects the pods the operator creates");
  });

  it("can skip secret scanning", async () => {
    const dir = join(FIXTURES, "bad", "leaked-github-token");
    expect((await validateDir(dir, { cluster: "fixture" })).ok).toBe(false);
    expect((await validateDir(dir, { cluster: "fixture", secrets: false })).ok).toBe(true);
  });
});
