import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { ConfigError, isDuration, type ConfigLocation, type Duration } from "@k8s-gitops/core";

/** How urgently an alert wants a human: critical pages, warning is looked at the same day, info is a note. */
export type Severity = "critical" | "warning" | "info";

/**
 * One alerting rule as every package writes it: a severity, a summary and a description are not
 * optional, so an alert that reaches someone always says how bad it is and what happened.
 */
export interface Alert {
  /** PascalCase, unique within its PrometheusRule (e.g. CoreDNSDown). */
  readonly alert: string;
  /** PromQL; templates in the annotations may use {{ $labels.x }} and {{ $value }}. */
  readonly expr: string;
  /** How long the expression must hold before the alert fires (default: at once). */
  readonly for?: Duration;
  readonly severity: Severity;
  readonly summary: string;
  readonly description: string;
  /** Labels besides severity (never `severity` itself). */
  readonly labels?: Readonly<Record<string, string>>;
  readonly runbookUrl?: string;
}

/** A group of alerts evaluated together (one interval). */
export interface AlertGroup {
  readonly name: string;
  readonly interval?: Duration;
  readonly alerts: readonly Alert[];
}

const ALERT_NAME = /^[A-Z][A-Za-z0-9]*$/;

/**
 * A PrometheusRule of alerts, checked while the component is built: a PascalCase name unique in
 * the rule, a non-empty expression, summary and description, a duration `for`, no second
 * severity through `labels`. The VictoriaMetrics operator turns it into a VMRule.
 */
export function alertRules(o: { name: string; namespace: string; groups: readonly AlertGroup[]; where?: ConfigLocation }): PrometheusRule {
  const where: ConfigLocation = { ...o.where, object: `PrometheusRule/${o.namespace}/${o.name}` };
  if (o.groups.length === 0) throw new ConfigError("a PrometheusRule without groups", { ...where, field: "spec.groups" });
  const seen = new Set<string>();
  const groupNames = new Set<string>();
  o.groups.forEach((g, gi) => {
    if (groupNames.has(g.name)) throw new ConfigError(`two groups are named ${g.name}`, { ...where, field: `spec.groups[${gi}].name` });
    groupNames.add(g.name);
    if (g.alerts.length === 0) throw new ConfigError(`group ${g.name} has no alerts`, { ...where, field: `spec.groups[${gi}].rules` });
    g.alerts.forEach((a, ai) => {
      const at = (f: string) => ({ ...where, field: `spec.groups[${gi}].rules[${ai}].${f}` });
      if (!ALERT_NAME.test(a.alert)) throw new ConfigError(`alert "${a.alert}" is not PascalCase`, at("alert"));
      if (seen.has(a.alert)) throw new ConfigError(`alert ${a.alert} is defined twice`, at("alert"));
      seen.add(a.alert);
      if (a.expr.trim() === "") throw new ConfigError(`alert ${a.alert} has an empty expression`, at("expr"));
      if (a.summary.trim() === "") throw new ConfigError(`alert ${a.alert} has an empty summary`, at("annotations.summary"));
      if (a.description.trim() === "") throw new ConfigError(`alert ${a.alert} has an empty description`, at("annotations.description"));
      if (a.for !== undefined && !isDuration(a.for)) throw new ConfigError(`alert ${a.alert}: "${a.for}" is not a duration`, at("for"));
      if (a.labels && "severity" in a.labels) throw new ConfigError(`alert ${a.alert} sets severity through labels; use its severity`, at("labels.severity"));
    });
  });
  return new PrometheusRule({
    metadata: { name: o.name, namespace: o.namespace },
    spec: {
      groups: o.groups.map((g) => ({
        name: g.name,
        ...(g.interval ? { interval: g.interval } : {}),
        rules: g.alerts.map((a) => ({
          alert: a.alert,
          expr: a.expr,
          ...(a.for ? { for: a.for } : {}),
          labels: { ...a.labels, severity: a.severity },
          annotations: { summary: a.summary, description: a.description, ...(a.runbookUrl ? { runbook_url: a.runbookUrl } : {}) },
        })),
      })),
    },
  });
}

/**
 * A Grafana dashboard published on grafana.com, by id and revision: what a package exports as
 * `dashboards` for whoever provisions Grafana (the dashboard is fetched there, not shipped here).
 */
export interface GrafanaDashboard {
  readonly id: number;
  readonly revision: number;
  readonly title: string;
}
