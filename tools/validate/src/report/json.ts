import { formatFinding } from "../types.ts";
import type { ValidationResult } from "../validate.ts";
import { summarize } from "./summary.ts";

/** The report for machines: stable keys, every finding with its formatted message. */
export function formatJson(results: readonly ValidationResult[]): string {
  return `${JSON.stringify(
    {
      ok: results.every((r) => r.ok),
      results: results.map((r) => ({
        cluster: r.cluster,
        ok: r.ok,
        files: r.files,
        objects: r.objects,
        durationMs: Math.round(r.durationMs),
        summary: summarize(r),
        findings: r.findings.map((f) => ({ ...f, message: formatFinding(f) })),
        compliance: r.compliance,
      })),
    },
    null,
    2,
  )}\n`;
}
