import { isRecord, Memo, versionKey, type ValidationCache } from "../cache.ts";
import type { ExpressionCheck, ParseIssue } from "./promql.ts";

let version: string | null | undefined;

/** The expression check's version key: this package's, the grammar's and its parser's versions, and the source of the check, of MetricsQL's function list, of the rule check (which language a kind is read as) and of this module. */
export function expressionVersion(): string | null {
  version ??= versionKey(import.meta.url, ["promql", "metricsql-functions", "rule-groups", "promql-cache"], ["@prometheus-io/lezer-promql", "@lezer/lr"]);
  return version;
}

function isIssue(v: unknown): v is ParseIssue {
  return isRecord(v) && Number.isInteger(v.from) && Number.isInteger(v.to) && typeof v.message === "string";
}

function isExpressionCheck(v: unknown): v is ExpressionCheck {
  return isRecord(v) && Array.isArray(v.issues) && v.issues.every(isIssue) && (v.unchecked === undefined || typeof v.unchecked === "string");
}

/**
 * Expression checks by language and expression text (a pure function of the two, given the
 * version): a tree whose rules did not change reads them back instead of parsing them again;
 * an edited expression is a new item, checked.
 */
export function expressionChecks(cache: ValidationCache | undefined): Memo<ExpressionCheck> {
  return new Memo(cache, "expressions", cache ? expressionVersion() : null, { decode: (v) => (isExpressionCheck(v) ? { issues: v.issues.map((i) => ({ from: i.from, to: i.to, message: i.message })), ...(v.unchecked !== undefined ? { unchecked: v.unchecked } : {}) } : undefined) });
}
