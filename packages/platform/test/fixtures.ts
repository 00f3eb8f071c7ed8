import { cidr, dnsName, ipv4, port } from "@k8s-gitops/core";
import type { PlatformValues } from "../src/values.ts";

// The two clusters' values for the platform's tests: the same facts as the clusters' own values
// (pools, gateway and mesh addresses, ASNs, CIDRs), spelt out so these tests stand alone.

const connectToken = { name: "onepassword-connect-token", key: "token", from: { item: "shared-1password", property: "OP_CONNECT_TOKEN" } };

export const infra: PlatformValues = {
  name: "infra",
  id: 1,
  nodes: ["infra-01", "infra-02", "infra-03"],
  network: {
    podCidr: cidr("10.244.0.0/16"),
    serviceCidr: cidr("10.245.0.0/16"),
    nodeCidr: cidr("10.25.11.0/24"),
    apiServer: { host: dnsName("infra-k8s.monosense.io"), port: port(6443) },
    coreDnsClusterIp: ipv4("10.245.0.10"),
    coreDnsReplicas: 2,
  },
  bgp: { localAsn: 64512, peerAsn: 64501, peerAddress: ipv4("10.25.11.1") },
  loadBalancerPool: { start: ipv4("10.25.11.100"), stop: ipv4("10.25.11.119") },
  gateway: { externalName: "cilium-gateway-external", internalName: "cilium-gateway-internal", externalIp: ipv4("10.25.11.110"), internalIp: ipv4("10.25.11.111") },
  clusterMesh: { ip: ipv4("10.25.11.100"), fqdn: dnsName("clustermesh-infra.monosense.io"), secretPath: "kubernetes/infra/cilium-clustermesh" },
  domain: dnsName("monosense.io"),
  letsEncryptEmail: "admin@monosense.io",
  secrets: { storeName: "onepassword", connectHost: "http://opconnect.monosense.dev", vault: "Infra", connectToken, cloudflareApiTokenPath: "kubernetes/infra/cert-manager/cloudflare" },
  externalDns: { interval: "1m", logLevel: "info", txtPrefix: "k8s.", cloudflareCredentials: "kubernetes/infra/cloudflared", rfc2136Credentials: "kubernetes/infra/rfc2136" },
  cloudflared: { replicas: 2, tunnelCredentials: "kubernetes/infra/cloudflared" },
  observability: { tenant: { id: 1, name: "infra" }, metricsRetention: "30d", logsRetention: "30d", global: { namespace: "observability", metricsInsert: { name: "vminsert-global", port: port(8480) }, metricsSelect: { name: "vmselect-global", port: port(8481) }, logs: { name: "vlsingle-global", port: port(9428) } } },
  storage: { blockClass: "rook-ceph-block", localClass: "openebs-local-nvme", openebsBasePath: "/var/mnt/openebs" },
  objectStore: { endpoint: "https://s3.monosense.io:9000", address: ipv4("10.25.11.3"), port: port(9000) },
  artifact: { registry: "harbor.infra.monosense.io", repository: "k8s-gitops/cluster-infra", robotAccountPath: "kubernetes/infra/harbor-robot-flux", verifyKey: { item: "kubernetes/gitops-signing-key", property: "public-key" } },
};

export const apps: PlatformValues = {
  ...infra,
  name: "apps",
  id: 2,
  nodes: ["apps-01", "apps-02", "apps-03"],
  network: {
    ...infra.network,
    podCidr: cidr("10.246.0.0/16"),
    serviceCidr: cidr("10.247.0.0/16"),
    apiServer: { host: dnsName("apps-k8s.monosense.io"), port: port(6443) },
    coreDnsClusterIp: ipv4("10.247.0.10"),
  },
  bgp: { ...infra.bgp, localAsn: 64513 },
  loadBalancerPool: { start: ipv4("10.25.11.120"), stop: ipv4("10.25.11.139") },
  gateway: { ...infra.gateway, externalIp: ipv4("10.25.11.121"), internalIp: ipv4("10.25.11.122") },
  clusterMesh: { ip: ipv4("10.25.11.120"), fqdn: dnsName("clustermesh-apps.monosense.io"), secretPath: "kubernetes/apps/cilium-clustermesh" },
  secrets: { ...infra.secrets, cloudflareApiTokenPath: "kubernetes/apps/cert-manager/cloudflare" },
  // Each cluster has a tunnel of its own: Cloudflare spreads a tunnel's traffic over all its connectors.
  cloudflared: { replicas: 2, tunnelCredentials: "kubernetes/apps/cloudflared" },
  observability: { ...infra.observability, tenant: { id: 2, name: "apps" } },
  artifact: { ...infra.artifact, repository: "k8s-gitops/cluster-apps", robotAccountPath: "kubernetes/apps/harbor-robot-flux" },
};
