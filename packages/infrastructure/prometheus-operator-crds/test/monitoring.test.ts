import { describe, expect, it } from "vitest";
import { alertRules, type Alert } from "../src/index.ts";

const down: Alert = { alert: "WebDown", expr: 'up{job="web"} == 0', for: "5m", severity: "critical", summary: "web is down", description: "{{ $labels.pod }} has not answered for 5 minutes" };

describe("alertRules", () => {
  it("renders each alert with its severity label and its summary and description annotations", () => {
    const rule = alertRules({ name: "web", namespace: "web", groups: [{ name: "web", interval: "30s", alerts: [down, { ...down, alert: "WebSlow", for: undefined, severity: "warning", labels: { team: "web" }, runbookUrl: "https://example.org/slow" }] }] });
    expect(rule.metadata).toEqual({ name: "web", namespace: "web" });
    expect(rule.spec.groups?.[0]).toEqual({
      name: "web",
      interval: "30s",
      rules: [
        { alert: "WebDown", expr: 'up{job="web"} == 0', for: "5m", labels: { severity: "critical" }, annotations: { summary: "web is down", description: "{{ $labels.pod }} has not answered for 5 minutes" } },
        {
          alert: "WebSlow",
          expr: 'up{job="web"} == 0',
          labels: { team: "web", severity: "warning" },
          annotations: { summary: "web is down", description: "{{ $labels.pod }} has not answered for 5 minutes", runbook_url: "https://example.org/slow" },
        },
      ],
    });
    expect(() => rule.validate()).not.toThrow();
  });

  it("refuses an alert without a summary or description, a duplicate or non-PascalCase name, a second severity, a bad duration", () => {
    const one = (a: Alert) => () => alertRules({ name: "web", namespace: "web", groups: [{ name: "web", alerts: [a] }] });
    expect(one({ ...down, summary: " " })).toThrowError("PrometheusRule/web/web, field spec.groups[0].rules[0].annotations.summary: alert WebDown has an empty summary");
    expect(one({ ...down, description: "" })).toThrowError("alert WebDown has an empty description");
    expect(one({ ...down, alert: "web-down" })).toThrowError('alert "web-down" is not PascalCase');
    expect(one({ ...down, labels: { severity: "page" } })).toThrowError("alert WebDown sets severity through labels");
    // @ts-expect-error the type takes durations only; the check is for what gets past it
    expect(one({ ...down, for: "five minutes" })).toThrowError('"five minutes" is not a duration');
    expect(() => alertRules({ name: "web", namespace: "web", groups: [{ name: "web", alerts: [down, down] }] })).toThrowError("field spec.groups[0].rules[1].alert: alert WebDown is defined twice");
    expect(() => alertRules({ name: "web", namespace: "web", groups: [] })).toThrowError("a PrometheusRule without groups");
    expect(() => alertRules({ name: "web", namespace: "web", groups: [{ name: "web", alerts: [] }] })).toThrowError("group web has no alerts");
  });

  it("names the cluster and component it is built for", () => {
    expect(() => alertRules({ name: "web", namespace: "web", where: { cluster: "apps", component: "web" }, groups: [{ name: "web", alerts: [{ ...down, expr: "" }] }] })).toThrowError(
      "cluster apps, component web, PrometheusRule/web/web, field spec.groups[0].rules[0].expr: alert WebDown has an empty expression",
    );
  });
});
