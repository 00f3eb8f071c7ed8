import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { cluster, dnsName, render, type Component } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import type { SecretStoreOutputs } from "@k8s-gitops/external-secrets";
import { testGateways } from "@k8s-gitops/gateway/testing";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { externalDns, type ExternalDnsOptions } from "../src/index.ts";

const secretStore = standIn<SecretStoreOutputs>("external-secrets-store", { outputs: { storeRef: { kind: "ClusterSecretStore", name: "onepassword" } } });
const gateways = testGateways("infra");
const monitoringCrds = standIn("prometheus-operator-crds", { bootstrapPhase: 1 });
const deps = { gateways, secretStore, monitoringCrds };

function options(cluster: string): ExternalDnsOptions {
  return {
    cluster,
    domain: dnsName("monosense.io"),
    txtPrefix: "k8s.",
    interval: "1m",
    logLevel: "info",
    instances: [
      { name: "cloudflare", visibility: "public", gateway: "external", provider: { kind: "cloudflare", proxied: true, credentials: "kubernetes/infra/cloudflared" } },
      { name: "rfc2136", visibility: "private", gateway: "internal", provider: { kind: "rfc2136", zone: dnsName("monosense.io"), credentials: "kubernetes/infra/rfc2136" } },
    ],
  };
}

type Values = {
  controllers: Record<string, { serviceAccount?: unknown; annotations?: Record<string, string>; containers: { app: { args: string[]; resources: unknown } } }>;
  serviceMonitor?: Record<string, { serviceName: string }>;
};

/** The chart values of one instance's release in the rendered tree of a cluster. */
function values(c: Component, which: "cloudflare" | "rfc2136"): Values {
  const tree = render(cluster({ name: "infra", values: {}, components: [...gateways.dependsOn, gateways, secretStore, monitoringCrds, c] }));
  const file = tree.files.get(`components/external-dns/helmrelease-external-dns-${which}.yaml`);
  if (!file) throw new Error(`no release external-dns-${which}`);
  return (parse(file) as { spec: { values: Values } }).spec.values;
}

function args(cluster: string, which: "cloudflare" | "rfc2136"): string[] {
  return values(externalDns(options(cluster), deps), which).controllers[`external-dns-${which}`]?.containers.app.args ?? [];
}

describe("external-dns", () => {
  it("runs one instance per provider, built the same way, each on its gateway from the gateway component", () => {
    const c = externalDns(options("infra"), deps);
    expect(c.resources.filter((r) => HelmRelease.is(r)).map((r) => r.metadata?.name)).toEqual(["external-dns-cloudflare", "external-dns-rfc2136"]);
    expect(args("infra", "cloudflare")).toEqual(
      expect.arrayContaining(["--provider=cloudflare", "--cloudflare-proxied", "--source=gateway-httproute", "--gateway-name=cilium-gateway-external", "--gateway-namespace=kube-system", "--domain-filter=monosense.io", "--txt-prefix=k8s."]),
    );
    expect(args("infra", "rfc2136")).toEqual(expect.arrayContaining(["--provider=rfc2136", "--rfc2136-zone=monosense.io", "--rfc2136-port=53", "--rfc2136-tsig-secret-alg=hmac-sha256", "--gateway-name=cilium-gateway-internal"]));
    expect(c.healthChecks.map((h) => `${h.kind}/${h.namespace}/${h.name}`)).toEqual(["Deployment/external-dns/external-dns-cloudflare", "Deployment/external-dns/external-dns-rfc2136"]);
  });

  it("owns its records per cluster and visibility, and passes no flag ExternalDNS lacks", () => {
    expect(args("infra", "cloudflare")).toContain("--txt-owner-id=k8s-infra-public");
    expect(args("apps", "rfc2136")).toContain("--txt-owner-id=k8s-apps-private");
    // --controller-id is not an ExternalDNS flag: the process would not start.
    expect([...args("infra", "cloudflare"), ...args("infra", "rfc2136")].some((a) => a.startsWith("--controller-id"))).toBe(false);
  });

  it("merges an instance's nested override over its values, keeping the siblings", () => {
    const o = options("infra");
    const tuned = { ...o, instances: o.instances.map((i) => (i.name === "cloudflare" ? { ...i, values: { controllers: { "external-dns-cloudflare": { containers: { app: { resources: { limits: { memory: "128Mi" } } } } } } } } : i)) };
    const app = values(externalDns(tuned, deps), "cloudflare").controllers["external-dns-cloudflare"]?.containers.app;
    expect(app?.resources).toEqual({ requests: { cpu: "10m" }, limits: { memory: "128Mi" } });
    expect(app?.args).toContain("--provider=cloudflare");
    expect(values(externalDns(tuned, deps), "rfc2136").controllers["external-dns-rfc2136"]?.containers.app.resources).toEqual({ requests: { cpu: "10m" }, limits: { memory: "64Mi" } });
  });

  it("takes credentials from 1Password through the secret store's ExternalSecrets, never as values", () => {
    const c = externalDns(options("infra"), deps);
    const secretsOf = c.resources.filter((r): r is ExternalSecret => ExternalSecret.is(r));
    expect(secretsOf.map((es) => es.spec?.secretStoreRef)).toEqual([secretStore.outputs.storeRef, secretStore.outputs.storeRef]);
    expect(secretsOf.map((es) => [es.spec?.target?.name, es.spec?.data?.map((d) => `${d.secretKey}<-${d.remoteRef.key}#${d.remoteRef.property}`)])).toEqual([
      ["external-dns-cloudflare-secret", ["CF_API_TOKEN<-kubernetes/infra/cloudflared#CF_API_TOKEN", "CF_ZONE_ID<-kubernetes/infra/cloudflared#CF_ZONE_ID"]],
      [
        "external-dns-rfc2136-secret",
        ["RFC2136_HOST<-kubernetes/infra/rfc2136#RFC2136_HOST", "RFC2136_TSIG_KEYNAME<-kubernetes/infra/rfc2136#RFC2136_TSIG_KEYNAME", "RFC2136_TSIG_SECRET<-kubernetes/infra/rfc2136#RFC2136_TSIG_SECRET_BASE64"],
      ],
    ]);
  });

  it("gives each instance read access to routes and gateways only", () => {
    const c = externalDns(options("infra"), deps);
    expect(c.resources.filter((r) => r.kind === "ServiceAccount" || r.kind === "ClusterRole" || r.kind === "ClusterRoleBinding").map((r) => `${r.kind}/${r.metadata?.name}`)).toEqual([
      "ServiceAccount/external-dns-cloudflare",
      "ClusterRole/external-dns-cloudflare",
      "ClusterRoleBinding/external-dns-cloudflare",
      "ServiceAccount/external-dns-rfc2136",
      "ClusterRole/external-dns-rfc2136",
      "ClusterRoleBinding/external-dns-rfc2136",
    ]);
    expect(values(c, "cloudflare").controllers["external-dns-cloudflare"]?.serviceAccount).toEqual({ name: "external-dns-cloudflare" });
  });

  it("declares its namespace's allowances: Cloudflare's API by name; DNS updates to the world as its own policy", () => {
    const c = externalDns(options("infra"), deps);
    expect(c.network).toEqual({ namespace: "external-dns", egressFqdns: [{ name: "allow-dns-provider-apis", hosts: [{ name: "api.cloudflare.com" }], ports: [443] }] });
    expect(c.resources.filter((r) => r.kind === "CiliumNetworkPolicy").map((r) => r.metadata?.name)).toEqual(["allow-rfc2136-egress"]);
    expect(c.dependsOn).toEqual([gateways, secretStore, monitoringCrds]);
  });

  it("refuses two instances of one name or one visibility, and none at all", () => {
    const o = options("infra");
    const [cf, rfc] = o.instances;
    if (!cf || !rfc) throw new Error("fixture");
    expect(() => externalDns({ ...o, instances: [cf, { ...rfc, name: "cloudflare" }] }, deps)).toThrowError(/two instances are named cloudflare/);
    expect(() => externalDns({ ...o, instances: [cf, { ...rfc, visibility: "public" }] }, deps)).toThrowError(/two instances publish public records/);
    expect(() => externalDns({ ...o, instances: [] }, deps)).toThrowError("cluster infra, component external-dns, field instances: no ExternalDNS instance");
  });

  it("scrapes and alerts on every instance by default, staleness measured in its own intervals; nothing with monitoring: false", () => {
    const c = externalDns(options("infra"), deps);
    expect(values(c, "cloudflare").serviceMonitor).toEqual({ app: expect.objectContaining({ serviceName: "external-dns-cloudflare" }) });
    const rules = c.resources.filter((r): r is PrometheusRule => PrometheusRule.is(r));
    expect(rules.map((r) => r.metadata?.name)).toEqual(["external-dns-cloudflare", "external-dns-rfc2136"]);
    const cloudflare = rules[0]?.spec.groups?.[0]?.rules ?? [];
    expect(cloudflare.map((r) => [r.alert, r.labels?.["severity"]])).toEqual([
      ["ExternalDNSCloudflareDown", "warning"],
      ["ExternalDNSCloudflareStale", "critical"],
    ]);
    // --interval=1m: three intervals and a scrape.
    expect(cloudflare[1]?.expr).toBe('time() - external_dns_controller_last_sync_timestamp_seconds{namespace="external-dns", service="external-dns-cloudflare"} > 240');
    const slow = externalDns({ ...options("infra"), interval: "30s" }, deps).resources.filter((r): r is PrometheusRule => PrometheusRule.is(r));
    expect(slow[1]?.spec.groups?.[0]?.rules?.[1]?.expr).toMatch(/> 150$/);
    const off = externalDns({ ...options("infra"), monitoring: false }, deps);
    expect(off.resources.some((r) => r.kind === "PrometheusRule")).toBe(false);
    expect(values(off, "rfc2136").serviceMonitor).toBeUndefined();
  });

  it("is restarted by Reloader when its credentials change (ExternalDNS reads them only at start)", () => {
    const c = externalDns(options("infra"), deps);
    for (const which of ["cloudflare", "rfc2136"] as const) {
      expect(values(c, which).controllers[`external-dns-${which}`]?.annotations).toEqual({ "reloader.stakater.com/auto": "true" });
    }
  });
});
