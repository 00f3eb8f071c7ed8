import type { CheckContext } from "../context.ts";
import { evaluateLogs } from "./logs.ts";
import { evaluatePostgres } from "./postgres.ts";
import { dataStores, type Evaluation } from "./stores.ts";
import { evaluateVolume } from "./volumes.ts";

/**
 * Backup compliance: every data store declares its classification; stores under a framework
 * are evaluated against what the tree actually builds (backups, retention, encryption, TLS,
 * immutability). Failures are reported as findings; all evaluations are returned for the
 * per-framework report.
 */
export function checkCompliance(ctx: CheckContext): Evaluation[] {
  const evaluations: Evaluation[] = [];
  for (const s of dataStores(ctx)) {
    if (s.frameworks.length === 0) continue;
    if (s.kind === "postgres") evaluations.push(...evaluatePostgres(ctx, s));
    else if (s.kind === "volume") evaluations.push(...evaluateVolume(ctx, s));
    else evaluations.push(...evaluateLogs(s));
  }
  for (const e of evaluations) {
    if (e.problem === undefined) continue;
    ctx.report({ rule: e.rule, at: e.at ?? e.store.at, field: e.field, problem: e.problem, fix: e.fix ?? "", frameworks: e.frameworks });
  }
  return evaluations;
}
