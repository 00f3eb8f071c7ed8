import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { cluster, dnsName, ipv4, topologicalOrder, type Component } from "@k8s-gitops/core";
import { apps, infra, type ClusterValues } from "@k8s-gitops/fleet";
import { ANNOTATIONS } from "@k8s-gitops/validate";
import { describe, expect, it } from "vitest";
import { sharedLayer } from "../src/index.ts";

function deps(components: readonly Component[], name: string): string[] {
  return [...(components.find((c) => c.name === name)?.dependsOn ?? [])].map((d) => d.name).sort();
}

function meshSecret(layer: ReturnType<typeof sharedLayer>): ExternalSecret | undefined {
  return layer.network.clusterMesh.resources.find((r): r is ExternalSecret => ExternalSecret.is(r));
}

describe("the networking layer", () => {
  it("is ordered as the cluster comes up: Cilium, then CoreDNS, then the operators, then what needs them", () => {
    const { components } = sharedLayer(infra);
    expect(deps(components, "cilium")).toEqual([]);
    expect(deps(components, "coredns")).toEqual(["cilium"]);
    expect(deps(components, "external-secrets")).toEqual(["cilium", "coredns"]);
    expect(deps(components, "cert-manager")).toEqual(["cilium", "coredns"]);
    expect(deps(components, "cilium-ipam")).toEqual(["cilium"]);
    expect(deps(components, "cilium-bgp")).toEqual(["cilium", "cilium-ipam"]);
    expect(deps(components, "cilium-gateway")).toEqual(["cert-manager-issuers", "cilium", "cilium-ipam"]);
    expect(deps(components, "cilium-clustermesh")).toEqual(["cilium", "external-secrets-store"]);
    expect(deps(components, "external-dns")).toEqual(["cilium-gateway", "external-secrets-store"]);
    expect(deps(components, "cloudflared")).toEqual(["cilium-gateway", "external-secrets-store"]);
    expect(deps(components, "spegel")).toEqual(["cilium", "coredns"]);
    expect(deps(components, "network-policies")).toEqual(["cert-manager", "cilium", "cloudflared", "external-dns", "external-secrets", "openebs"]);
    expect(topologicalOrder(components)[0]?.name).toBe("cilium");
    // The graph is whole: cluster() accepts it (every dependency is the cluster's own instance).
    expect(() => cluster({ name: "infra", values: infra, components })).not.toThrow();
  });

  it("peers each cluster's mesh with the other, from the other's values", () => {
    expect(meshSecret(sharedLayer(infra))?.spec?.target?.template?.data?.["apps"]).toContain(`https://${apps.clusterMesh.fqdn}:2379`);
    expect(meshSecret(sharedLayer(apps))?.spec?.target?.template?.data?.["infra"]).toContain(`https://${infra.clusterMesh.fqdn}:2379`);
  });

  it("changes infra's mesh configuration when apps' endpoint changes, and refuses apps taking infra's id", () => {
    const moved: ClusterValues = { ...apps, clusterMesh: { ...apps.clusterMesh, fqdn: dnsName("mesh.apps.example.org") } };
    expect(meshSecret(sharedLayer(infra, moved))?.spec?.target?.template?.data?.["apps"]).toContain("https://mesh.apps.example.org:2379");
    expect(() => sharedLayer(infra, { ...apps, id: infra.id })).toThrowError("cluster infra, component cilium-clustermesh, field id: cluster id 1 of apps is also infra's: ids must be unique in the mesh");
  });

  it("refuses a pool overlapping the other cluster's, and a gateway IP outside the cluster's pool", () => {
    const greedy: ClusterValues = { ...apps, loadBalancerPool: { start: ipv4("10.25.11.110"), stop: ipv4("10.25.11.139") } };
    expect(() => sharedLayer(infra, greedy)).toThrowError(/cluster infra, component cilium-ipam, field loadBalancerPool: pool 10.25.11.100-10.25.11.119 overlaps cluster apps's pool/);
    const stray: ClusterValues = { ...infra, gateway: { ...infra.gateway, externalIp: apps.gateway.externalIp } };
    expect(() => sharedLayer(stray)).toThrowError("cluster infra, component cilium-ipam, field gateway.externalIp: 10.25.11.121 is outside the cluster's load-balancer pool 10.25.11.100-10.25.11.119: LB-IPAM would never assign it");
  });

  it("exposes typed gateway refs for the workloads' routes", () => {
    const { network } = sharedLayer(apps);
    expect(network.gateways.external).toMatchObject({ name: "cilium-gateway-external", namespace: "kube-system", address: "10.25.11.121" });
    expect(network.gateways.internal.address).toBe("10.25.11.122");
  });

  it("waives the namespace baseline for the kube-system releases only (and the pin of the cluster's own artifact)", () => {
    const { components } = sharedLayer(infra);
    const waived = components.flatMap((c) => c.resources.filter((r) => r.metadata?.annotations?.[ANNOTATIONS.waive]).map((r) => `${r.kind}/${r.metadata?.namespace}/${r.metadata?.name}`));
    expect(waived).toEqual(["HelmRelease/kube-system/cilium", "HelmRelease/kube-system/coredns", "HelmRelease/kube-system/spegel", "OCIRepository/flux-system/flux-system"]);
    const cilium = components.find((c) => c.name === "cilium")?.resources.find((r): r is HelmRelease => HelmRelease.is(r));
    expect(cilium?.metadata?.annotations?.[ANNOTATIONS.waive]).toMatch(/^network-policy=/);
  });
});
