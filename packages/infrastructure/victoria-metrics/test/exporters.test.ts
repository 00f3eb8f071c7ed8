import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import type { Resource } from "@k8s-gitops/core";
import { Namespace } from "kubernetes-models/v1";
import { describe, expect, it } from "vitest";
import { kubeStateMetrics, kubeStateMetricsDefaults, nodeExporter, nodeExporterDefaults, VMRule } from "../src/index.ts";
import { base, monitoringCrds, on } from "./fixtures.ts";

const pick = <T extends Resource>(rs: readonly Resource[], is: (r: Resource) => r is T): T[] => rs.filter(is);
const valuesOf = (rs: readonly Resource[]) => pick(rs, (r): r is HelmRelease => HelmRelease.is(r))[0]?.spec?.values;
const exprs = (rs: readonly Resource[]) => pick(rs, (r): r is VMRule => VMRule.is(r)).flatMap((r) => r.spec.groups.flatMap((g) => g.rules.map((x) => String(x.expr))));

describe("nodeExporter", () => {
  const c = nodeExporter({}, { ...base, monitoringCrds, ...on });

  it("reads the hosts from a privileged namespace of its own, scraped through its ServiceMonitor", () => {
    const ns = pick(c.resources, (r): r is Namespace => Namespace.is(r))[0];
    expect(ns?.metadata?.name).toBe("node-exporter");
    expect(ns?.metadata?.labels?.["pod-security.kubernetes.io/enforce"]).toBe("privileged");
    expect(valuesOf(c.resources)).toMatchObject({ hostNetwork: true, hostPID: true, prometheus: { monitor: { enabled: true } } });
    expect(c.dependsOn).toContain(monitoringCrds);
    expect(exprs(c.resources).every((e) => e.includes('job="node-exporter"'))).toBe(true);
  });

  it("merges a nested override over the defaults, keeping the siblings", () => {
    const o = nodeExporter({ values: { resources: { limits: { memory: "256Mi" } } } }, { ...base, monitoringCrds, ...on });
    expect(valuesOf(o.resources)).toEqual({ ...nodeExporterDefaults, resources: { requests: nodeExporterDefaults.resources.requests, limits: { memory: "256Mi" } } });
  });
});

describe("kubeStateMetrics", () => {
  const c = kubeStateMetrics({ namespace: "observability" }, { monitoringCrds, ...on });

  it("runs in the agent's namespace, keeps the objects' own namespace and pod labels, and ships workload alerts", () => {
    expect(c.namespace).toBe("observability");
    expect(valuesOf(c.resources)).toEqual(kubeStateMetricsDefaults);
    expect(kubeStateMetricsDefaults.prometheus.monitor.http.honorLabels).toBe(true);
    expect(exprs(c.resources).some((e) => e.includes('kube_pod_container_status_waiting_reason{job="kube-state-metrics", reason="CrashLoopBackOff"}'))).toBe(true);
  });
});
