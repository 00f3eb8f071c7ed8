import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2";
import { port, type Resource } from "@k8s-gitops/core";
import { describe, expect, it } from "vitest";
import { defaults, remoteWriteUrl, victoriaMetricsOperator, VMAgent, vmAgent, VMAlert, vmAlert, VMNodeScrape, VMRule } from "../src/index.ts";
import { base, crds, global, monitoringCrds, on, operator } from "./fixtures.ts";

const pick = <T extends Resource>(rs: readonly Resource[], is: (r: Resource) => r is T): T[] => rs.filter(is);
const tenant = { id: 2, name: "apps" };

describe("victoriaMetricsOperator", () => {
  const values = (c = operator) => pick(c.resources, (r): r is HelmRelease => HelmRelease.is(r))[0]?.spec?.values;

  it("installs no CRD from the chart, converts prometheus-operator objects and depends on both CRD components", () => {
    expect(values()).toMatchObject({ crds: { enabled: false, plain: false }, operator: { disable_prometheus_converter: false } });
    expect(operator.dependsOn).toEqual([base.cilium, base.coredns, crds, monitoringCrds]);
    // Its webhook is called by the API server.
    expect(operator.network).toEqual({ namespace: "observability", apiServerIngress: true });
  });

  it("merges a nested override over the defaults, keeping the siblings", () => {
    const c = victoriaMetricsOperator({ namespace: "observability", values: { resources: { limits: { memory: "1Gi" } } } }, { ...base, victoriaMetricsCrds: crds, monitoringCrds });
    expect(values(c)).toEqual({ ...defaults, resources: { requests: defaults.resources.requests, limits: { memory: "1Gi" } } });
  });
});

describe("vmAgent", () => {
  const agent = vmAgent({ namespace: "observability", tenant, global }, on);
  const spec = pick(agent.resources, (r): r is VMAgent => VMAgent.is(r))[0]?.spec;

  it("remote-writes to vminsert's mesh-global Service with the cluster's tenant and label", () => {
    expect(spec?.remoteWrite.map((w) => w.url)).toEqual(["http://vminsert-global.observability.svc:8480/insert/2/prometheus/api/v1/write"]);
    expect(spec?.externalLabels).toEqual({ cluster: "apps" });
  });

  it("follows the global endpoint: another name, namespace and port", () => {
    const moved = { ...global, namespace: "metrics", metricsInsert: { name: "ingest", port: port(18480) } };
    const other = vmAgent({ namespace: "observability", tenant: { id: 7, name: "edge" }, global: moved }, on);
    expect(pick(other.resources, (r): r is VMAgent => VMAgent.is(r))[0]?.spec?.remoteWrite[0]?.url).toBe("http://ingest.metrics.svc:18480/insert/7/prometheus/api/v1/write");
    // Its egress follows the stores' namespace; the port is vminsert's container port behind the Service.
    expect(other.network?.egressTo).toEqual([{ namespace: "metrics", podLabels: { "observability.k8s-gitops.io/global-role": "metrics-insert" }, ports: [8480], localPods: { "app.kubernetes.io/name": "vmagent", "app.kubernetes.io/instance": "cluster" } }]);
  });

  it("selects every scrape object of every namespace and scrapes the kubelets and cAdvisor", () => {
    expect(spec).toMatchObject({ selectAllByDefault: true, replicaCount: 2, useStrictSecurity: true });
    expect(spec?.serviceScrapeNamespaceSelector).toBeUndefined();
    const scrapes = pick(agent.resources, (r): r is VMNodeScrape => VMNodeScrape.is(r));
    expect(scrapes.map((s) => [s.metadata?.name, s.spec?.path, s.spec?.port, s.spec?.scheme])).toEqual([
      ["kubelet", "/metrics", "10250", "https"],
      ["kubelet-cadvisor", "/metrics/cadvisor", "10250", "https"],
    ]);
  });

  it("may reach every endpoint of the cluster (its targets), and only its own pods may", () => {
    const [policy] = pick(agent.resources, (r): r is CiliumNetworkPolicy => CiliumNetworkPolicy.is(r));
    expect(policy?.spec?.endpointSelector).toEqual({ matchLabels: { "app.kubernetes.io/name": "vmagent", "app.kubernetes.io/instance": "cluster" } });
    expect(policy?.spec?.egress).toEqual([{ toEntities: ["cluster"] }]);
  });

  it("ships alert rules on its own job", () => {
    const rules = pick(agent.resources, (r): r is VMRule => VMRule.is(r)).flatMap((r) => r.spec.groups.flatMap((g) => g.rules));
    expect(rules.map((r) => r.alert)).toContain("VMAgentAbsent");
    expect(rules.every((r) => typeof r.expr === "string" && r.expr.includes('job="vmagent-cluster"'))).toBe(true);
  });

  it("rejects a tenant that is not an accountID and a name that is not a label value", () => {
    expect(() => vmAgent({ namespace: "observability", tenant: { id: -1, name: "apps" }, global }, on)).toThrow(/tenant -1 is not a VictoriaMetrics accountID/);
    expect(() => vmAgent({ namespace: "observability", tenant: { id: 2, name: "Apps Cluster" }, global }, on)).toThrow(/tenant name "Apps Cluster"/);
    expect(() => remoteWriteUrl(global, 1.5)).toThrow(/accountID/);
  });
});

describe("vmAlert", () => {
  const spec = pick(vmAlert({ namespace: "observability", tenant, global }, on).resources, (r): r is VMAlert => VMAlert.is(r))[0]?.spec;

  it("queries and records on its cluster's tenant and notifies the global Alertmanager", () => {
    expect(spec?.datasource.url).toBe("http://vmselect-global.observability.svc:8481/select/2/prometheus");
    expect(spec?.remoteRead?.url).toBe("http://vmselect-global.observability.svc:8481/select/2/prometheus");
    expect(spec?.remoteWrite?.url).toBe("http://vminsert-global.observability.svc:8480/insert/2/prometheus");
    expect(spec?.notifiers?.map((n) => n.url)).toEqual(["http://vmalertmanager-global.observability.svc:9093"]);
    expect(spec?.externalLabels).toEqual({ cluster: "apps" });
    expect(spec?.selectAllByDefault).toBe(true);
  });
});
