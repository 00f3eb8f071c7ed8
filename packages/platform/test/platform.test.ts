import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { cluster, render, type Component } from "@k8s-gitops/core";
import { apps, infra } from "@k8s-gitops/fleet";
import { describe, expect, it } from "vitest";
import { sharedLayer } from "../src/index.ts";

function externalSecretKeys(components: readonly Component[]): string[] {
  const keys = components.flatMap((c) => c.resources.filter((r): r is ExternalSecret => ExternalSecret.is(r)).flatMap((es) => es.spec?.data?.map((d) => d.remoteRef.key) ?? []));
  return [...new Set(keys)].sort();
}

describe("sharedLayer", () => {
  it("composes the same components in both clusters", () => {
    expect(sharedLayer(infra).components.map((c) => c.name)).toEqual(sharedLayer(apps).components.map((c) => c.name));
  });

  it("carries each cluster's own values into its objects", () => {
    expect(externalSecretKeys(sharedLayer(infra).components)).toEqual([
      "kubernetes/infra/cert-manager/cloudflare",
      "kubernetes/infra/cilium-clustermesh",
      "kubernetes/infra/cloudflared",
      "kubernetes/infra/harbor-robot-flux",
      "kubernetes/infra/rfc2136",
    ]);
    // The DNS credentials are shared (one Cloudflare zone, one LAN zone); the tunnel and mesh are not.
    expect(externalSecretKeys(sharedLayer(apps).components)).toEqual([
      "kubernetes/apps/cert-manager/cloudflare",
      "kubernetes/apps/cilium-clustermesh",
      "kubernetes/apps/cloudflared",
      "kubernetes/apps/harbor-robot-flux",
      "kubernetes/infra/cloudflared",
      "kubernetes/infra/rfc2136",
    ]);
  });

  it("renders infra and apps to trees that differ exactly where their values differ", () => {
    const a = render(cluster({ name: "infra", values: infra, components: sharedLayer(infra).components }));
    const b = render(cluster({ name: "apps", values: apps, components: sharedLayer(apps).components }));
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    const differing = [...a.files.keys()].filter((k) => a.files.get(k) !== b.files.get(k));
    // Flux Kustomizations carry the cluster label; the rest differs by the clusters' values.
    expect(differing.filter((k) => !k.startsWith("flux/"))).toEqual([
      "components/cert-manager-issuers/externalsecret-cloudflare-api-token.yaml",
      "components/cilium-bgp/ciliumbgpclusterconfig-bgp-cluster-config.yaml",
      "components/cilium-clustermesh/externalsecret-cilium-clustermesh.yaml",
      "components/cilium-gateway/gateway-cilium-gateway-external.yaml",
      "components/cilium-gateway/gateway-cilium-gateway-internal.yaml",
      "components/cilium-ipam/ciliumloadbalancerippool-load-balancer-pool.yaml",
      "components/cilium/helmrelease-cilium.yaml",
      "components/cloudflared/externalsecret-cloudflared.yaml",
      "components/coredns/helmrelease-coredns.yaml",
      "components/external-dns/helmrelease-external-dns-cloudflare.yaml",
      "components/external-dns/helmrelease-external-dns-rfc2136.yaml",
      "components/flux-sync/externalsecret-flux-system-registry.yaml",
      "components/flux-sync/kustomization-flux-system.yaml",
      "components/flux-sync/ocirepository-flux-system.yaml",
    ]);
  });

  it("gives every namespace it creates a deny-all baseline", () => {
    const layer = sharedLayer(infra);
    const created = layer.components.flatMap((c) => c.resources.filter((r) => r.kind === "Namespace").map((r) => r.metadata?.name));
    const denied = layer.policies.resources.filter((r) => r.metadata?.name === "default-deny-all").map((r) => r.metadata?.namespace);
    expect(created).toEqual(["external-secrets", "cert-manager", "external-dns", "cloudflared", "openebs-system"]);
    for (const ns of created) expect(denied).toContain(ns);
  });
});
