import { formatFinding } from "../types.ts";
import type { ValidationResult } from "../validate.ts";

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
        summary: {
          errors: r.findings.filter((f) => f.severity === "error" && !f.waived).length,
          warnings: r.findings.filter((f) => f.severity === "warning" && !f.waived).length,
          waived: r.findings.filter((f) => f.waived).length,
        },
        findings: r.findings.map((f) => ({ ...f, message: formatFinding(f) })),
        compliance: r.compliance,
      })),
    },
    null,
    2,
  )}\n`;
}
