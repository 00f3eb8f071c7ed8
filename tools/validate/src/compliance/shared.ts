import { ANNOTATIONS, type Framework, FRAMEWORKS, requiredBy, requiredRetention, retentionDays, titles, yearsToDays } from "@k8s-gitops/core";
import type { DataStore, Evaluation } from "./stores.ts";

/** A retention against the frameworks' minimum (GDPR: any defined retention). */
export function retention(s: DataStore, frameworks: Framework[], field: string, raw: string | undefined, days: number | undefined, how: string): Evaluation {
  const base = { store: s, rule: "backup-retention" as const, frameworks, field };
  const need = requiredRetention(frameworks);
  const wanted = need.years > 0 ? `at least ${need.years}y (${titles(need.by)}), e.g. ${need.years * 12}m or ${yearsToDays(need.years)}d` : "a finite retention (GDPR storage limitation)";
  if (raw === undefined) return { ...base, problem: `no retention is set (${requiredBy(frameworks)} one)`, fix: `${how} to ${wanted}` };
  if (days === undefined) return { ...base, problem: `retention "${raw}" is not a duration`, fix: `${how} to ${wanted}` };
  if (days < yearsToDays(need.years)) {
    return { ...base, problem: `retention ${raw} is shorter than ${requiredBy(need.by)} (${need.years}y)`, fix: `${how} to ${wanted}` };
  }
  return base;
}

/**
 * Audit data under a framework that requires it unaltered must be written to an object-locked
 * (WORM) store whose lock is at least the required retention. Undefined when not applicable.
 */
export function immutability(s: DataStore): Evaluation | undefined {
  const frameworks = s.frameworks.filter((f) => FRAMEWORKS[f].immutableAudit);
  if (!s.auditData || frameworks.length === 0) return undefined;
  const field = `metadata.annotations["${ANNOTATIONS.objectLock}"]`;
  const base = { store: s, rule: "audit-immutability" as const, frameworks, field };
  const need = requiredRetention(frameworks);
  const fix = `write the backups to a bucket with object lock (compliance mode) of at least ${need.years}y and declare it: classifyData(..., { objectLock: "${need.years}y" })`;
  if (s.objectLock === undefined) return { ...base, problem: `audit data is not declared to be on an immutable store (${requiredBy(frameworks)} audit records unaltered)`, fix };
  const days = retentionDays(s.objectLock);
  if (days === undefined) return { ...base, problem: `object lock "${s.objectLock}" is not a duration`, fix };
  if (days < yearsToDays(need.years)) return { ...base, problem: `object lock ${s.objectLock} is shorter than the ${need.years}y ${requiredBy(need.by)}`, fix };
  return base;
}
