import type { ValidationResult } from "../validate.ts";

/** Unwaived errors and warnings, and waived findings: the counts both reports lead with. */
export function summarize(r: ValidationResult): { errors: number; warnings: number; waived: number } {
  return {
    errors: r.findings.filter((f) => f.severity === "error" && !f.waived).length,
    warnings: r.findings.filter((f) => f.severity === "warning" && !f.waived).length,
    waived: r.findings.filter((f) => f.waived).length,
  };
}
