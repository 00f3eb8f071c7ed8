import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2";
import type { Cidr, FqdnMatch, FqdnPort, Peer } from "@k8s-gitops/core";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1";

// Each building block exists as a Kubernetes NetworkPolicy (portable, what `kubectl describe`
// and most tools understand) and, where L7/FQDN/entity matching needs it, as a
// CiliumNetworkPolicy. Both select every pod of the namespace ({}).

export type Policy = NetworkPolicy | CiliumNetworkPolicy;

/**
 * Default deny for ingress and egress. Cilium treats `ingress: []` and `egress: []` as "no
 * rules", which does not enable default deny; an empty rule (`[{}]`) is what switches
 * enforcement on for both directions.
 */
export function denyAll(namespace: string): Policy[] {
  return [
    new NetworkPolicy({ metadata: { name: "default-deny-all-ingress", namespace }, spec: { podSelector: {}, policyTypes: ["Ingress"] } }),
    new NetworkPolicy({ metadata: { name: "default-deny-all-egress", namespace }, spec: { podSelector: {}, policyTypes: ["Egress"] } }),
    new CiliumNetworkPolicy({ metadata: { name: "default-deny-all", namespace }, spec: { endpointSelector: {}, ingress: [{}], egress: [{}] } }),
  ];
}

/** DNS to CoreDNS (kube-system/k8s-app=kube-dns), with Cilium's DNS proxy so FQDN rules can work. */
export function allowDns(namespace: string): Policy[] {
  return [
    new NetworkPolicy({
      metadata: { name: "allow-dns-egress", namespace },
      spec: {
        podSelector: {},
        policyTypes: ["Egress"],
        egress: [
          {
            to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } }, podSelector: { matchLabels: { "k8s-app": "kube-dns" } } }],
            ports: [
              { protocol: "UDP", port: 53 },
              { protocol: "TCP", port: 53 },
            ],
          },
        ],
      },
    }),
    new CiliumNetworkPolicy({
      metadata: { name: "allow-dns-egress", namespace },
      spec: {
        endpointSelector: {},
        egress: [
          {
            toEndpoints: [{ matchLabels: { "io.kubernetes.pod.namespace": "kube-system", "k8s-app": "kube-dns" } }],
            toPorts: [{ ports: [{ port: "53", protocol: "UDP" }, { port: "53", protocol: "TCP" }], rules: { dns: [{ matchPattern: "*" }] } }],
          },
        ],
      },
    }),
  ];
}

/**
 * Egress to the Kubernetes API. Cilium knows the API server as the kube-apiserver entity. A
 * plain NetworkPolicy sees the API server's node addresses after the service is translated,
 * so it allows the control-plane node subnet (a namespaceSelector matches no API server: it
 * runs on the host network, not in a namespace).
 */
export function allowKubeApi(namespace: string, o: { apiServerCidrs: readonly Cidr[]; ports?: readonly number[] }): Policy[] {
  const ports = o.ports ?? [443, 6443];
  return [
    new NetworkPolicy({
      metadata: { name: "allow-kube-api-egress", namespace },
      spec: {
        podSelector: {},
        policyTypes: ["Egress"],
        egress: [{ to: o.apiServerCidrs.map((cidr) => ({ ipBlock: { cidr } })), ports: ports.map((port) => ({ protocol: "TCP", port })) }],
      },
    }),
    new CiliumNetworkPolicy({
      metadata: { name: "allow-kube-api-egress", namespace },
      spec: {
        endpointSelector: {},
        egress: [{ toEntities: ["kube-apiserver"], toPorts: [{ ports: ports.map((p) => ({ port: String(p), protocol: "TCP" as const })) }] }],
      },
    }),
  ];
}

/** Traffic between the pods of the namespace, both ways. */
export function allowInternal(namespace: string): Policy[] {
  return [
    new NetworkPolicy({
      metadata: { name: "allow-internal", namespace },
      spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"], ingress: [{ from: [{ podSelector: {} }] }], egress: [{ to: [{ podSelector: {} }] }] },
    }),
    new CiliumNetworkPolicy({
      metadata: { name: "allow-internal", namespace },
      spec: { endpointSelector: {}, ingress: [{ fromEndpoints: [{}] }], egress: [{ toEndpoints: [{}] }] },
    }),
  ];
}

/** Egress to named hosts outside the cluster (Cilium only: NetworkPolicy cannot match names). */
export function allowFqdn(namespace: string, o: { name: string; hosts: readonly FqdnMatch[]; ports: readonly FqdnPort[] }): CiliumNetworkPolicy {
  return new CiliumNetworkPolicy({
    metadata: { name: o.name, namespace },
    spec: {
      endpointSelector: {},
      egress: [
        {
          toFQDNs: o.hosts.map((h) => ("name" in h ? { matchName: h.name } : { matchPattern: h.pattern })),
          toPorts: [{ ports: o.ports.map((p) => (typeof p === "number" ? { port: String(p), protocol: "TCP" as const } : { port: String(p.port), protocol: p.protocol })) }],
        },
      ],
    },
  });
}

/**
 * Ingress from the API server (admission webhooks, aggregated APIs). Under deny-all the API
 * server could not call a webhook, and every object the webhook guards would be rejected.
 */
export function allowApiServerIngress(namespace: string): CiliumNetworkPolicy {
  return new CiliumNetworkPolicy({
    metadata: { name: "allow-kube-api-ingress", namespace },
    spec: { endpointSelector: {}, ingress: [{ fromEntities: ["kube-apiserver", "host", "remote-node"] }] },
  });
}

/** Egress to fixed addresses outside the cluster (e.g. an object store on the storage VLAN), TCP. */
export function allowCidrEgress(namespace: string, o: { name: string; cidrs: readonly Cidr[]; ports: readonly number[] }): NetworkPolicy {
  return new NetworkPolicy({
    metadata: { name: o.name, namespace },
    spec: {
      podSelector: {},
      policyTypes: ["Egress"],
      egress: [{ to: o.cidrs.map((cidr) => ({ ipBlock: { cidr } })), ports: o.ports.map((port) => ({ protocol: "TCP", port })) }],
    },
  });
}

function peerRule(p: Peer) {
  return {
    peer: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": p.namespace } }, ...(p.podLabels ? { podSelector: { matchLabels: { ...p.podLabels } } } : {}) }],
    ports: p.ports?.map((port) => ({ protocol: "TCP" as const, port })),
  };
}

/** The policy's own pods: those the peer's `localPods` names, else the whole namespace. */
function localSide(p: Peer) {
  return p.localPods ? { matchLabels: { ...p.localPods } } : {};
}

/** A policy name per peer and local side: `allow-from-harbor`, `allow-from-harbor-to-harbor-pooler`. */
function peerPolicyName(direction: "from" | "to", p: Peer): string {
  const local = p.localPods ? `-${direction === "from" ? "to" : "from"}-${Object.values(p.localPods).sort().join("-")}` : "";
  return `allow-${direction}-${p.namespace}${local}`;
}

/** Ingress from pods of another namespace: the server side of a cross-namespace connection. */
export function allowIngressFrom(namespace: string, p: Peer): NetworkPolicy {
  const { peer, ports } = peerRule(p);
  return new NetworkPolicy({
    metadata: { name: peerPolicyName("from", p), namespace },
    spec: { podSelector: localSide(p), policyTypes: ["Ingress"], ingress: [{ from: peer, ...(ports ? { ports } : {}) }] },
  });
}

/** Egress to pods of another namespace: the client side of a cross-namespace connection. */
export function allowEgressTo(namespace: string, p: Peer): NetworkPolicy {
  const { peer, ports } = peerRule(p);
  return new NetworkPolicy({
    metadata: { name: peerPolicyName("to", p), namespace },
    spec: { podSelector: localSide(p), policyTypes: ["Egress"], egress: [{ to: peer, ...(ports ? { ports } : {}) }] },
  });
}

/** Ingress from the cluster's metrics scraper, on every port: `allow-metrics-scrape-from-<namespace>`. */
export function allowScrapeFrom(namespace: string, p: Peer): NetworkPolicy {
  const { peer } = peerRule({ namespace: p.namespace, ...(p.podLabels ? { podLabels: p.podLabels } : {}) });
  return new NetworkPolicy({
    metadata: { name: `allow-metrics-scrape-from-${p.namespace}`, namespace },
    spec: { podSelector: {}, policyTypes: ["Ingress"], ingress: [{ from: peer }] },
  });
}
