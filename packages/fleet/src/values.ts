import { cidr, dnsName, ipv4, port } from "@k8s-gitops/core";
import { nodeNetworkOf, nodesOf } from "@k8s-gitops/inventory";
import type { ClusterValues } from "./types.ts";

// Facts from the reference's kubernetes/clusters/<name>/cluster-settings.yaml. Shared facts
// (domain, 1Password Connect, the BGP peer) are written once and used by both clusters.

const shared = {
  domain: dnsName("monosense.io"),
  letsEncryptEmail: "admin@monosense.io",
  bgpPeer: { peerAsn: 64501, peerAddress: ipv4("10.25.11.1") },
  secrets: {
    storeName: "onepassword",
    connectHost: "http://opconnect.monosense.dev",
    vault: "Infra",
    connectTokenSecret: { name: "onepassword-connect-token", key: "token" },
  },
  // Both clusters publish into one Cloudflare zone and one LAN zone with the same credentials;
  // their TXT owner ids (k8s-<cluster>-<visibility>) keep their records apart.
  externalDns: {
    interval: "1m",
    logLevel: "info",
    txtPrefix: "k8s.",
    cloudflareCredentials: "kubernetes/infra/cloudflared",
    rfc2136Credentials: "kubernetes/infra/rfc2136",
  },
  observability: { metricsRetention: "30d", logsRetention: "30d" },
  storage: { blockClass: "rook-ceph-block", localClass: "openebs-local-nvme", openebsBasePath: "/var/mnt/openebs" },
  gatewayNames: { externalName: "cilium-gateway-external", internalName: "cilium-gateway-internal" },
  harbor: "harbor.infra.monosense.io",
  objectStore: { endpoint: "http://10.25.11.3:9000", address: ipv4("10.25.11.3"), port: port(9000) },
} as const;

export const infra: ClusterValues = {
  name: "infra",
  id: 1,
  nodes: nodesOf("infra").map((n) => n.hostname),
  network: {
    podCidr: cidr("10.244.0.0/16"),
    serviceCidr: cidr("10.245.0.0/16"),
    // The node subnet is a fact of the node inventory, not repeated here.
    nodeCidr: nodeNetworkOf("infra").subnet,
    apiServer: { host: dnsName("infra-k8s.monosense.io"), port: port(6443) },
    coreDnsClusterIp: ipv4("10.245.0.10"),
    coreDnsReplicas: 2,
  },
  bgp: { localAsn: 64512, ...shared.bgpPeer },
  loadBalancerPool: { start: ipv4("10.25.11.100"), stop: ipv4("10.25.11.119") },
  gateway: { ...shared.gatewayNames, externalIp: ipv4("10.25.11.110"), internalIp: ipv4("10.25.11.111") },
  clusterMesh: { ip: ipv4("10.25.11.100"), fqdn: dnsName("clustermesh-infra.monosense.io"), secretPath: "kubernetes/infra/cilium-clustermesh" },
  domain: shared.domain,
  letsEncryptEmail: shared.letsEncryptEmail,
  secrets: { ...shared.secrets, cloudflareApiTokenPath: "kubernetes/infra/cert-manager/cloudflare" },
  externalDns: shared.externalDns,
  cloudflared: { replicas: 2, tunnelCredentials: "kubernetes/infra/cloudflared" },
  observability: { ...shared.observability, logTenant: "infra" },
  storage: shared.storage,
  objectStore: shared.objectStore,
  artifact: { registry: shared.harbor, repository: "k8s-gitops/cluster-infra", robotAccountPath: "kubernetes/infra/harbor-robot-flux" },
};

export const apps: ClusterValues = {
  name: "apps",
  id: 2,
  nodes: nodesOf("apps").map((n) => n.hostname),
  network: {
    podCidr: cidr("10.246.0.0/16"),
    serviceCidr: cidr("10.247.0.0/16"),
    nodeCidr: nodeNetworkOf("apps").subnet,
    apiServer: { host: dnsName("apps-k8s.monosense.io"), port: port(6443) },
    coreDnsClusterIp: ipv4("10.247.0.10"),
    coreDnsReplicas: 2,
  },
  bgp: { localAsn: 64513, ...shared.bgpPeer },
  loadBalancerPool: { start: ipv4("10.25.11.120"), stop: ipv4("10.25.11.139") },
  gateway: { ...shared.gatewayNames, externalIp: ipv4("10.25.11.121"), internalIp: ipv4("10.25.11.122") },
  clusterMesh: { ip: ipv4("10.25.11.120"), fqdn: dnsName("clustermesh-apps.monosense.io"), secretPath: "kubernetes/apps/cilium-clustermesh" },
  domain: shared.domain,
  letsEncryptEmail: shared.letsEncryptEmail,
  secrets: { ...shared.secrets, cloudflareApiTokenPath: "kubernetes/apps/cert-manager/cloudflare" },
  externalDns: shared.externalDns,
  // The reference ran the infra tunnel here too, so Cloudflare sent half of each cluster's
  // requests to the other: the apps cluster has a tunnel of its own.
  cloudflared: { replicas: 2, tunnelCredentials: "kubernetes/apps/cloudflared" },
  observability: { ...shared.observability, logTenant: "apps" },
  storage: shared.storage,
  objectStore: shared.objectStore,
  artifact: { registry: shared.harbor, repository: "k8s-gitops/cluster-apps", robotAccountPath: "kubernetes/apps/harbor-robot-flux" },
};

/** Both clusters by name: where one cluster needs the other's values (ClusterMesh peers). */
export const fleet: Readonly<Record<ClusterValues["name"], ClusterValues>> = { infra, apps };

/** The other cluster of the pair: its mesh endpoint and id configure this cluster's peer. */
export function peerOf(values: ClusterValues): ClusterValues {
  return values.name === "infra" ? apps : infra;
}
