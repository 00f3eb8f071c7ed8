import type { CheckContext } from "../context.ts";
import { asArray, asString, asStringMap, get } from "../json.ts";
import type { JsonValue } from "../schema/types.ts";
import type { Manifest } from "../types.ts";
import type { Memo } from "../cache.ts";
import { checkMetricsql, checkPromql, type ExpressionCheck } from "./promql.ts";
import { expressionChecks } from "./promql-cache.ts";

/** The rule-group kinds: which expression language and duration syntax each one's evaluator reads. */
interface RuleKind {
  group: string;
  kind: string;
  language: "PromQL" | "MetricsQL";
  check: (expr: string) => ExpressionCheck;
  duration: (value: string) => boolean;
}

/** Prometheus' duration (model.ParseDuration): units largest first, each once, integers only; "0" alone. */
const PROMETHEUS_DURATION = /^(0|(\d+y)?(\d+w)?(\d+d)?(\d+h)?(\d+m)?(\d+s)?(\d+ms)?)$/;
/** vmalert's (MetricsQL's DurationValue): a number of seconds, or parts like 1.5h30m, non-negative. */
const METRICSQL_DURATION = /^(\d+(\.\d+)?|(\d+(\.\d+)?([mM][sS]|m|[sShHdDwWyY]))+)$/;

const RULE_KINDS: readonly RuleKind[] = [
  { group: "monitoring.coreos.com", kind: "PrometheusRule", language: "PromQL", check: checkPromql, duration: (v) => v !== "" && PROMETHEUS_DURATION.test(v) },
  { group: "operator.victoriametrics.com", kind: "VMRule", language: "MetricsQL", check: checkMetricsql, duration: (v) => METRICSQL_DURATION.test(v) },
];

/** VMRule group types whose expressions are not PromQL/MetricsQL (vmalert's graphite and VictoriaLogs datasources). */
function evaluatesMetricsql(groupType: string | undefined): boolean {
  return groupType === undefined || groupType === "" || groupType === "prometheus";
}

/**
 * Every rule of a PrometheusRule or VMRule loads: its expression parses, its durations are
 * valid, it is an alert or a recording rule (not both), group names are unique in the object;
 * and every alert follows the platform's convention: a `severity` label (on the rule or its
 * group) and a `summary` or `description` annotation.
 */
export function checkRuleGroups(ctx: CheckContext): void {
  const checks = expressionChecks(ctx.cache);
  for (const kind of RULE_KINDS) for (const at of ctx.index.kind(kind.group, kind.kind)) checkObject(ctx, checks, kind, at);
  checks.save();
}

function checkObject(ctx: CheckContext, checks: Memo<ExpressionCheck>, kind: RuleKind, at: Manifest): void {
  const seen = new Map<string, number>();
  asArray(get(at.object, "spec", "groups")).forEach((group, g) => {
    const groupField = `spec.groups[${g}]`;
    const name = asString(get(group, "name"));
    if (name !== undefined) {
      const first = seen.get(name);
      if (first !== undefined) {
        ctx.report({ rule: "promql-parse", at, field: `${groupField}.name`, problem: `group name "${name}" is repeated (spec.groups[${first}]): the rule file does not load`, fix: "give each group of the object its own name" });
      } else seen.set(name, g);
    }
    const groupType = asString(get(group, "type"));
    const parse = kind.kind !== "VMRule" || evaluatesMetricsql(groupType);
    const groupLabels = asStringMap(get(group, "labels"));
    asArray(get(group, "rules")).forEach((rule, r) => {
      const field = `${groupField}.rules[${r}]`;
      const alert = asString(get(rule, "alert"));
      const record = asString(get(rule, "record"));
      if (!alert === !record) {
        ctx.report({
          rule: "promql-parse",
          at,
          field,
          problem: alert ? `the rule is both alert "${alert}" and recording rule "${record ?? ""}"` : "the rule is neither an alert nor a recording rule (no alert, no record)",
          fix: "give the rule exactly one of alert and record",
        });
      }
      const label = alert ? `alert ${alert}` : record ? `recording rule ${record}` : "the rule";
      const expr = get(rule, "expr");
      if (typeof expr === "string" && parse) checkExpression(ctx, kind, at, `${field}.expr`, label, checks.get(`${kind.language}\0${expr}`, () => kind.check(expr)));
      for (const key of ["for", "keep_firing_for"]) {
        const value = get(rule, key);
        if (value === undefined) continue;
        if (typeof value !== "string" || !kind.duration(value)) {
          ctx.report({
            rule: "promql-parse",
            at,
            field: `${field}.${key}`,
            problem: `${key} ${JSON.stringify(value)} of ${label} is not a ${kind.kind === "VMRule" ? "vmalert" : "Prometheus"} duration`,
            fix: kind.kind === "VMRule" ? "write a duration such as 5m, 1h30m or 1.5h" : "write a duration such as 5m or 1h30m (units y, w, d, h, m, s, ms, largest first, integers)",
          });
        }
      }
      if (record && kind.kind === "PrometheusRule") {
        // Prometheus' rulefmt refuses these fields on recording rules: the whole file fails to load.
        for (const key of ["for", "keep_firing_for", "annotations"]) {
          if (get(rule, key) === undefined) continue;
          ctx.report({ rule: "promql-parse", at, field: `${field}.${key}`, problem: `recording rule ${record} has ${key}, which Prometheus refuses on a recording rule`, fix: `remove ${key} (or make the rule an alert)` });
        }
      }
      if (alert) checkAlertConvention(ctx, at, field, alert, groupLabels, rule);
    });
  });
}

function checkExpression(ctx: CheckContext, kind: RuleKind, at: Manifest, field: string, label: string, result: ExpressionCheck): void {
  if (result.unchecked) {
    ctx.report({ rule: "promql-parse", at, field, severity: "warning", problem: `the expression of ${label} is not checked: ${result.unchecked}`, fix: "write the expression without WITH templates to have it checked, or keep it and test it against VictoriaMetrics" });
  }
  const issue = result.issues[0];
  if (!issue) return;
  ctx.report({
    rule: "promql-parse",
    at,
    field,
    problem: `the expression of ${label} does not parse as ${kind.language} ${issue.message}`,
    fix: kind.language === "MetricsQL" ? "correct the expression (MetricsQL functions: VictoriaMetrics metricsql v0.87.0)" : "correct the expression (PromQL, as the Prometheus UI's grammar reads it)",
  });
}

function checkAlertConvention(ctx: CheckContext, at: Manifest, field: string, alert: string, groupLabels: Record<string, string>, rule: JsonValue): void {
  const labels = { ...groupLabels, ...asStringMap(get(rule, "labels")) };
  if (!labels.severity) {
    ctx.report({ rule: "alert-convention", at, field: `${field}.labels.severity`, problem: `alert ${alert} has no severity label (on the rule or its group)`, fix: "label the alert severity: critical, warning or info" });
  }
  const annotations = asStringMap(get(rule, "annotations"));
  if (!annotations.summary && !annotations.description) {
    ctx.report({ rule: "alert-convention", at, field: `${field}.annotations`, problem: `alert ${alert} has neither a summary nor a description annotation`, fix: "annotate the alert with a one-line summary (and a description)" });
  }
}
