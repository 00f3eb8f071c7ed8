import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { cidr, cluster, ipv4, render } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { coreDns, defaults, DNS_SELECTOR, tenthAddress, type CoreDnsOptions, type CoreDnsValues } from "../src/index.ts";

const cilium = standIn("cilium", { bootstrapPhase: 2 });
const monitoringCrds = standIn("prometheus-operator-crds", { bootstrapPhase: 1 });
const deps = { cilium, monitoringCrds };
const infra: CoreDnsOptions = { cluster: "infra", clusterIp: ipv4("10.245.0.10"), serviceCidr: cidr("10.245.0.0/16") };
const apps: CoreDnsOptions = { cluster: "apps", clusterIp: ipv4("10.247.0.10"), serviceCidr: cidr("10.247.0.0/16") };

/** The values of the rendered HelmRelease: what Flux applies and what day zero installs with. */
function values(o: CoreDnsOptions): CoreDnsValues {
  const tree = render(cluster({ name: o.cluster, values: {}, components: [cilium, monitoringCrds, coreDns(o, deps)] }));
  const file = tree.files.get("components/coredns/helmrelease-coredns.yaml");
  if (!file) throw new Error("no coredns HelmRelease");
  return (parse(file) as { spec: { values: CoreDnsValues } }).spec.values;
}

describe("coredns", () => {
  it("serves kube-dns at each cluster's own IP", () => {
    expect(values(infra)).toMatchObject({ service: { name: "kube-dns", clusterIP: "10.245.0.10" }, replicaCount: 2, podDisruptionBudget: { minAvailable: 1 } });
    expect(values(apps)).toMatchObject({ service: { clusterIP: "10.247.0.10" } });
  });

  it("labels its pods k8s-app=kube-dns, which every namespace's allow-dns policy selects", () => {
    expect(values(infra)).toMatchObject({ k8sAppLabelOverride: DNS_SELECTOR["k8s-app"] });
    expect(DNS_SELECTOR).toEqual({ "k8s-app": "kube-dns" });
  });

  it("has a complete server block: the cluster zone, health and readiness for the probes, forwarding", () => {
    const v = values(infra);
    expect(v).toMatchObject({ servers: [{ zones: [{ zone: "." }], port: 53 }] });
    expect(v.servers?.[0]?.plugins.map((p) => p.name)).toEqual(expect.arrayContaining(["kubernetes", "health", "ready", "forward", "cache", "prometheus"]));
    expect(v.servers?.[0]?.plugins.find((p) => p.name === "kubernetes")?.parameters).toBe("cluster.local in-addr.arpa ip6.arpa");
    expect(values({ ...infra, clusterDomain: "infra.local" }).servers?.[0]?.plugins.find((p) => p.name === "kubernetes")?.parameters).toBe("infra.local in-addr.arpa ip6.arpa");
  });

  it("merges a nested override over the defaults, keeping the siblings", () => {
    const v = values({ ...infra, values: { resources: { limits: { memory: "512Mi" } }, prometheus: { monitor: { interval: "30s" } } } });
    expect(v.resources).toEqual({ requests: defaults.resources.requests, limits: { memory: "512Mi" } });
    expect(v.prometheus).toEqual({ service: { enabled: true }, monitor: { enabled: true, interval: "30s" } });
    expect(v.service).toEqual({ name: "kube-dns", clusterIP: "10.245.0.10" });
  });

  it("has no disruption budget with a single replica (it would block every drain)", () => {
    expect(values({ ...infra, replicas: 1 }).podDisruptionBudget).toBeUndefined();
  });

  it("refuses a cluster IP outside the service CIDR, or not where Talos points the kubelets", () => {
    expect(() => coreDns({ ...infra, clusterIp: ipv4("10.247.0.10") }, deps)).toThrowError(
      "cluster infra, component coredns, field network.coreDnsClusterIp: 10.247.0.10 is outside the service CIDR 10.245.0.0/16",
    );
    expect(() => coreDns({ ...infra, clusterIp: ipv4("10.245.0.53") }, deps)).toThrowError(/10.245.0.53 is not where the kubelets send DNS queries \(10.245.0.10\)/);
    expect(values({ ...infra, clusterIp: ipv4("10.245.0.53"), kubeletClusterDns: ipv4("10.245.0.53") })).toMatchObject({ service: { clusterIP: "10.245.0.53" } });
    expect(tenthAddress(cidr("10.96.0.0/12"))).toBe("10.96.0.10");
    expect(() => coreDns({ ...infra, replicas: 0 }, deps)).toThrowError("cluster infra, component coredns, field network.coreDnsReplicas: replicas 0 must be a positive integer");
  });

  it("is installed at bootstrap after the CNI and the monitoring CRDs (phase 1), waited for by its release and Deployment", () => {
    const c = coreDns(infra, deps);
    expect(c.bootstrapPhase).toBe(2);
    expect(c.dependsOn).toEqual([cilium, monitoringCrds]);
    expect(c.resources.map((r) => r.kind)).toEqual(["OCIRepository", "HelmRelease", "PrometheusRule"]);
    expect(c.healthChecks.map((h) => `${h.kind}/${h.name}`)).toEqual(["HelmRelease/coredns", "Deployment/coredns"]);
    expect(HelmRelease.is(c.resources[1])).toBe(true);
  });

  it("is scraped and alerts by default; monitoring: false leaves out the ServiceMonitor and the alerts", () => {
    expect(values(infra).prometheus).toEqual({ service: { enabled: true }, monitor: { enabled: true } });
    const rule = coreDns(infra, deps).resources.find((r): r is PrometheusRule => PrometheusRule.is(r));
    const rules = rule?.spec.groups?.[0]?.rules ?? [];
    expect(rules.map((r) => [r.alert, r.labels?.["severity"]])).toEqual([
      ["CoreDNSAbsent", "critical"],
      ["CoreDNSDown", "warning"],
      ["CoreDNSHighErrorRate", "warning"],
      ["CoreDNSLatencyHigh", "warning"],
    ]);
    // The chart's metrics Service is <fullname>-metrics: the targets carry its name, not "coredns".
    expect(rules[1]?.expr).toBe('up{namespace="kube-system", service="coredns-metrics"} == 0');
    // SERVFAIL as a share of all answers, not a rate in queries per second.
    expect(rules[2]?.expr).toContain(") / sum(rate(coredns_dns_responses_total{");
    for (const r of rules) expect(Object.keys(r.annotations ?? {})).toEqual(["summary", "description"]);
    expect(() => rule?.validate()).not.toThrow();
    const off = coreDns({ ...infra, monitoring: false }, deps);
    expect(off.resources.map((r) => r.kind)).toEqual(["OCIRepository", "HelmRelease"]);
    expect(values({ ...infra, monitoring: false }).prometheus?.monitor?.enabled).toBe(false);
  });
});
