import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { ConfigMap } from "kubernetes-models/v1";
import { cluster, dnsName, render, type Component } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import type { SecretStoreOutputs } from "@k8s-gitops/external-secrets";
import { testGateways } from "@k8s-gitops/gateway/testing";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cloudflared, gatewayOrigin, tunnelConfig, type CloudflaredOptions } from "../src/index.ts";

const secretStore = standIn<SecretStoreOutputs>("external-secrets-store", { outputs: { storeRef: { kind: "ClusterSecretStore", name: "onepassword" } } });
const gateways = testGateways("infra");
const monitoringCrds = standIn("prometheus-operator-crds", { bootstrapPhase: 1 });
const deps = { gateways, secretStore, monitoringCrds };
const infra: CloudflaredOptions = { cluster: "infra", domain: dnsName("monosense.io"), replicas: 2, tunnel: "kubernetes/infra/cloudflared" };

function configOf(c: Component): string {
  const cm = c.resources.find((r): r is ConfigMap => ConfigMap.is(r));
  return cm?.data?.["config.yaml"] ?? "";
}

type Values = {
  controllers: { cloudflared?: { replicas?: number; annotations?: Record<string, string>; pod?: { annotations?: Record<string, string> }; containers: { app: { resources: unknown; args: string[] } } } };
  serviceMonitor?: Record<string, { serviceName: string; endpoints: { port: string; path?: string }[] }>;
};

/** The chart values of the rendered release. */
function values(c: Component): Values {
  const tree = render(cluster({ name: "infra", values: {}, components: [...gateways.dependsOn, gateways, secretStore, monitoringCrds, c] }));
  const file = tree.files.get("components/cloudflared/helmrelease-cloudflared.yaml");
  if (!file) throw new Error("no cloudflared release");
  return (parse(file) as { spec: { values: Values } }).spec.values;
}

describe("cloudflared", () => {
  it("forwards the domain to the Service Cilium creates for the external gateway of the gateway component", () => {
    expect(gatewayOrigin(gateways.outputs.external)).toBe("https://cilium-gateway-cilium-gateway-external.kube-system.svc.cluster.local");
    expect(parse(configOf(cloudflared(infra, deps)))).toEqual({
      ingress: [
        { hostname: "*.monosense.io", service: "https://cilium-gateway-cilium-gateway-external.kube-system.svc.cluster.local", originRequest: { http2Origin: true, originServerName: "external.monosense.io" } },
        { service: "http_status:404" },
      ],
    });
  });

  it("builds the tunnel token from this cluster's 1Password item through the secret store", () => {
    const es = cloudflared({ ...infra, tunnel: "kubernetes/apps/cloudflared" }, deps).resources.find((r): r is ExternalSecret => ExternalSecret.is(r));
    expect(es?.spec?.secretStoreRef).toEqual(secretStore.outputs.storeRef);
    expect(es?.spec?.target?.name).toBe("cloudflared-secret");
    expect(es?.spec?.target?.template?.data?.["TUNNEL_TOKEN"]).toContain('dict "a" .CF_ACCOUNT_ID "t" .CF_TUNNEL_ID "s" .CF_TUNNEL_SECRET');
    expect(es?.spec?.data?.map((d) => d.remoteRef.key)).toEqual(["kubernetes/apps/cloudflared", "kubernetes/apps/cloudflared", "kubernetes/apps/cloudflared"]);
  });

  it("rolls the pods when the configuration changes", () => {
    const digest = (c: Component) => values(c).controllers.cloudflared?.pod?.annotations?.["checksum/config"];
    const a = digest(cloudflared(infra, deps));
    const b = digest(cloudflared({ ...infra, domain: dnsName("example.org") }, deps));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).not.toBe(a);
    expect(tunnelConfig({ domain: dnsName("example.org"), gateway: gateways.outputs.external })).toContain("external.example.org");
  });

  it("merges a nested override over the release's values, keeping the siblings", () => {
    const app = values(cloudflared({ ...infra, values: { controllers: { cloudflared: { containers: { app: { resources: { requests: { cpu: "50m" } } } } } } } }, deps)).controllers.cloudflared;
    expect(app?.containers.app.resources).toEqual({ requests: { cpu: "50m" }, limits: { memory: "128Mi" } });
    expect(app?.containers.app.args).toEqual(["tunnel", "run"]);
    expect(app?.replicas).toBe(2);
  });

  it("reaches Cloudflare's edge and the gateway only, not the Kubernetes API, after the gateways and the store", () => {
    const c = cloudflared(infra, deps);
    expect(c.network?.kubeApi).toBe(false);
    expect(c.network?.egressFqdns?.map((f) => f.name)).toEqual(["allow-cloudflare-edge", "allow-cloudflare-api"]);
    expect(c.resources.filter((r) => r.kind === "CiliumNetworkPolicy").map((r) => r.metadata?.name)).toEqual(["allow-gateway-egress"]);
    expect(c.healthChecks).toEqual([{ apiVersion: "apps/v1", kind: "Deployment", name: "cloudflared", namespace: "cloudflared" }]);
  });

  it("refuses a replica count that is not a positive integer", () => {
    expect(() => cloudflared({ ...infra, replicas: 0 }, deps)).toThrowError("cluster infra, component cloudflared, field cloudflared.replicas: replicas 0 must be a positive integer");
  });

  it("is scraped and alerts by default (after the monitoring CRDs), and neither with monitoring: false", () => {
    const c = cloudflared(infra, deps);
    expect(c.dependsOn).toEqual([gateways, secretStore, monitoringCrds]);
    expect(values(c).serviceMonitor).toEqual({ app: { serviceName: "cloudflared", endpoints: [{ port: "http", scheme: "http", path: "/metrics", interval: "1m" }] } });
    const rule = c.resources.find((r): r is PrometheusRule => PrometheusRule.is(r));
    expect(rule?.metadata).toEqual({ name: "cloudflared", namespace: "cloudflared" });
    expect(rule?.spec.groups?.[0]?.rules?.map((r) => [r.alert, r.labels?.["severity"]])).toEqual([
      ["CloudflaredDown", "warning"],
      ["CloudflaredTunnelDisconnected", "critical"],
    ]);
    for (const r of rule?.spec.groups?.[0]?.rules ?? []) expect(Object.keys(r.annotations ?? {})).toEqual(["summary", "description"]);
    const off = cloudflared({ ...infra, monitoring: false }, deps);
    expect(off.resources.some((r) => r.kind === "PrometheusRule")).toBe(false);
    expect(values(off).serviceMonitor).toBeUndefined();
  });

  it("is restarted by Reloader when the tunnel token changes (cloudflared reads it only at start)", () => {
    expect(values(cloudflared(infra, deps)).controllers.cloudflared?.annotations).toEqual({ "reloader.stakater.com/auto": "true" });
  });
});
