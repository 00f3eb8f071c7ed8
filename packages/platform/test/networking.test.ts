import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { certManager } from "@k8s-gitops/cert-manager";
import { ANNOTATIONS, cluster, componentsOf, dnsName, ipv4, render, topologicalOrder, type Component } from "@k8s-gitops/core";
import { externalSecrets } from "@k8s-gitops/external-secrets";
import { prometheusOperatorCrds } from "@k8s-gitops/prometheus-operator-crds";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { networkCore, networkEdge, networkMesh, peerOf, type PeerCluster, type PlatformValues } from "../src/index.ts";
import { apps, infra } from "./fixtures.ts";

/** The networking layer of a cluster with the secret store and certificates it needs, built as the platform builds them. */
function network(values: PlatformValues, peers: readonly PeerCluster[]) {
  const monitoringCrds = prometheusOperatorCrds();
  const core = networkCore(values, peers, { monitoringCrds });
  const base = { cilium: core.cilium, coredns: core.coredns, monitoringCrds };
  const secrets = externalSecrets({ connectHost: values.secrets.connectHost, vault: values.secrets.vault, connectToken: values.secrets.connectToken, storeName: values.secrets.storeName }, base);
  const certificates = certManager({ acmeEmail: values.letsEncryptEmail, domain: values.domain, cloudflareToken: { item: values.secrets.cloudflareApiTokenPath, property: "credential" } }, { ...base, secretStore: secrets.store });
  const edge = networkEdge(values, core, { secretStore: secrets.store, issuers: certificates.issuers, monitoringCrds });
  const mesh = networkMesh(values, core, { secretStore: secrets.store }, peers);
  return { core, edge, mesh, components: componentsOf([monitoringCrds, core, secrets, certificates, edge, mesh]) };
}

function deps(components: readonly Component[], name: string): string[] {
  const c = components.find((x) => x.name === name);
  if (!c) throw new Error(`no component ${name}`);
  return c.dependsOn.map((d) => d.name).sort();
}

function meshSecret(mesh: ReturnType<typeof network>["mesh"]): ExternalSecret | undefined {
  return mesh.clusterMesh.resources.find((r): r is ExternalSecret => ExternalSecret.is(r));
}

describe("the networking layer", () => {
  it("is ordered as the cluster comes up: the Gateway API and monitoring CRDs, Cilium, CoreDNS, then what needs them", () => {
    const { components } = network(infra, [peerOf(apps)]);
    expect(deps(components, "gateway-api-crds")).toEqual([]);
    expect(deps(components, "prometheus-operator-crds")).toEqual([]);
    expect(deps(components, "cilium")).toEqual(["gateway-api-crds", "prometheus-operator-crds"]);
    expect(deps(components, "coredns")).toEqual(["cilium", "prometheus-operator-crds"]);
    expect(deps(components, "cilium-ipam")).toEqual(["cilium"]);
    expect(deps(components, "cilium-bgp")).toEqual(["cilium", "cilium-ipam"]);
    expect(deps(components, "cilium-gateway")).toEqual(["cert-manager-issuers", "cilium", "cilium-ipam", "gateway-api-crds"]);
    expect(deps(components, "cilium-clustermesh")).toEqual(["cilium", "cilium-ipam", "external-secrets-store"]);
    expect(deps(components, "external-dns")).toEqual(["cilium-gateway", "external-secrets-store", "prometheus-operator-crds"]);
    expect(deps(components, "cloudflared")).toEqual(["cilium-gateway", "external-secrets-store", "prometheus-operator-crds"]);
    expect(deps(components, "spegel")).toEqual(["cilium", "coredns", "prometheus-operator-crds"]);
    expect(topologicalOrder(components).map((c) => c.name).indexOf("cilium")).toBeGreaterThan(topologicalOrder(components).map((c) => c.name).indexOf("prometheus-operator-crds"));
    // The graph is whole: cluster() accepts it (every dependency is the cluster's own instance) and renders it.
    const tree = render(cluster({ name: "infra", values: {}, components }));
    expect(tree.files.has("components/cilium-clustermesh/service-clustermesh-apiserver-lb.yaml")).toBe(true);
  });

  it("installs the CRDs in bootstrap phase 1, the CNI and DNS in phase 2, and nothing else before Flux", () => {
    const { components } = network(infra, [peerOf(apps)]);
    expect(components.filter((c) => c.bootstrapPhase !== undefined).map((c) => `${c.name}:${c.bootstrapPhase}`)).toEqual(["prometheus-operator-crds:1", "gateway-api-crds:1", "cilium:2", "coredns:2"]);
    // Cilium and CoreDNS render ServiceMonitors and alerts on day zero: every dependency of a
    // day-zero component is installed in the same or an earlier phase.
    for (const c of components.filter((x) => x.bootstrapPhase !== undefined)) {
      for (const d of c.dependsOn) expect(d.bootstrapPhase ?? Infinity, `${c.name} -> ${d.name}`).toBeLessThanOrEqual(c.bootstrapPhase ?? 0);
    }
  });

  it("gives the pool to everything that waits for a LoadBalancer address, and none to the cilium release itself", () => {
    const { core, edge, mesh, components } = network(infra, [peerOf(apps)]);
    expect(core.ipam.provides.addressPools).toBe(true);
    for (const c of [edge.gateways, mesh.clusterMesh]) expect(c.dependsOn).toContain(core.ipam);
    const hr = core.cilium.resources.find((r): r is HelmRelease => HelmRelease.is(r));
    expect(JSON.stringify(hr?.spec?.values)).not.toContain("LoadBalancer");
    expect(hr?.spec?.values).toMatchObject({ clustermesh: { apiserver: { service: { type: "ClusterIP" }, tls: { auto: { method: "helm" } } } } });
    const file = render(cluster({ name: "infra", values: {}, components })).files.get("components/cilium-clustermesh/service-clustermesh-apiserver-lb.yaml");
    expect(parse(file ?? "")).toMatchObject({ metadata: { annotations: { "lbipam.cilium.io/ips": infra.clusterMesh.ip } }, spec: { type: "LoadBalancer", ports: [{ port: 2379 }] } });
  });

  it("peers each cluster's mesh with the peers it is given, from their values", () => {
    expect(meshSecret(network(infra, [peerOf(apps)]).mesh)?.spec?.target?.template?.data?.["apps"]).toContain(`https://${apps.clusterMesh.fqdn}:2379`);
    expect(meshSecret(network(apps, [peerOf(infra)]).mesh)?.spec?.target?.template?.data?.["infra"]).toContain(`https://${infra.clusterMesh.fqdn}:2379`);
  });

  it("changes infra's mesh configuration when apps' endpoint changes, and refuses apps taking infra's id or no peer at all", () => {
    const moved: PeerCluster = { ...peerOf(apps), clusterMesh: { ...apps.clusterMesh, fqdn: dnsName("mesh.apps.example.org") } };
    expect(meshSecret(network(infra, [moved]).mesh)?.spec?.target?.template?.data?.["apps"]).toContain("https://mesh.apps.example.org:2379");
    expect(() => network(infra, [{ ...peerOf(apps), id: infra.id }])).toThrowError("cluster infra, component cilium-clustermesh, field id: cluster id 1 of apps is also infra's: ids must be unique in the mesh");
    expect(() => network(infra, [])).toThrowError("cluster infra, component cilium-clustermesh, field peers: a mesh needs at least one peer");
  });

  it("refuses a pool overlapping a peer's, and a gateway IP outside the cluster's pool", () => {
    const greedy: PeerCluster = { ...peerOf(apps), loadBalancerPool: { start: ipv4("10.25.11.110"), stop: ipv4("10.25.11.139") } };
    expect(() => networkCore(infra, [greedy], { monitoringCrds: prometheusOperatorCrds() })).toThrowError(/cluster infra, component cilium-ipam, field loadBalancerPool: pool 10.25.11.100-10.25.11.119 overlaps cluster apps's pool/);
    const stray: PlatformValues = { ...infra, gateway: { ...infra.gateway, externalIp: apps.gateway.externalIp } };
    expect(() => networkCore(stray, [peerOf(apps)], { monitoringCrds: prometheusOperatorCrds() })).toThrowError(
      "cluster infra, component cilium-ipam, field gateway.externalIp: 10.25.11.121 is outside the cluster's load-balancer pool 10.25.11.100-10.25.11.119: LB-IPAM would never assign it",
    );
  });

  it("exposes typed gateway refs for the workloads' routes as the gateway component's outputs", () => {
    const { edge } = network(apps, [peerOf(infra)]);
    expect(edge.gateways.outputs.external).toMatchObject({ name: "cilium-gateway-external", namespace: "kube-system", address: "10.25.11.121", tlsNames: ["*.monosense.io", "monosense.io"] });
    expect(edge.gateways.outputs.internal.address).toBe("10.25.11.122");
  });

  it("declares the allowances of the namespaces it creates, and waives the baseline for the kube-system releases only", () => {
    const { components } = network(infra, [peerOf(apps)]);
    const networking = ["external-dns", "cloudflared"].map((n) => components.find((c) => c.name === n)?.network?.namespace);
    expect(networking).toEqual(["external-dns", "cloudflared"]);
    const waived = components.flatMap((c) => c.resources.filter((r) => r.metadata?.annotations?.[ANNOTATIONS.waive]?.includes("network-policy=")).map((r) => `${r.kind}/${r.metadata?.namespace}/${r.metadata?.name}`));
    expect(waived).toEqual(["HelmRelease/kube-system/cilium", "HelmRelease/kube-system/coredns", "HelmRelease/kube-system/spegel"]);
  });
});
