import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2";
import { cidr, component } from "@k8s-gitops/core";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1";
import { describe, expect, it } from "vitest";
import { allowFqdn, baseline, denyAll, networkPolicies } from "../src/index.ts";

const api = { apiServerCidrs: [cidr("10.25.11.0/24")] };

describe("network policies", () => {
  it("denies all traffic both ways, with an empty Cilium rule that turns enforcement on", () => {
    const [ingress, egress, cilium] = denyAll("demo");
    expect(NetworkPolicy.is(ingress) && ingress.spec).toEqual({ podSelector: {}, policyTypes: ["Ingress"] });
    expect(NetworkPolicy.is(egress) && egress.spec).toEqual({ podSelector: {}, policyTypes: ["Egress"] });
    expect(CiliumNetworkPolicy.is(cilium) && cilium.spec).toEqual({ endpointSelector: {}, ingress: [{}], egress: [{}] });
  });

  it("builds a baseline of deny-all plus the allows a namespace asks for", () => {
    const names = (ns: Parameters<typeof baseline>[0]) => baseline(ns, api).map((p) => `${p.kind}/${p.metadata?.name}`);
    expect(names({ namespace: "a" })).toEqual([
      "NetworkPolicy/default-deny-all-ingress",
      "NetworkPolicy/default-deny-all-egress",
      "CiliumNetworkPolicy/default-deny-all",
      "NetworkPolicy/allow-dns-egress",
      "CiliumNetworkPolicy/allow-dns-egress",
      "NetworkPolicy/allow-kube-api-egress",
      "CiliumNetworkPolicy/allow-kube-api-egress",
      "NetworkPolicy/allow-internal",
      "CiliumNetworkPolicy/allow-internal",
    ]);
    expect(names({ namespace: "a", kubeApi: false, internal: false, apiServerIngress: true })).toEqual([
      "NetworkPolicy/default-deny-all-ingress",
      "NetworkPolicy/default-deny-all-egress",
      "CiliumNetworkPolicy/default-deny-all",
      "NetworkPolicy/allow-dns-egress",
      "CiliumNetworkPolicy/allow-dns-egress",
      "CiliumNetworkPolicy/allow-kube-api-ingress",
    ]);
  });

  it("allows the API server through the control-plane subnet, not a namespace that has no API server", () => {
    const np = baseline({ namespace: "a" }, api).find((p) => p.metadata?.name === "allow-kube-api-egress" && NetworkPolicy.is(p));
    expect(NetworkPolicy.is(np) && np.spec?.egress?.[0]?.to).toEqual([{ ipBlock: { cidr: "10.25.11.0/24" } }]);
  });

  it("allows FQDNs by name or pattern, TCP by default", () => {
    const p = allowFqdn("a", { name: "allow-x", hosts: [{ name: "ghcr.io" }, { pattern: "*.github.com" }], ports: [443, { port: 53, protocol: "ANY" }] });
    expect(p.spec?.egress?.[0]).toEqual({
      toFQDNs: [{ matchName: "ghcr.io" }, { matchPattern: "*.github.com" }],
      toPorts: [{ ports: [{ port: "443", protocol: "TCP" }, { port: "53", protocol: "ANY" }] }],
    });
  });

  it("puts every namespace's baseline in one component that waits for the namespaces' owners", () => {
    const owner = component({ name: "owner", resources: [] });
    const c = networkPolicies({ namespaces: [{ namespace: "b" }, { namespace: "a" }], ...api }, { dependsOn: [owner] });
    expect(c.dependsOn).toEqual([owner]);
    expect([...new Set(c.resources.map((r) => r.metadata?.namespace))]).toEqual(["a", "b"]);
    expect(() => networkPolicies({ namespaces: [{ namespace: "a" }, { namespace: "a" }], ...api }, { dependsOn: [] })).toThrowError(
      "component network-policies: namespace a is listed twice",
    );
  });
});
