import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { component, dnsName, type Component } from "@k8s-gitops/core";
import type { SecretStoreComponent } from "@k8s-gitops/external-secrets";
import { testGateways } from "@k8s-gitops/gateway/testing";
import { ConfigMap } from "kubernetes-models/v1";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cloudflared, gatewayOrigin, tunnelConfig, type CloudflaredOptions } from "../src/index.ts";

const stub = (name: string): Component => component({ name, resources: [new ConfigMap({ metadata: { name, namespace: "x" } })] });
const secrets: SecretStoreComponent = { ...stub("external-secrets-store"), storeRef: { kind: "ClusterSecretStore", name: "onepassword" }, connectHost: "http://opconnect" };
const gw = testGateways("infra");
const deps = { gateways: gw.component, secrets };
const infra: CloudflaredOptions = { cluster: "infra", domain: dnsName("monosense.io"), gateway: gw.external, replicas: 2, tunnel: "kubernetes/infra/cloudflared" };

function configOf(c: Component): string {
  const cm = c.resources.find((r): r is ConfigMap => r.kind === "ConfigMap");
  return cm?.data?.["config.yaml"] ?? "";
}

describe("cloudflared", () => {
  it("forwards the domain to the Service Cilium creates for the external gateway", () => {
    expect(gatewayOrigin(gw.external)).toBe("https://cilium-gateway-cilium-gateway-external.kube-system.svc.cluster.local");
    expect(parse(configOf(cloudflared(infra, deps).component))).toEqual({
      ingress: [
        { hostname: "*.monosense.io", service: "https://cilium-gateway-cilium-gateway-external.kube-system.svc.cluster.local", originRequest: { http2Origin: true, originServerName: "external.monosense.io" } },
        { service: "http_status:404" },
      ],
    });
  });

  it("builds the tunnel token from this cluster's 1Password item", () => {
    const es = cloudflared({ ...infra, tunnel: "kubernetes/apps/cloudflared" }, deps).component.resources.find((r): r is ExternalSecret => ExternalSecret.is(r));
    expect(es?.spec?.target?.name).toBe("cloudflared-secret");
    expect(es?.spec?.target?.template?.data?.["TUNNEL_TOKEN"]).toContain('dict "a" .CF_ACCOUNT_ID "t" .CF_TUNNEL_ID "s" .CF_TUNNEL_SECRET');
    expect(es?.spec?.data?.map((d) => d.remoteRef.key)).toEqual(["kubernetes/apps/cloudflared", "kubernetes/apps/cloudflared", "kubernetes/apps/cloudflared"]);
  });

  it("rolls the pods when the configuration changes", () => {
    const digest = (c: Component) => JSON.stringify(c.resources.find((r) => r.kind === "HelmRelease")).match(/"checksum\/config":"([0-9a-f]+)"/)?.[1];
    const a = digest(cloudflared(infra, deps).component);
    const b = digest(cloudflared({ ...infra, domain: dnsName("example.org") }, deps).component);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).not.toBe(a);
    expect(tunnelConfig({ domain: dnsName("example.org"), gateway: gw.external })).toContain("external.example.org");
  });

  it("reaches Cloudflare's edge and the gateway only, not the Kubernetes API", () => {
    const { component: c, networkPolicy } = cloudflared(infra, deps);
    expect(networkPolicy.kubeApi).toBe(false);
    expect(networkPolicy.egressFqdns?.map((f) => f.name)).toEqual(["allow-cloudflare-edge", "allow-cloudflare-api"]);
    expect(c.resources.filter((r) => r.kind === "CiliumNetworkPolicy").map((r) => r.metadata?.name)).toEqual(["allow-gateway-egress"]);
    expect(c.dependsOn.map((d) => d.name)).toEqual(["cilium-gateway", "external-secrets-store"]);
  });

  it("refuses a replica count that is not a positive integer", () => {
    expect(() => cloudflared({ ...infra, replicas: 0 }, deps)).toThrowError("cluster infra, component cloudflared, field cloudflared.replicas: replicas 0 must be a positive integer");
  });
});
