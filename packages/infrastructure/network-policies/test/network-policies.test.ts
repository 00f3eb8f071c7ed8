import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2";
import { cidr, type Cidr } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
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

  it("puts the baseline of every guarded component's namespace in one component that waits for them", () => {
    const cilium = standIn("cilium");
    const b = standIn("b-owner", { network: { namespace: "b" } });
    const a = standIn("a-owner", { network: { namespace: "a" } });
    const plain = standIn("no-allowances");
    const c = networkPolicies(api, { cilium, guards: [b, a, plain] });
    expect(c.dependsOn).toEqual([cilium, b, a]);
    expect([...new Set(c.resources.map((r) => r.metadata?.namespace))]).toEqual(["a", "b"]);
    const operator = standIn("operator", { network: { namespace: "db", apiServerIngress: true } });
    const instance = standIn("instance", { network: { namespace: "db", egressCidrs: [{ name: "allow-object-store", cidrs: [cidr("10.25.11.3/32")], ports: [9000] }] } });
    const shared = networkPolicies(api, { cilium, guards: [operator, instance] }).resources.map((r) => `${r.kind}/${r.metadata?.name}`);
    expect(shared).toContain("CiliumNetworkPolicy/allow-kube-api-ingress");
    expect(shared).toContain("NetworkPolicy/allow-object-store");
    expect(() => networkPolicies(api, { cilium, guards: [instance, standIn("twin", { network: instance.network })] })).toThrowError(
      'component network-policies: namespace db: two components declare the allowance "allow-object-store"',
    );
  });

  it("lets a tenant namespace reach exactly its server, and the server accept exactly that tenant", () => {
    const server = baseline({ namespace: "databases", ingressFrom: [{ namespace: "harbor", podLabels: { app: "harbor-core" }, ports: [5432] }] }, api);
    const client = baseline({ namespace: "harbor", egressTo: [{ namespace: "databases", ports: [5432] }] }, api);
    const inbound = server.find((p) => p.metadata?.name === "allow-from-harbor");
    expect(NetworkPolicy.is(inbound) && inbound.spec?.ingress).toEqual([
      { from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "harbor" } }, podSelector: { matchLabels: { app: "harbor-core" } } }], ports: [{ protocol: "TCP", port: 5432 }] },
    ]);
    const outbound = client.find((p) => p.metadata?.name === "allow-to-databases");
    expect(NetworkPolicy.is(outbound) && outbound.spec?.egress).toEqual([
      { to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "databases" } } }], ports: [{ protocol: "TCP", port: 5432 }] },
    ]);
  });

  it("narrows the local side to the pods a peer names, one policy per local side, and refuses two policies of one name", () => {
    const server = baseline(
      {
        namespace: "databases",
        ingressFrom: [
          { namespace: "harbor", ports: [5432], localPods: { "cnpg.io/poolerName": "harbor-pooler" } },
          { namespace: "gitlab", ports: [5432], localPods: { "cnpg.io/poolerName": "gitlab-pooler" } },
        ],
      },
      api,
    );
    const harbor = server.find((p) => p.metadata?.name === "allow-from-harbor-to-harbor-pooler");
    expect(NetworkPolicy.is(harbor) && harbor.spec?.podSelector).toEqual({ matchLabels: { "cnpg.io/poolerName": "harbor-pooler" } });
    expect(server.map((p) => p.metadata?.name)).toContain("allow-from-gitlab-to-gitlab-pooler");
    const client = baseline({ namespace: "harbor", egressTo: [{ namespace: "databases", ports: [5432], localPods: { app: "harbor-core" } }] }, api);
    const outbound = client.find((p) => p.metadata?.name === "allow-to-databases-from-harbor-core");
    expect(NetworkPolicy.is(outbound) && outbound.spec?.podSelector).toEqual({ matchLabels: { app: "harbor-core" } });
    expect(() => baseline({ namespace: "databases", ingressFrom: [{ namespace: "harbor", ports: [5432] }, { namespace: "harbor", ports: [6379] }] }, api)).toThrowError(
      "namespace databases: two allowances render NetworkPolicy/allow-from-harbor",
    );
  });

  it("lets the cluster's metrics scraper into every namespace but its own", () => {
    const scrapers = [{ namespace: "observability", podLabels: { "app.kubernetes.io/name": "vmagent" } }];
    const app = baseline({ namespace: "harbor" }, { ...api, scrapers });
    const scrape = app.find((p) => p.metadata?.name === "allow-metrics-scrape-from-observability");
    expect(NetworkPolicy.is(scrape) && scrape.spec).toEqual({
      podSelector: {},
      policyTypes: ["Ingress"],
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "observability" } }, podSelector: { matchLabels: { "app.kubernetes.io/name": "vmagent" } } }] }],
    });
    expect(baseline({ namespace: "observability" }, { ...api, scrapers }).map((p) => p.metadata?.name)).not.toContain("allow-metrics-scrape-from-observability");
    expect(baseline({ namespace: "harbor" }, api).map((p) => p.metadata?.name)).not.toContain("allow-metrics-scrape-from-observability");
  });

  it("refuses an address or port that escaped the types, naming the component and field", () => {
    const cilium = standIn("cilium");
    const bad: Cidr = JSON.parse('"10.25.11.300/32"') as Cidr;
    const app = standIn("app", { network: { namespace: "app", egressCidrs: [{ name: "allow-nas", cidrs: [bad], ports: [9000] }] } });
    expect(() => networkPolicies(api, { cilium, guards: [app] })).toThrowError(
      'component app, field network.egressCidrs[0].cidrs[0]: "10.25.11.300/32" is not an IPv4 CIDR (a.b.c.d/n)',
    );
    const wrongPort = standIn("app", { network: { namespace: "app", egressTo: [{ namespace: "db", ports: [70000] }] } });
    expect(() => networkPolicies(api, { cilium, guards: [wrongPort] })).toThrowError("component app, field network.egressTo[0].ports[0]: 70000 is not a TCP/UDP port");
  });
});
