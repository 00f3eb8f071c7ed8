import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { cluster, render, type Component } from "@k8s-gitops/core";
import { apps, infra } from "@k8s-gitops/fleet";
import { describe, expect, it } from "vitest";
import { sharedLayer } from "../src/index.ts";

function externalSecretKeys(components: readonly Component[]): string[] {
  return components.flatMap((c) => c.resources.filter((r): r is ExternalSecret => ExternalSecret.is(r)).flatMap((es) => es.spec?.data?.map((d) => d.remoteRef.key) ?? []));
}

describe("sharedLayer", () => {
  it("composes the same components in both clusters", () => {
    expect(sharedLayer(infra).components.map((c) => c.name)).toEqual(sharedLayer(apps).components.map((c) => c.name));
  });

  it("carries each cluster's own values into its objects", () => {
    expect(externalSecretKeys(sharedLayer(infra).components)).toEqual(["kubernetes/infra/cert-manager/cloudflare"]);
    expect(externalSecretKeys(sharedLayer(apps).components)).toEqual(["kubernetes/apps/cert-manager/cloudflare"]);
  });

  it("renders infra and apps to trees that differ exactly where their values differ", () => {
    const a = render(cluster({ name: "infra", values: infra, components: sharedLayer(infra).components }));
    const b = render(cluster({ name: "apps", values: apps, components: sharedLayer(apps).components }));
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    const differing = [...a.files.keys()].filter((k) => a.files.get(k) !== b.files.get(k));
    // Flux Kustomizations carry the cluster label; the Cloudflare token path is per cluster.
    expect(differing).toContain("components/cert-manager-issuers/externalsecret-cloudflare-api-token.yaml");
    expect(differing.filter((k) => !k.startsWith("flux/"))).toEqual(["components/cert-manager-issuers/externalsecret-cloudflare-api-token.yaml"]);
  });

  it("gives every namespace it creates a deny-all baseline", () => {
    const layer = sharedLayer(infra);
    const created = layer.components.flatMap((c) => c.resources.filter((r) => r.kind === "Namespace").map((r) => r.metadata?.name));
    const denied = layer.policies.resources.filter((r) => r.metadata?.name === "default-deny-all").map((r) => r.metadata?.namespace);
    expect(created.length).toBeGreaterThan(0);
    for (const ns of created) expect(denied).toContain(ns);
  });
});
