import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { component, dnsName, type Component } from "@k8s-gitops/core";
import type { SecretStoreComponent } from "@k8s-gitops/external-secrets";
import { testGateways } from "@k8s-gitops/gateway/testing";
import { ConfigMap } from "kubernetes-models/v1";
import { describe, expect, it } from "vitest";
import { externalDns, instance, type ExternalDnsOptions } from "../src/index.ts";

const stub = (name: string): Component => component({ name, resources: [new ConfigMap({ metadata: { name, namespace: "x" } })] });
const secrets: SecretStoreComponent = { ...stub("external-secrets-store"), storeRef: { kind: "ClusterSecretStore", name: "onepassword" }, connectHost: "http://opconnect" };
const gw = testGateways("infra");
const deps = { gateways: gw.component, secrets };

function options(cluster: string): ExternalDnsOptions {
  return {
    cluster,
    domain: dnsName("monosense.io"),
    txtPrefix: "k8s.",
    interval: "1m",
    logLevel: "info",
    instances: [
      { name: "cloudflare", visibility: "public", gateway: gw.external, provider: { kind: "cloudflare", proxied: true, credentials: "kubernetes/infra/cloudflared" } },
      { name: "rfc2136", visibility: "private", gateway: gw.internal, provider: { kind: "rfc2136", zone: dnsName("monosense.io"), credentials: "kubernetes/infra/rfc2136" } },
    ],
  };
}

/** The container args of one instance of a cluster, built as externalDns() builds them. */
function args(cluster: string, which: "cloudflare" | "rfc2136"): string[] {
  const o = options(cluster);
  const i = o.instances.find((x) => x.name === which);
  if (!i) throw new Error(`no instance ${which}`);
  const built = instance(i, { ...o, namespace: "external-dns", store: secrets.storeRef, monitoring: false });
  return built.values.controllers[built.name]?.containers.app?.args ?? [];
}

describe("external-dns", () => {
  it("runs one instance per provider, built the same way, each on its own gateway", () => {
    const { component: c } = externalDns(options("infra"), deps);
    expect(c.resources.filter((r) => r.kind === "HelmRelease").map((r) => r.metadata?.name)).toEqual(["external-dns-cloudflare", "external-dns-rfc2136"]);
    expect(args("infra", "cloudflare")).toEqual(
      expect.arrayContaining(["--provider=cloudflare", "--cloudflare-proxied", "--source=gateway-httproute", "--gateway-name=cilium-gateway-external", "--gateway-namespace=kube-system", "--domain-filter=monosense.io", "--txt-prefix=k8s."]),
    );
    expect(args("infra", "rfc2136")).toEqual(expect.arrayContaining(["--provider=rfc2136", "--rfc2136-zone=monosense.io", "--rfc2136-port=53", "--rfc2136-tsig-secret-alg=hmac-sha256", "--gateway-name=cilium-gateway-internal"]));
  });

  it("owns its records per cluster and visibility, and passes no flag ExternalDNS lacks", () => {
    expect(args("infra", "cloudflare")).toContain("--txt-owner-id=k8s-infra-public");
    expect(args("apps", "rfc2136")).toContain("--txt-owner-id=k8s-apps-private");
    // The reference's --controller-id is not an ExternalDNS flag: the process would not start.
    expect([...args("infra", "cloudflare"), ...args("infra", "rfc2136")].some((a) => a.startsWith("--controller-id"))).toBe(false);
  });

  it("takes credentials from 1Password through ExternalSecrets, never as values", () => {
    const { component: c } = externalDns(options("infra"), deps);
    const secretsOf = c.resources.filter((r): r is ExternalSecret => ExternalSecret.is(r));
    expect(secretsOf.map((es) => [es.spec?.target?.name, es.spec?.data?.map((d) => `${d.secretKey}<-${d.remoteRef.key}#${d.remoteRef.property}`)])).toEqual([
      ["external-dns-cloudflare-secret", ["CF_API_TOKEN<-kubernetes/infra/cloudflared#CF_API_TOKEN", "CF_ZONE_ID<-kubernetes/infra/cloudflared#CF_ZONE_ID"]],
      [
        "external-dns-rfc2136-secret",
        ["RFC2136_HOST<-kubernetes/infra/rfc2136#RFC2136_HOST", "RFC2136_TSIG_KEYNAME<-kubernetes/infra/rfc2136#RFC2136_TSIG_KEYNAME", "RFC2136_TSIG_SECRET<-kubernetes/infra/rfc2136#RFC2136_TSIG_SECRET_BASE64"],
      ],
    ]);
  });

  it("gives each instance read access to routes and gateways only", () => {
    const { component: c } = externalDns(options("infra"), deps);
    expect(c.resources.filter((r) => r.kind === "ServiceAccount" || r.kind === "ClusterRole" || r.kind === "ClusterRoleBinding").map((r) => `${r.kind}/${r.metadata?.name}`)).toEqual([
      "ServiceAccount/external-dns-cloudflare",
      "ClusterRole/external-dns-cloudflare",
      "ClusterRoleBinding/external-dns-cloudflare",
      "ServiceAccount/external-dns-rfc2136",
      "ClusterRole/external-dns-rfc2136",
      "ClusterRoleBinding/external-dns-rfc2136",
    ]);
    const [cf] = options("infra").instances;
    if (!cf) throw new Error("fixture");
    const built = instance(cf, { ...options("infra"), namespace: "external-dns", store: secrets.storeRef, monitoring: false });
    expect(built.values.controllers["external-dns-cloudflare"]?.serviceAccount).toEqual({ name: "external-dns-cloudflare" });
  });

  it("asks its namespace policy for Cloudflare's API by name and DNS updates to the world", () => {
    const { component: c, networkPolicy } = externalDns(options("infra"), deps);
    expect(networkPolicy).toEqual({ namespace: "external-dns", egressFqdns: [{ name: "allow-dns-provider-apis", hosts: [{ name: "api.cloudflare.com" }], ports: [443] }] });
    expect(c.resources.map((r) => r.kind)).toContain("CiliumNetworkPolicy");
    expect(c.dependsOn.map((d) => d.name)).toEqual(["cilium-gateway", "external-secrets-store"]);
  });

  it("refuses two instances of one name or one visibility, and none at all", () => {
    const o = options("infra");
    const [cf, rfc] = o.instances;
    if (!cf || !rfc) throw new Error("fixture");
    expect(() => externalDns({ ...o, instances: [cf, { ...rfc, name: "cloudflare" }] }, deps)).toThrowError(/two instances are named cloudflare/);
    expect(() => externalDns({ ...o, instances: [cf, { ...rfc, visibility: "public" }] }, deps)).toThrowError(/two instances publish public records/);
    expect(() => externalDns({ ...o, instances: [] }, deps)).toThrowError("cluster infra, component external-dns: no ExternalDNS instance");
  });
});
