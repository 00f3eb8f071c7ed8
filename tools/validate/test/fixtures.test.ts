import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Platform } from "../src/platform.ts";
import { isRuleId, RULES } from "@k8s-gitops/core";
import { formatFinding } from "../src/types.ts";
import { validateDir } from "../src/validate.ts";

// Every folder under test/fixtures/bad/ is a deliberately broken input with expected.json:
// the rule that must reject it and the start of the message (cluster, component, object,
// field and problem). Each must fail with exactly that rule (plus the few listed in "also"): no
// other error hides behind it,
// and every error must name its location. Folders under good/ must pass.

const FIXTURES = join(import.meta.dirname, "fixtures");
const CLUSTER = "fixture";

interface Expected {
  rule: string;
  message: string;
  /** Rules that legitimately fail too (e.g. an rclone mover has neither encryption nor retention). */
  also?: string[];
  platform?: Partial<Platform>;
}

function cases(kind: "bad" | "good"): string[] {
  return readdirSync(join(FIXTURES, kind)).sort();
}

function expected(dir: string): Expected {
  return JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;
}

describe("bad inputs are rejected", () => {
  it("has at least 40 of them", () => {
    expect(cases("bad").length).toBeGreaterThanOrEqual(40);
  });

  for (const name of cases("bad")) {
    it(name, async () => {
      const dir = join(FIXTURES, "bad", name);
      const exp = expected(dir);
      expect(isRuleId(exp.rule), `expected.json names unknown rule ${exp.rule}`).toBe(true);
      const result = await validateDir(dir, { cluster: CLUSTER, ...(exp.platform ? { platform: exp.platform } : {}) });
      const errors = result.findings.filter((f) => f.severity === "error" && !f.waived);
      expect(result.ok).toBe(false);
      const messages = errors.map(formatFinding);
      expect(messages.some((m) => m.startsWith(exp.message)), `no error starts with:\n  ${exp.message}\ngot:\n  ${messages.join("\n  ")}`).toBe(true);
      expect([...new Set(errors.map((f) => f.rule))].sort()).toEqual([exp.rule, ...(exp.also ?? [])].sort());
      for (const f of errors) {
        expect(f.cluster).toBe(CLUSTER);
        expect(f.component).not.toBe("");
        expect(f.object ?? f.file, `${formatFinding(f)} names no object or file`).toBeTruthy();
        expect(f.field, `${formatFinding(f)} names no field`).toBeTruthy();
        expect(f.fix).not.toBe("");
      }
    });
  }
});

describe("good inputs are accepted", () => {
  for (const name of cases("good")) {
    it(name, async () => {
      const dir = join(FIXTURES, "good", name);
      const result = await validateDir(dir, { cluster: CLUSTER });
      const errors = result.findings.filter((f) => f.severity === "error" && !f.waived).map(formatFinding);
      expect(errors).toEqual([]);
      expect(result.ok).toBe(true);
      expect(result.objects).toBeGreaterThan(0);
    });
  }
});

describe("the bad inputs", () => {
  it("exercise every rule", () => {
    const covered = new Set(cases("bad").flatMap((name) => [expected(join(FIXTURES, "bad", name)).rule]));
    expect(Object.keys(RULES).filter((r) => !covered.has(r))).toEqual([]);
  });
});
