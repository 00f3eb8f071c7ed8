import { Gateway } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1";
import { ipv4 } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { describe, expect, it } from "vitest";
import { covers, gateways, httpRoute, isGatewayRef, type GatewayRef, type GatewaysOptions, type WildcardCertificate } from "../src/index.ts";
import { testGateways } from "../src/testing.ts";

const wildcard: WildcardCertificate = { wildcardSecret: { name: "wildcard-tls", namespace: "kube-system" }, wildcardNames: ["*.monosense.io", "monosense.io"] };
const deps = {
  gatewayApiCrds: standIn("gateway-api-crds", { bootstrapPhase: 1 }),
  cilium: standIn("cilium", { bootstrapPhase: 2 }),
  ipam: standIn("cilium-ipam", { provides: { addressPools: true } }),
  issuers: standIn<WildcardCertificate>("cert-manager-issuers", { outputs: wildcard }),
};
const infra: GatewaysOptions = {
  cluster: "infra",
  external: { name: "cilium-gateway-external", ip: ipv4("10.25.11.110") },
  internal: { name: "cilium-gateway-internal", ip: ipv4("10.25.11.111") },
};
const apps: GatewaysOptions = { ...infra, cluster: "apps", external: { ...infra.external, ip: ipv4("10.25.11.121") }, internal: { ...infra.internal, ip: ipv4("10.25.11.122") } };

function addresses(o: GatewaysOptions): string[] {
  return gateways(o, deps)
    .resources.filter((r): r is Gateway => Gateway.is(r))
    .map((g) => `${g.metadata?.name}=${g.spec.addresses?.[0]?.value}`);
}

describe("gateways", () => {
  it("give each cluster's gateways its own load-balancer IPs", () => {
    expect(addresses(infra)).toEqual(["cilium-gateway-external=10.25.11.110", "cilium-gateway-internal=10.25.11.111"]);
    expect(addresses(apps)).toEqual(["cilium-gateway-external=10.25.11.121", "cilium-gateway-internal=10.25.11.122"]);
  });

  it("terminate TLS on the HTTPS listener with the certificate component's wildcard Secret", () => {
    const gw = gateways(infra, deps).resources.find((r): r is Gateway => Gateway.is(r));
    expect(gw?.spec.listeners.map((l) => `${l.name}:${l.port}`)).toEqual(["http:80", "https:443"]);
    expect(gw?.spec.listeners[1]?.tls?.certificateRefs).toEqual([{ kind: "Secret", name: "wildcard-tls", namespace: "kube-system" }]);
  });

  it("own the GatewayClass for Cilium's controller and wait for the CRDs, Cilium, the pool and the certificate", () => {
    const g = gateways(infra, deps);
    expect(g.resources.map((r) => r.kind)).toEqual(["GatewayClass", "Gateway", "Gateway"]);
    expect(g.dependsOn).toEqual([deps.gatewayApiCrds, deps.cilium, deps.ipam, deps.issuers]);
  });

  it("give typed refs as outputs, with Cilium's Service name and the certificate's names", () => {
    const { outputs } = gateways(infra, deps);
    expect(isGatewayRef(outputs.external)).toBe(true);
    expect(outputs.external.service).toEqual({ name: "cilium-gateway-cilium-gateway-external", namespace: "kube-system" });
    expect(outputs.internal.address).toBe("10.25.11.111");
    expect(outputs.internal.tlsNames).toEqual(["*.monosense.io", "monosense.io"]);
  });

  it("have stand-ins for other packages' tests that mint real refs", () => {
    const g = testGateways("apps");
    expect(isGatewayRef(g.outputs.external) && isGatewayRef(g.outputs.internal)).toBe(true);
    expect(g.name).toBe("cilium-gateway");
  });

  it("refuse a TLS Secret in another namespace, a certificate without names, and two gateways on one name or IP", () => {
    const elsewhere = { ...deps, issuers: standIn<WildcardCertificate>("cert-manager-issuers", { outputs: { ...wildcard, wildcardSecret: { name: "wildcard-tls", namespace: "cert-manager" } } }) };
    expect(() => gateways(infra, elsewhere)).toThrowError(
      "cluster infra, component cilium-gateway, field issuers.outputs.wildcardSecret.namespace: the TLS Secret is in cert-manager, the gateways in kube-system: issue the certificate into the gateways' namespace",
    );
    const nameless = { ...deps, issuers: standIn<WildcardCertificate>("cert-manager-issuers", { outputs: { ...wildcard, wildcardNames: [] } }) };
    expect(() => gateways(infra, nameless)).toThrowError(/field issuers.outputs.wildcardNames: the gateways' certificate covers no name/);
    expect(() => gateways({ ...infra, internal: { ...infra.internal, ip: infra.external.ip } }, deps)).toThrowError("cluster infra, component cilium-gateway, field gateway.internalIp: the external and internal gateways share 10.25.11.110");
    expect(() => gateways({ ...infra, internal: { ...infra.internal, name: infra.external.name } }, deps)).toThrowError(/both named cilium-gateway-external/);
    expect(() => gateways({ ...infra, external: { ...infra.external, name: "x".repeat(50) } }, deps)).toThrowError(/field gateway.externalName: gateway name x+ is too long or not a DNS label/);
  });
});

describe("httpRoute", () => {
  const { external } = gateways(infra, deps).outputs;

  it("attaches to the gateway's HTTPS listener by ref", () => {
    const route = httpRoute({ name: "harbor", namespace: "harbor", parent: external, hostnames: ["harbor.monosense.io"], backend: { service: "harbor-portal", port: 80 } });
    expect(route.spec?.parentRefs).toEqual([{ group: "gateway.networking.k8s.io", kind: "Gateway", name: "cilium-gateway-external", namespace: "kube-system", sectionName: "https" }]);
    expect(route.spec?.rules?.[0]?.backendRefs).toEqual([{ kind: "Service", name: "harbor-portal", port: 80, weight: 1 }]);
    expect(route.spec?.rules?.[0]?.matches).toEqual([{ path: { type: "PathPrefix", value: "/" } }]);
  });

  it("cannot take a gateway typed by hand", () => {
    const fake = { name: "cilium-gateway-externall", namespace: "kube-system", sectionName: "https", tlsNames: ["*.monosense.io"], address: ipv4("10.25.11.110"), service: { name: "x", namespace: "kube-system" } };
    // @ts-expect-error a GatewayRef only comes from gateways()
    const parent: GatewayRef = fake;
    expect(() => httpRoute({ name: "x", namespace: "x", parent, hostnames: ["x.monosense.io"], backend: { service: "x", port: 80 } })).toThrowError(
      "HTTPRoute/x/x, field spec.parentRefs: parent is not a gateway made by gateways(): take it from the gateway component",
    );
  });

  it("refuses a hostname the gateway's certificate does not cover (a second-level name under the wildcard)", () => {
    expect(() => httpRoute({ name: "gitlab-web", namespace: "gitlab-system", parent: external, hostnames: ["gitlab.apps.monosense.io"], backend: { service: "gitlab-webservice-default", port: 8181 } })).toThrowError(
      "HTTPRoute/gitlab-system/gitlab-web, field spec.hostnames[0]: gitlab.apps.monosense.io is not covered by gateway cilium-gateway-external's certificate (*.monosense.io, monosense.io)",
    );
  });

  it("refuses no hostname, an invalid one, and a bad backend port", () => {
    const base = { name: "x", namespace: "x", parent: external, backend: { service: "x", port: 80 } };
    expect(() => httpRoute({ ...base, hostnames: [] })).toThrowError(/at least one hostname/);
    expect(() => httpRoute({ ...base, hostnames: ["Bad_Name.monosense.io"] })).toThrowError(/field spec.hostnames\[0\]: "Bad_Name.monosense.io" is not a lowercase DNS name/);
    expect(() => httpRoute({ ...base, hostnames: ["x.monosense.io"], backend: { service: "x", port: 0 } })).toThrowError(/field spec.rules\[0\].backendRefs\[0\].port: 0 is not a TCP\/UDP port/);
  });

  it("matches one wildcard label only", () => {
    expect(covers("*.monosense.io", "a.monosense.io")).toBe(true);
    expect(covers("*.monosense.io", "a.b.monosense.io")).toBe(false);
    expect(covers("*.monosense.io", "monosense.io")).toBe(false);
    expect(covers("monosense.io", "monosense.io")).toBe(true);
  });
});
