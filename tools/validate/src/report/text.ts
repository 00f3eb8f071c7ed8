import type { FrameworkReport } from "../compliance/report.ts";
import { formatFinding, type Finding } from "../types.ts";
import type { ValidationResult } from "../validate.ts";
import { summarize } from "./summary.ts";

function label(f: Finding): string {
  if (f.waived) return "WAIVED";
  return f.severity === "error" ? "ERROR " : "WARN  ";
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}

function findingLine(f: Finding): string {
  const frameworks = f.frameworks?.length ? ` {${f.frameworks.join(",")}}` : "";
  return `${label(f)} [${f.rule}]${frameworks} ${formatFinding(f)}${f.waived ? ` -- waived: ${f.waived}` : ""}`;
}

function frameworkLines(r: FrameworkReport): string[] {
  if (r.stores.length === 0) return [`  ${r.title.padEnd(8)} no data store declares it`];
  const checks = r.stores.flatMap((s) => s.checks);
  const status = r.compliant ? "compliant" : `NOT COMPLIANT (${count(r.failed, "violation")})`;
  const lines = [`  ${r.title.padEnd(8)} ${status}: ${count(r.stores.length, "store")}, ${checks.filter((c) => c.status === "pass").length}/${checks.length} checks passed${r.waived ? `, ${r.waived} waived` : ""}`];
  for (const s of r.stores) {
    for (const c of s.checks.filter((x) => x.status !== "pass")) {
      lines.push(`    ${c.status === "fail" ? "FAIL  " : "WAIVED"} [${c.rule}] component ${s.component}, ${c.object}, field ${c.field}: ${c.problem ?? ""}${c.status === "fail" ? ` (${c.fix ?? ""})` : ` -- waived: ${c.reason ?? ""}`}`);
    }
  }
  return lines;
}

/** The report for people: one line per finding, then the summary and the per-framework report. */
export function formatText(results: readonly ValidationResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    const { errors, warnings, waived } = summarize(r);
    for (const f of r.findings) out.push(findingLine(f));
    out.push(`cluster ${r.cluster}: ${r.ok ? "valid" : "INVALID"} -- ${count(r.files, "file")}, ${count(r.objects, "object")}, ${count(errors, "error")}, ${count(warnings, "warning")}, ${waived} waived (${Math.round(r.durationMs)} ms)`);
    out.push(`backup compliance (cluster ${r.cluster}):`);
    for (const fr of r.compliance) out.push(...frameworkLines(fr));
  }
  return `${out.join("\n")}\n`;
}
