import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { cluster, ConfigError, render } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cilium, CILIUM_VERSION, defaults, validateCiliumValues, type CiliumOptions, type CiliumValues } from "../src/index.ts";
import { validateValues } from "../src/generated/values-validator.ts";
import { appsOptions, infraOptions } from "./fixtures.ts";
import { VENDOR } from "./vendor.ts";

const gatewayApiCrds = standIn("gateway-api-crds", { bootstrapPhase: 1 });
const monitoringCrds = standIn("prometheus-operator-crds", { bootstrapPhase: 1 });
const deps = { gatewayApiCrds, monitoringCrds };

/** The values of the rendered HelmRelease: what Flux applies and what day zero installs with. */
function renderedValues(o: CiliumOptions): CiliumValues {
  const tree = render(cluster({ name: o.cluster.name, values: {}, components: [gatewayApiCrds, monitoringCrds, cilium(o, deps)] }));
  const file = tree.files.get("components/cilium/helmrelease-cilium.yaml");
  if (!file) throw new Error(`no cilium HelmRelease in ${[...tree.files.keys()].join(", ")}`);
  return (parse(file) as { spec: { values: CiliumValues } }).spec.values;
}

/** The ConfigError a call throws (anything else fails the test). */
function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error("no ConfigError thrown");
}

describe("cilium values", () => {
  it("differ per cluster where the clusters differ: name, id, pod CIDR, API endpoint, mesh endpoint", () => {
    const infra = renderedValues(infraOptions);
    const apps = renderedValues(appsOptions);
    expect(infra.cluster).toEqual({ name: "infra", id: 1 });
    expect(apps.cluster).toEqual({ name: "apps", id: 2 });
    expect(infra.ipv4NativeRoutingCIDR).toBe("10.244.0.0/16");
    expect(apps.ipv4NativeRoutingCIDR).toBe("10.246.0.0/16");
    expect([infra.k8sServiceHost, infra.k8sServicePort]).toEqual(["infra-k8s.monosense.io", 6443]);
    expect(apps.k8sServiceHost).toBe("apps-k8s.monosense.io");
    expect(infra.clustermesh?.apiserver?.tls?.server).toEqual({ extraDnsNames: ["clustermesh-infra.monosense.io"], extraIpAddresses: ["10.25.11.100"] });
    expect(apps.clustermesh?.apiserver?.tls?.server?.extraDnsNames).toEqual(["clustermesh-apps.monosense.io"]);
  });

  it("are the defaults plus the cluster's facts, nothing else", () => {
    const v = renderedValues(infraOptions);
    const { cluster: _c, ipv4NativeRoutingCIDR: _p, k8sServiceHost: _h, k8sServicePort: _s, clustermesh, ...rest } = v;
    const { clustermesh: defaultMesh, ...defaultRest } = defaults;
    expect(rest).toEqual(defaultRest);
    expect(clustermesh).toEqual({ ...defaultMesh, apiserver: { ...defaultMesh.apiserver, tls: { ...defaultMesh.apiserver.tls, server: { extraDnsNames: ["clustermesh-infra.monosense.io"], extraIpAddresses: ["10.25.11.100"] } } } });
  });

  it("carry the Talos settings: no sysctlfix, host cgroup v2, no SYS_MODULE", () => {
    const v = renderedValues(infraOptions);
    expect(v.sysctlfix).toEqual({ enabled: false });
    expect(v.cgroup).toEqual({ autoMount: { enabled: false }, hostRoot: "/sys/fs/cgroup" });
    expect(v.securityContext?.capabilities?.ciliumAgent).not.toContain("SYS_MODULE");
    expect(v.securityContext?.capabilities?.cleanCiliumState).toEqual(["NET_ADMIN", "SYS_ADMIN", "SYS_RESOURCE"]);
  });

  it("turn on native routing, the kube-proxy replacement, WireGuard, Hubble, Gateway API, BGP and the mesh apiserver", () => {
    const v = renderedValues(infraOptions);
    expect(v.routingMode).toBe("native");
    expect(v.kubeProxyReplacement).toBe(true);
    expect(v.encryption).toMatchObject({ enabled: true, type: "wireguard" });
    expect(v.hubble?.relay?.enabled).toBe(true);
    expect(v.hubble?.ui?.enabled).toBe(false);
    expect(v.gatewayAPI).toEqual({ enabled: true, gatewayClass: { create: "false" } });
    expect(v.bgpControlPlane).toEqual({ enabled: true });
    expect(v.clustermesh).toMatchObject({ useAPIServer: true, config: { enabled: false }, apiserver: { kvstoremesh: { enabled: false } } });
  });

  it("never make the release wait for a pool address or a post-install hook (the mesh apiserver is ClusterIP, its certificates from Helm)", () => {
    const v = renderedValues(infraOptions);
    expect(v.clustermesh?.apiserver?.service).toEqual({ type: "ClusterIP" });
    expect(v.clustermesh?.apiserver?.tls?.auto).toEqual({ enabled: true, method: "helm" });
  });

  it("merge a nested override over the defaults, keeping the siblings", () => {
    const v = renderedValues({ ...infraOptions, hubbleUi: true, values: { hubble: { relay: { replicas: 3 } } } });
    expect(v.hubble?.relay).toEqual({ ...defaults.hubble.relay, replicas: 3 });
    expect(v.hubble?.metrics).toEqual(defaults.hubble.metrics);
    expect(v.hubble?.ui?.enabled).toBe(true);
    expect(v.hubble?.ui?.frontend).toEqual(defaults.hubble.ui.frontend);
  });

  it("refuse a cluster id outside the mesh's 1-255", () => {
    expect(() => cilium({ ...infraOptions, cluster: { name: "infra", id: 0 } }, deps)).toThrowError(
      "cluster infra, component cilium, HelmRelease/kube-system/cilium, field spec.values.cluster.id: cluster id 0 must be an integer from 1 to 255 (the mesh's limit)",
    );
  });

  it("turn on the chart's ServiceMonitors (agent, operator, Envoy, Hubble) by default, trusting the phase-1 CRDs; monitoring: false turns them off", () => {
    const on = renderedValues(infraOptions);
    expect(on.prometheus?.serviceMonitor).toMatchObject({ enabled: true, trustCRDsExist: true });
    expect(on.operator?.prometheus?.serviceMonitor?.enabled).toBe(true);
    expect(on.envoy?.prometheus?.serviceMonitor?.enabled).toBe(true);
    expect(on.hubble?.metrics?.serviceMonitor?.enabled).toBe(true);
    const off = renderedValues({ ...infraOptions, monitoring: false });
    expect([off.prometheus?.serviceMonitor?.enabled, off.operator?.prometheus?.serviceMonitor?.enabled, off.envoy?.prometheus?.serviceMonitor?.enabled, off.hubble?.metrics?.serviceMonitor?.enabled]).toEqual([false, false, false, false]);
    // Metrics stay exposed either way; only what the monitoring CRDs serve goes.
    expect([off.prometheus?.enabled, off.operator?.prometheus?.enabled, off.envoy?.prometheus?.enabled]).toEqual([true, true, true]);
    expect(cilium({ ...infraOptions, monitoring: false }, deps).resources.some((r) => r.kind === "PrometheusRule")).toBe(false);
  });
});

describe("the chart's values schema", () => {
  it("accepts the chart's own defaults (closing the listed objects is not stricter than the chart)", () => {
    const chartDefaults: unknown = parse(readFileSync(join(VENDOR, "schemas/helm/cilium", CILIUM_VERSION, "values.yaml"), "utf8"));
    expect(validateCiliumValues(chartDefaults)).toEqual([]);
  });

  it("accepts both clusters' values", () => {
    expect(validateCiliumValues(renderedValues(infraOptions))).toEqual([]);
    expect(validateCiliumValues(renderedValues(appsOptions))).toEqual([]);
  });

  it("is the chart's check: a wrong value fails when the component is built, naming cluster, component, object and field", () => {
    const error = configError(() =>
      // @ts-expect-error the values type rejects it at compile time too; the schema check is for what gets past it
      cilium({ ...infraOptions, values: { hubble: { relay: { replicas: "2" } } } }, deps),
    );
    expect(error.message).toBe(`cluster infra, component cilium, HelmRelease/kube-system/cilium, field spec.values.hubble.relay.replicas: chart cilium ${CILIUM_VERSION}: must be integer`);
    expect(error.where.field).toBe("spec.values.hubble.relay.replicas");
  });

  it("reports a key the chart does not read with its path, and every other error", () => {
    const values: unknown = { enableL7Proxy: true, hubble: { ui: { resources: {} } }, cluster: { id: "1" } };
    expect(validateCiliumValues(values)).toEqual([
      { path: "enableL7Proxy", message: "is not a value of the chart (not in its values.schema.json)" },
      { path: "cluster.id", message: "must be integer" },
      { path: "hubble.ui.resources", message: "is not a value of the chart (not in its values.schema.json)" },
    ]);
  });

  it("finds the faults of the old repository's Flux release: unknown keys and a string cluster id", () => {
    // The one file of the old repository vendored for this test (vendor/SOURCES.md).
    const file = join(VENDOR, "reference/k8s-gitops/kubernetes/infrastructure/networking/cilium/core/app/helmrelease.yaml");
    const old = parse(readFileSync(file, "utf8")) as { spec: { values: unknown } };
    expect(validateValues(old.spec.values)).toBe(false);
    const found = (validateValues.errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`);
    expect(found).toEqual(
      expect.arrayContaining([
        ' additionalProperties {"additionalProperty":"policy"}',
        '/cluster/id type {"type":"integer"}',
        '/dnsProxy additionalProperties {"additionalProperty":"enabled"}',
      ]),
    );
  });
});

describe("cilium component", () => {
  it("is the chart source and HelmRelease in kube-system, installed at bootstrap, waited for by its DaemonSet and operator, never pruned", () => {
    const c = cilium(infraOptions, deps);
    expect(c.resources.map((r) => `${r.kind}/${r.metadata?.namespace}/${r.metadata?.name}`)).toEqual(["OCIRepository/kube-system/cilium", "HelmRelease/kube-system/cilium", "PrometheusRule/kube-system/cilium"]);
    expect(c.healthChecks).toEqual([
      { apiVersion: "helm.toolkit.fluxcd.io/v2", kind: "HelmRelease", name: "cilium", namespace: "kube-system" },
      { apiVersion: "apps/v1", kind: "DaemonSet", name: "cilium", namespace: "kube-system" },
      { apiVersion: "apps/v1", kind: "Deployment", name: "cilium-operator", namespace: "kube-system" },
    ]);
    expect(c.bootstrapPhase).toBe(2);
    expect(c.prune).toBe(false);
    // Both CRD components are day zero's phase 1, before this phase-2 release.
    expect(c.dependsOn).toEqual([gatewayApiCrds, monitoringCrds]);
    expect(c.provides.crds).toContain("cilium.io/CiliumLoadBalancerIPPool");
    const hr = c.resources.find((r): r is HelmRelease => HelmRelease.is(r));
    expect(hr?.spec?.values).toMatchObject({ cluster: { name: "infra", id: 1 } });
  });

  it("alerts on its agents, operator, BPF maps and mesh peers, each with a severity, summary and description", () => {
    const rule = cilium(infraOptions, deps).resources.find((r): r is PrometheusRule => PrometheusRule.is(r));
    const rules = rule?.spec.groups?.[0]?.rules ?? [];
    expect(rules.map((r) => [r.alert, r.labels?.["severity"]])).toEqual([
      ["CiliumAgentDown", "critical"],
      ["CiliumOperatorDown", "warning"],
      ["CiliumUnreachableNodes", "warning"],
      ["CiliumBpfMapPressure", "warning"],
      ["CiliumClusterMeshRemoteNotReady", "warning"],
    ]);
    for (const r of rules) {
      expect(r.expr).toContain('namespace="kube-system"');
      expect(Object.keys(r.annotations ?? {})).toEqual(["summary", "description"]);
    }
    expect(() => rule?.validate()).not.toThrow();
  });
});
