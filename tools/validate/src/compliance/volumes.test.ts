import { join } from "node:path";
import type { Framework, RuleId } from "@k8s-gitops/core";
import { describe, expect, it } from "vitest";
import { validateDir } from "../validate.ts";

// Volume backups made by @k8s-gitops/volsync's volumeBackup() (the fixtures are its output),
// per framework: the compliant claim passes every check the framework asks for, and each bad
// fixture fails exactly the check it breaks, in that framework's report section.

const FIXTURES = join(import.meta.dirname, "../../test/fixtures");

async function sectionOf(dir: string, framework: Framework) {
  const result = await validateDir(join(FIXTURES, dir), { cluster: "fixture" });
  const section = result.compliance.find((r) => r.framework === framework);
  if (!section) throw new Error(`no ${framework} section in the report of ${dir}`);
  return section;
}

const cases: readonly { framework: Framework; claim: string; checks: RuleId[]; bad: string; fails: RuleId }[] = [
  { framework: "gdpr", claim: "gdpr-data", checks: ["backup-encryption", "backup-retention", "backup-schedule", "backup-tls"], bad: "volsync-gdpr-http-repository", fails: "backup-tls" },
  { framework: "hipaa", claim: "hipaa-data", checks: ["audit-immutability", "backup-encryption", "backup-retention", "backup-schedule", "backup-tls"], bad: "volsync-hipaa-short-retention", fails: "backup-retention" },
  { framework: "pci-dss", claim: "pci-data", checks: ["audit-immutability", "backup-encryption", "backup-retention", "backup-schedule", "backup-tls"], bad: "volsync-pci-weekly-schedule", fails: "backup-schedule" },
  { framework: "sox", claim: "sox-data", checks: ["audit-immutability", "backup-retention", "backup-schedule", "backup-tls"], bad: "volsync-sox-audit-without-lock", fails: "audit-immutability" },
];

describe("volume backup compliance", () => {
  for (const c of cases) {
    it(`${c.framework}: a compliant volume backup passes every check, ${c.bad} fails ${c.fails}`, async () => {
      const good = await sectionOf("good/volsync-backups-per-framework", c.framework);
      expect(good.compliant).toBe(true);
      expect(good.stores.map((s) => s.object)).toEqual([`PersistentVolumeClaim/app/${c.claim}`]);
      const checks = good.stores[0]?.checks ?? [];
      expect([...new Set(checks.map((x) => x.rule))].sort()).toEqual(c.checks);
      expect(checks.every((x) => x.status === "pass")).toBe(true);

      const bad = await sectionOf(`bad/${c.bad}`, c.framework);
      expect(bad.compliant).toBe(false);
      const failed = bad.stores.flatMap((s) => s.checks).filter((x) => x.status === "fail");
      expect(failed.map((x) => x.rule)).toEqual([c.fails]);
    });
  }
});
