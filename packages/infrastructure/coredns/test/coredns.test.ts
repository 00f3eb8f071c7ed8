import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { cidr, component, ipv4 } from "@k8s-gitops/core";
import { ConfigMap } from "kubernetes-models/v1";
import { describe, expect, it } from "vitest";
import { coreDns, DNS_SELECTOR, tenthAddress, type CoreDnsOptions } from "../src/index.ts";

const cni = component({ name: "cilium", resources: [new ConfigMap({ metadata: { name: "x", namespace: "x" } })] });
const infra: CoreDnsOptions = { cluster: "infra", clusterIp: ipv4("10.245.0.10"), serviceCidr: cidr("10.245.0.0/16") };
const apps: CoreDnsOptions = { cluster: "apps", clusterIp: ipv4("10.247.0.10"), serviceCidr: cidr("10.247.0.0/16") };

function values(o: CoreDnsOptions) {
  return coreDns(o, { cni }).resources.find((r): r is HelmRelease => HelmRelease.is(r))?.spec?.values;
}

describe("coredns", () => {
  it("serves kube-dns at each cluster's own IP", () => {
    expect(values(infra)).toMatchObject({ service: { name: "kube-dns", clusterIP: "10.245.0.10" }, replicaCount: 2 });
    expect(values(apps)).toMatchObject({ service: { clusterIP: "10.247.0.10" } });
  });

  it("labels its pods k8s-app=kube-dns, which every namespace's allow-dns policy selects", () => {
    expect(values(infra)).toMatchObject({ k8sAppLabelOverride: DNS_SELECTOR["k8s-app"] });
    expect(DNS_SELECTOR).toEqual({ "k8s-app": "kube-dns" });
  });

  it("has a complete server block: the cluster zone, health and readiness for the probes, forwarding", () => {
    const v = values(infra);
    expect(v).toMatchObject({ servers: [{ zones: [{ zone: "." }], port: 53 }] });
    const plugins = JSON.stringify(v);
    for (const p of ["kubernetes", "health", "ready", "forward", "cache", "prometheus"]) expect(plugins).toContain(`"name":"${p}"`);
    expect(plugins).toContain("cluster.local in-addr.arpa ip6.arpa");
  });

  it("refuses a cluster IP outside the service CIDR, or not where Talos points the kubelets", () => {
    expect(() => coreDns({ ...infra, clusterIp: ipv4("10.247.0.10") }, { cni })).toThrowError(
      "cluster infra, component coredns, field network.coreDnsClusterIp: 10.247.0.10 is outside the service CIDR 10.245.0.0/16",
    );
    expect(() => coreDns({ ...infra, clusterIp: ipv4("10.245.0.53") }, { cni })).toThrowError(/10.245.0.53 is not where the kubelets send DNS queries \(10.245.0.10\)/);
    expect(values({ ...infra, clusterIp: ipv4("10.245.0.53"), kubeletClusterDns: ipv4("10.245.0.53") })).toMatchObject({ service: { clusterIP: "10.245.0.53" } });
    expect(tenthAddress(cidr("10.96.0.0/12"))).toBe("10.96.0.10");
  });

  it("waits for the CNI, and only ships alerts when monitoring is on", () => {
    const c = coreDns(infra, { cni });
    expect(c.dependsOn).toEqual([cni]);
    expect(c.resources.map((r) => r.kind)).toEqual(["OCIRepository", "HelmRelease"]);
    expect(coreDns({ ...infra, monitoring: true }, { cni }).resources.map((r) => r.kind)).toContain("PrometheusRule");
    expect(() => coreDns({ ...infra, replicas: 0 }, { cni })).toThrowError(/field network.coreDnsReplicas: replicas 0 must be a positive integer/);
  });
});
