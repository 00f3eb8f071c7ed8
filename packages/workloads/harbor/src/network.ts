import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2";
import { cidr, type NetworkAllowances } from "@k8s-gitops/core";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1";

/** The address ranges that are not the internet: private, carrier-grade NAT, link-local, loopback. */
export const NON_INTERNET = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16", "127.0.0.0/8"] as const;

/**
 * HTTPS to the internet, for the listed components only: every public address, none of the
 * LAN's (the node VLAN, the NAS, the router) nor the cluster's (Cilium never applies a CIDR
 * rule to its own endpoints or nodes). Trivy fetches its vulnerability database from OCI
 * registries and core/jobservice reach the registries of proxy-cache projects and
 * replications, whose names are chosen at run time, so no list of names can allow them.
 */
export function internetEgress(namespace: string, components: readonly string[]): NetworkPolicy {
  return new NetworkPolicy({
    metadata: { name: "allow-internet-egress", namespace },
    spec: {
      podSelector: { matchLabels: { app: "harbor" }, matchExpressions: [{ key: "component", operator: "In", values: [...components] }] },
      policyTypes: ["Egress"],
      egress: [{ to: [{ ipBlock: { cidr: cidr("0.0.0.0/0"), except: NON_INTERNET.map((c) => cidr(c)) } }], ports: [{ protocol: "TCP", port: 443 }] }],
    },
  });
}

/**
 * The gateway's Envoy reaching core (API, token service, /v2/) and the portal. Cilium's
 * policy engine knows Envoy as the ingress entity, whatever namespace the Gateway is in.
 */
export function gatewayIngress(namespace: string, port: number): CiliumNetworkPolicy {
  return new CiliumNetworkPolicy({
    metadata: { name: "allow-gateway-ingress", namespace },
    spec: {
      endpointSelector: { matchLabels: { app: "harbor" }, matchExpressions: [{ key: "component", operator: "In", values: ["core", "portal"] }] },
      ingress: [{ fromEntities: ["ingress"], toPorts: [{ ports: [{ port: String(port), protocol: "TCP" }] }] }],
    },
  });
}

/** Egress to an object store outside the cluster: by address when the endpoint is an IP, by name otherwise. */
export function objectStoreEgress(endpoint: string): Pick<NetworkAllowances, "egressCidrs" | "egressFqdns"> {
  const url = new URL(endpoint);
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  return /^\d+\.\d+\.\d+\.\d+$/.test(url.hostname)
    ? { egressCidrs: [{ name: "allow-object-store", cidrs: [cidr(`${url.hostname}/32`)], ports: [port] }] }
    : { egressFqdns: [{ name: "allow-object-store", hosts: [{ name: url.hostname }], ports: [port] }] };
}
