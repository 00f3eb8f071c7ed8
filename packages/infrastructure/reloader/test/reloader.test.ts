import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { cluster, ConfigError, render, type DeepPartial } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { Deployment, StatefulSet } from "kubernetes-models/apps/v1";
import { Namespace } from "kubernetes-models/v1";
import { describe, expect, it } from "vitest";
import { defaults, RELOADER_ANNOTATIONS, reloader, reloaderAnnotations, reloadOnChange, type ReloaderValues } from "../src/index.ts";

const base = { cilium: standIn("cilium"), coredns: standIn("coredns") };
const monitoringCrds = standIn("prometheus-operator-crds", { provides: { crds: ["monitoring.coreos.com/PodMonitor", "monitoring.coreos.com/PrometheusRule"] } });
const deps = { ...base, monitoringCrds };
const valuesOf = (c: ReturnType<typeof reloader>) => c.resources.find((r): r is HelmRelease => HelmRelease.is(r))?.spec?.values;

describe("reloader", () => {
  const c = reloader({}, deps);

  it("renders its namespace (restricted), chart source, release and alert rules", () => {
    const files = [...render(cluster({ name: "test", values: {}, components: [deps, c] })).files.keys()].filter((p) => p.startsWith("components/reloader/"));
    expect(files).toEqual([
      "components/reloader/helmrelease-reloader.yaml",
      "components/reloader/kustomization.yaml",
      "components/reloader/namespace-reloader.yaml",
      "components/reloader/ocirepository-reloader.yaml",
      "components/reloader/prometheusrule-reloader.yaml",
    ]);
    const ns = c.resources.find((r): r is Namespace => Namespace.is(r));
    expect(ns?.metadata?.labels?.["pod-security.kubernetes.io/enforce"]).toBe("restricted");
  });

  it("runs two replicas with leader election, the annotations strategy and the PodMonitor on", () => {
    expect(valuesOf(c)).toMatchObject({
      fullnameOverride: "reloader",
      reloader: { enableHA: true, reloadStrategy: "annotations", deployment: { replicas: 2 }, podMonitor: { enabled: true }, podDisruptionBudget: { enabled: true, minAvailable: 1 } },
    });
    expect(c.dependsOn).toContain(monitoringCrds);
    const rule = c.resources.find((r): r is PrometheusRule => PrometheusRule.is(r));
    expect(rule?.spec?.groups?.[0]?.rules?.map((r) => r.alert)).toEqual(["ReloaderReloadFailed", "ReloaderDown"]);
  });

  it("refuses monitoring without the monitoring CRDs, and drops the PodMonitor and rules when it is off", () => {
    expect(() => reloader({}, base)).toThrow(/monitoring needs the prometheus-operator CRDs/);
    const off = reloader({ monitoring: false }, base);
    expect(valuesOf(off)).toMatchObject({ reloader: { podMonitor: { enabled: false } } });
    expect(off.resources.some((r) => PrometheusRule.is(r))).toBe(false);
    expect(off.dependsOn).toEqual([base.cilium, base.coredns]);
  });

  it("merges a nested override over the defaults, keeping the siblings", () => {
    const v = valuesOf(reloader({ values: { reloader: { deployment: { resources: { limits: { memory: "256Mi" } } } } } }, deps));
    expect(v).toEqual({
      ...defaults,
      reloader: {
        ...defaults.reloader,
        podMonitor: { enabled: true },
        deployment: { ...defaults.reloader.deployment, resources: { ...defaults.reloader.deployment.resources, limits: { memory: "256Mi" } } },
      },
    });
  });

  it("rejects at run time a value the chart does not have (the old repository's top-level replicaCount)", () => {
    // A cast, as plain JavaScript or JSON would pass it: the type refuses it at compile time.
    const misplaced = JSON.parse('{"replicaCount": 2, "reloader": {"deployment": {"replica": 3}}}') as DeepPartial<ReloaderValues>;
    expect(() => reloader({ values: misplaced }, deps)).toThrow(ConfigError);
    expect(() => reloader({ values: misplaced }, deps)).toThrow(/replicaCount.*not a value of the chart/s);
    expect(() => reloader({ values: misplaced }, deps)).toThrow(/reloader\.deployment\.replica\b/);
    const badEnum = JSON.parse('{"reloader": {"reloadStrategy": "restart"}}') as DeepPartial<ReloaderValues>;
    expect(() => reloader({ values: badEnum }, deps)).toThrow(/reloadStrategy/);
  });

  it("declares no scrape ingress of its own (the baseline's rule admits the metrics agent)", () => {
    expect(c.network).toEqual({ namespace: "reloader" });
  });
});

describe("reloadOnChange", () => {
  const d = new Deployment({ metadata: { name: "app", namespace: "apps", annotations: { keep: "me" } }, spec: { selector: {}, template: {} } });

  it("annotates the workload for any referenced ConfigMap or Secret, keeping its class and the original", () => {
    const out = reloadOnChange(d);
    expect(out).toBeInstanceOf(Deployment);
    expect(out.metadata?.annotations).toEqual({ keep: "me", "reloader.stakater.com/auto": "true" });
    expect(d.metadata?.annotations).toEqual({ keep: "me" });
  });

  it("names ConfigMaps and Secrets, sorted and once each", () => {
    const s = new StatefulSet({ metadata: { name: "db", namespace: "apps" }, spec: { selector: {}, serviceName: "db", template: {} } });
    expect(reloadOnChange(s, { secrets: ["b", "a", "b"], configMaps: ["conf"] }).metadata?.annotations).toEqual({
      [RELOADER_ANNOTATIONS.secrets]: "a,b",
      [RELOADER_ANNOTATIONS.configMaps]: "conf",
    });
  });

  it("refuses an empty list and a name that is not one", () => {
    expect(() => reloaderAnnotations({})).toThrow(/at least one ConfigMap or Secret/);
    expect(() => reloaderAnnotations({ secrets: ["Not_A_Name"] })).toThrow(/not a ConfigMap or Secret name/);
  });
});
