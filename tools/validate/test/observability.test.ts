import { describe, expect, it } from "vitest";
import { isMetricsqlFunction, METRICSQL_AGGREGATES, METRICSQL_ROLLUPS, METRICSQL_TRANSFORMS } from "../src/observability/metricsql-functions.ts";
import { checkMetricsql, checkPromql } from "../src/observability/promql.ts";
import { formatFinding, type Finding } from "../src/types.ts";
import { validateFiles } from "../src/validate.ts";

// The scrape-selector, promql-parse and alert-convention checks on small trees held in memory:
// one namespace with a Deployment and its Service, plus the object under test.

const BASE = `apiVersion: v1
kind: Namespace
metadata:
  name: app
  labels:
    pod-security.kubernetes.io/enforce: restricted
    pod-security.kubernetes.io/enforce-version: v1.34
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: app
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-scrape
  namespace: app
spec:
  podSelector: {}
  policyTypes: [Ingress]
  ingress:
    - ports:
        - port: 9090
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: app
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: web
  template:
    metadata:
      labels:
        app.kubernetes.io/name: web
    spec:
      containers:
        - name: web
          image: ghcr.io/example/web:1.2.3
          ports:
            - name: http
              containerPort: 8080
            - name: metrics
              containerPort: 9090
          resources: {requests: {cpu: 100m, memory: 128Mi}}
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: app
  labels:
    app.kubernetes.io/name: web
spec:
  selector:
    app.kubernetes.io/name: web
  ports:
    - name: http
      port: 80
      targetPort: http
    - name: metrics
      port: 9090
      targetPort: metrics
`;

function serviceMonitor(selector: string, port: string, extra = ""): string {
  return `apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: web
  namespace: app
spec:
  selector:
    matchLabels:
      ${selector}
  endpoints:
    - port: ${port}
${extra}`;
}

function tree(files: Record<string, string>): Map<string, string> {
  return new Map(Object.entries({ "app/base.yaml": BASE, ...files }));
}

async function findings(files: Map<string, string>, rules: readonly string[]): Promise<Finding[]> {
  const result = await validateFiles(files, { cluster: "fixture", secrets: false });
  return result.findings.filter((f) => rules.includes(f.rule));
}

async function scrapeFindings(files: Map<string, string>): Promise<string[]> {
  return (await findings(files, ["scrape-selector"])).map((f) => `${f.severity}: ${formatFinding(f)}`);
}

describe("scrape-selector", () => {
  it("passes a ServiceMonitor that selects the Service and names its port", async () => {
    const result = await validateFiles(tree({ "app/sm.yaml": serviceMonitor("app.kubernetes.io/name: web", "metrics") }), { cluster: "fixture", secrets: false });
    expect(result.findings.filter((f) => f.severity === "error").map(formatFinding)).toEqual([]);
    expect(result.findings.filter((f) => f.rule === "scrape-selector")).toEqual([]);
  });

  it("rejects a ServiceMonitor whose selector matches no Service", async () => {
    expect(await scrapeFindings(tree({ "app/sm.yaml": serviceMonitor("app.kubernetes.io/name: website", "metrics") }))).toEqual([
      // The Service's metrics port is then scraped by nothing.
      'warning: cluster fixture, component app, Service/app/web, field spec.ports[1].name: port "metrics" is named as a metrics port, but no ServiceMonitor or VMServiceScrape of the tree selects this Service with that port (add a ServiceMonitor selecting the Service\'s labels with an endpoint on port "metrics", or waive scrape-selector on the Service with the reason (e.g. the chart\'s own ServiceMonitor scrapes it))',
      "error: cluster fixture, component app, ServiceMonitor/app/web, field spec.selector: no Service in namespace app has the labels app.kubernetes.io/name=website: nothing would be scraped (select the labels of the Service that exposes the metrics (and its namespace in spec.namespaceSelector))",
    ]);
  });

  it("rejects a ServiceMonitor that selects the Service but names a port it does not have", async () => {
    const found = await findings(tree({ "app/sm.yaml": serviceMonitor("app.kubernetes.io/name: web", "http-metrics") }), ["scrape-selector"]);
    expect(found.filter((f) => f.severity === "error").map((f) => [f.component, f.object, f.field, f.problem])).toEqual([
      ["app", "ServiceMonitor/app/web", "spec.endpoints[0].port", 'no selected Service has a port named "http-metrics": Service/app/web (ports: http, metrics)'],
    ]);
  });

  it("looks in the namespaces of namespaceSelector, not the object's own", async () => {
    const sm = `apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: web
  namespace: monitoring
spec:
  namespaceSelector:
    matchNames: [other]
  selector:
    matchLabels:
      app.kubernetes.io/name: web
  endpoints:
    - port: metrics
`;
    const found = await findings(tree({ "monitoring/sm.yaml": sm }), ["scrape-selector"]);
    expect(found.filter((f) => f.severity === "error").map((f) => [f.object, f.problem])).toEqual([
      ["ServiceMonitor/monitoring/web", "no Service in namespace other has the labels app.kubernetes.io/name=web: nothing would be scraped"],
    ]);
    const anyNs = await findings(tree({ "monitoring/sm.yaml": sm.replace("matchNames: [other]", "any: true") }), ["scrape-selector"]);
    expect(anyNs).toEqual([]);
  });

  it("matches matchExpressions", async () => {
    const sm = serviceMonitor("app.kubernetes.io/name: web", "metrics").replace(
      "    matchLabels:\n      app.kubernetes.io/name: web\n",
      "    matchExpressions:\n      - {key: app.kubernetes.io/name, operator: In, values: [api, web]}\n",
    );
    expect(await scrapeFindings(tree({ "app/sm.yaml": sm }))).toEqual([]);
    const none = sm.replace("operator: In", "operator: NotIn");
    expect((await findings(tree({ "app/sm.yaml": none }), ["scrape-selector"])).filter((f) => f.severity === "error").map((f) => f.problem)).toEqual([
      "no Service in namespace app has the labels app.kubernetes.io/name NotIn (api, web): nothing would be scraped",
    ]);
  });

  it("checks PodMonitor selectors against pod templates and container ports", async () => {
    const pm = (port: string): string => `apiVersion: monitoring.coreos.com/v1
kind: PodMonitor
metadata:
  name: web
  namespace: app
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: web
  podMetricsEndpoints:
    - ${port}
`;
    expect(await scrapeFindings(tree({ "app/pm.yaml": pm("port: metrics") }))).toEqual([
      // The Service's metrics port is still not scraped through the Service.
      expect.stringMatching(/^warning: .*Service\/app\/web, field spec.ports\[1\].name/),
    ]);
    expect(await scrapeFindings(tree({ "app/pm.yaml": pm("portNumber: 9090") }))).toHaveLength(1);
    const wrong = await findings(tree({ "app/pm.yaml": pm("portNumber: 9100") }), ["scrape-selector"]);
    expect(wrong.filter((f) => f.severity === "error").map((f) => [f.object, f.field, f.problem])).toEqual([
      ["PodMonitor/app/web", "spec.podMetricsEndpoints[0].portNumber", "no container of the selected pods has a port 9100: Deployment/app/web (ports: http, metrics)"],
    ]);
  });

  it("checks VMServiceScrape and VMPodScrape the same way", async () => {
    const vm = `apiVersion: operator.victoriametrics.com/v1beta1
kind: VMServiceScrape
metadata:
  name: web
  namespace: app
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: web
  endpoints:
    - port: metrics
---
apiVersion: operator.victoriametrics.com/v1beta1
kind: VMPodScrape
metadata:
  name: web-pods
  namespace: app
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: api
  podMetricsEndpoints:
    - port: metrics
`;
    expect(await scrapeFindings(tree({ "app/vm.yaml": vm }))).toEqual([
      "error: cluster fixture, component app, VMPodScrape/app/web-pods, field spec.selector: no pod template or Pod in namespace app has the labels app.kubernetes.io/name=api: nothing would be scraped (select the pod template labels of the workload that exposes the metrics (and its namespace in spec.namespaceSelector))",
    ]);
  });

  it("warns instead of failing where a HelmRelease in the namespace may render the targets", async () => {
    const hr = `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: chart
  namespace: app
spec:
  interval: 1h
  chartRef:
    kind: OCIRepository
    name: chart
`;
    const found = await findings(tree({ "app/sm.yaml": serviceMonitor("app.kubernetes.io/name: website", "metrics"), "app/hr.yaml": hr }), ["scrape-selector"]);
    expect(found.map((f) => [f.severity, f.object, f.problem])).toContainEqual([
      "warning",
      "ServiceMonitor/app/web",
      "no Service in namespace app has the labels app.kubernetes.io/name=website: nothing would be scraped; its targets may come from HelmRelease/app/chart, which the tree does not show",
    ]);
    expect(found.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("warns about a metrics container port nothing scrapes and no Service fronts", async () => {
    const files = tree({});
    files.set("app/base.yaml", BASE.replace(/---\napiVersion: v1\nkind: Service[\s\S]*$/, ""));
    expect(await scrapeFindings(files)).toEqual([
      expect.stringMatching(/^warning: cluster fixture, component app, Deployment\/app\/web, field spec\.template\.spec\.containers\[0\]\.ports\[1\]\.name: container port "metrics" is named as a metrics port/),
    ]);
  });

  it("is waived on the Service for a port a chart's own ServiceMonitor scrapes", async () => {
    const files = tree({});
    files.set("app/base.yaml", BASE.replace("  name: web\n  namespace: app\n  labels:", "  name: web\n  namespace: app\n  annotations:\n    k8s-gitops.io/waive: scrape-selector=scraped by the chart's ServiceMonitor\n  labels:"));
    const found = await findings(files, ["scrape-selector"]);
    expect(found.map((f) => [f.object, f.waived])).toEqual([["Service/app/web", "scraped by the chart's ServiceMonitor"]]);
  });
});

function prometheusRule(rule: string, kind = "PrometheusRule", apiVersion = "monitoring.coreos.com/v1"): string {
  return `apiVersion: ${apiVersion}
kind: ${kind}
metadata:
  name: web
  namespace: app
spec:
  groups:
    - name: web
      rules:
${rule
  .split("\n")
  .map((l) => `        ${l}`)
  .join("\n")}
`;
}

const ALERT = (expr: string, extra = ""): string => `- alert: WebDown
  expr: ${expr}
  for: 5m
  labels:
    severity: critical
  annotations:
    summary: web is down${extra}`;

async function ruleFindings(text: string): Promise<Finding[]> {
  return findings(tree({ "app/rule.yaml": text }), ["promql-parse", "alert-convention"]);
}

describe("promql-parse", () => {
  it("passes a PrometheusRule whose expressions parse", async () => {
    const text = prometheusRule(`${ALERT('sum by (job) (rate(http_requests_total{code=~"5.."}[5m])) / sum by (job) (rate(http_requests_total[5m])) > 0.05')}
- record: job:http_requests:rate5m
  expr: sum by (job) (rate(http_requests_total[5m]))`);
    const result = await validateFiles(tree({ "app/rule.yaml": text }), { cluster: "fixture", secrets: false });
    expect(result.findings.filter((f) => f.severity === "error").map(formatFinding)).toEqual([]);
  });

  it("rejects an expression that does not parse, with its position and text", async () => {
    const found = await ruleFindings(prometheusRule(ALERT("'rate(foo[5m]'")));
    expect(found.map(formatFinding)).toEqual([
      'cluster fixture, component app, PrometheusRule/app/web, field spec.groups[0].rules[0].expr: the expression of alert WebDown does not parse as PromQL at line 1, column 13: unexpected end of expression after "rate(foo[5m]" (correct the expression (PromQL, as the Prometheus UI\'s grammar reads it))',
    ]);
  });

  it("names the offending text in the middle of a multi-line expression", async () => {
    const found = await ruleFindings(prometheusRule(ALERT("|\n    sum(rate(foo[5m]))\n      > bool on 1")));
    expect(found.map((f) => f.problem)).toEqual([expect.stringMatching(/^the expression of alert WebDown does not parse as PromQL at line 2, column \d+: unexpected/)]);
  });

  it("rejects PromQL that is only MetricsQL in a PrometheusRule", async () => {
    const found = await ruleFindings(prometheusRule(ALERT("rate(foo[5m]) keep_metric_names > 0")));
    expect(found.map((f) => f.problem)).toEqual(['the expression of alert WebDown does not parse as PromQL at line 1, column 15: unexpected "keep_metric_names"']);
  });

  it("checks for and keep_firing_for durations and the rule's shape", async () => {
    const found = await ruleFindings(
      prometheusRule(`${ALERT("up == 0")}
  keep_firing_for: 1.5h
- record: job:up:sum
  expr: sum by (job) (up)
  for: 5m
- expr: up`),
    );
    expect(found.map((f) => [f.field, f.problem])).toEqual([
      ["spec.groups[0].rules[0].keep_firing_for", 'keep_firing_for "1.5h" of alert WebDown is not a Prometheus duration'],
      ["spec.groups[0].rules[1].for", "recording rule job:up:sum has for, which Prometheus refuses on a recording rule"],
      ["spec.groups[0].rules[2]", "the rule is neither an alert nor a recording rule (no alert, no record)"],
    ]);
  });

  it("rejects repeated group names in one object", async () => {
    const text = prometheusRule(ALERT("up == 0")).replace("  groups:\n", "  groups:\n    - name: web\n      rules: []\n");
    expect((await ruleFindings(text)).map((f) => [f.field, f.problem])).toEqual([["spec.groups[1].name", 'group name "web" is repeated (spec.groups[0]): the rule file does not load']]);
  });
});

describe("promql-parse on VMRule (MetricsQL)", () => {
  const vmRule = (rule: string): string => prometheusRule(rule, "VMRule", "operator.victoriametrics.com/v1beta1");

  it("accepts MetricsQL functions and modifiers", async () => {
    const exprs = [
      "rollup_rate(foo[5m]) > 0",
      "rate(foo[5m]) keep_metric_names > 1",
      "quantiles by (job) (\"phi\", 0.5, 0.9, rate(foo[5m]))",
      "sum(rate(foo[5m])) by (job) limit 5",
      "foo default 0",
      "range_avg(foo[1.5h]) if bar",
      "label_set(time(), \"a\", \"b\")",
      "Rate(foo.bar[5i])",
    ];
    const found = await ruleFindings(vmRule(exprs.map((e, i) => ALERT(JSON.stringify(e)).replace("WebDown", `A${i}`)).join("\n")));
    expect(found.map(formatFinding)).toEqual([]);
  });

  it("rejects a function MetricsQL does not have and a syntax error, with their positions", async () => {
    const found = await ruleFindings(vmRule(`${ALERT("'rate_of_change(foo[5m]) > 0'")}\n${ALERT("'rollup_rate(foo[5m]'").replace("WebDown", "Other")}`));
    expect(found.map((f) => f.problem)).toEqual([
      'the expression of alert WebDown does not parse as MetricsQL at line 1, column 1: "rate_of_change" is not a MetricsQL function',
      'the expression of alert Other does not parse as MetricsQL at line 1, column 20: unexpected end of expression after "rollup_rate(foo[5m]"',
    ]);
  });

  it("warns that a WITH template is not checked", async () => {
    const found = await ruleFindings(vmRule(ALERT("'WITH (x = foo) x > 0'")));
    expect(found.map((f) => [f.severity, f.problem])).toEqual([["warning", "the expression of alert WebDown is not checked: MetricsQL WITH templates are not parsed by this check"]]);
  });

  it("skips groups of other datasources and reads vmalert durations", async () => {
    const text = vmRule(ALERT("'not promql ('").replace("for: 5m", "for: 1.5h")).replace("    - name: web\n", "    - name: web\n      type: graphite\n");
    expect(await ruleFindings(text)).toEqual([]);
    const bad = await ruleFindings(vmRule(ALERT("up").replace("for: 5m", "for: 5 minutes")));
    expect(bad.map((f) => [f.field, f.problem])).toEqual([["spec.groups[0].rules[0].for", 'for "5 minutes" of alert WebDown is not a vmalert duration']]);
  });
});

describe("alert-convention", () => {
  it("requires a severity label and a summary or description", async () => {
    const found = await ruleFindings(prometheusRule("- alert: WebDown\n  expr: up == 0\n  annotations:\n    runbook_url: https://example.org"));
    expect(found.map((f) => [f.rule, f.field, f.problem])).toEqual([
      ["alert-convention", "spec.groups[0].rules[0].annotations", "alert WebDown has neither a summary nor a description annotation"],
      ["alert-convention", "spec.groups[0].rules[0].labels.severity", "alert WebDown has no severity label (on the rule or its group)"],
    ]);
  });

  it("takes the severity from the group's labels", async () => {
    const text = prometheusRule("- alert: WebDown\n  expr: up == 0\n  annotations:\n    description: web has been down for 5 minutes").replace("    - name: web\n", "    - name: web\n      labels:\n        severity: warning\n");
    expect(await ruleFindings(text)).toEqual([]);
  });
});

describe("the MetricsQL function list", () => {
  it("has the three tables of metricsql v0.87.0", () => {
    expect([METRICSQL_AGGREGATES.size, METRICSQL_ROLLUPS.size, METRICSQL_TRANSFORMS.size]).toEqual([37, 80, 111]);
    expect(isMetricsqlFunction("HISTOGRAM_QUANTILE")).toBe(true);
    expect(isMetricsqlFunction("rate_of_change")).toBe(false);
  });

  it("reads every MetricsQL function as a call, and PromQL alone rejects the MetricsQL-only ones", () => {
    for (const name of [...METRICSQL_AGGREGATES, ...METRICSQL_ROLLUPS, ...METRICSQL_TRANSFORMS]) {
      expect(checkMetricsql(`${name}(foo)`).issues, name).toEqual([]);
    }
    expect(checkPromql("rollup_rate(foo[5m])").issues).not.toEqual([]);
    expect(checkPromql("histogram_quantile(0.9, rate(foo_bucket[5m]))").issues).toEqual([]);
  });

  it("keeps the offsets of what it rewrites", () => {
    expect(checkMetricsql("median_over_time(foo[1.5h]) + (").issues.map((i) => [i.from, i.message])).toEqual([[31, 'at line 1, column 32: unexpected end of expression after "median_over_time(foo[1.5h]) + ("']]);
  });
});
