import { cidr, dnsName, ipv4, port } from "@k8s-gitops/core";
import { cephReplicas, cephStorageNodesOf, nodeNetworkOf, nodesOf } from "@k8s-gitops/inventory";
import type { PlatformValues } from "@k8s-gitops/platform";

/**
 * Facts of the site both clusters share: one domain, one 1Password Connect, one BGP peer, one
 * Harbor, one object store. The apps cluster's values take them from here.
 */
export const site = {
  domain: dnsName("monosense.io"),
  letsEncryptEmail: "admin@monosense.io",
  bgpPeer: { peerAsn: 64501, peerAddress: ipv4("10.25.11.1") },
  secrets: {
    storeName: "onepassword",
    connectHost: "http://opconnect.monosense.dev",
    vault: "Infra",
    connectToken: { name: "onepassword-connect-token", key: "token", from: { item: "shared-1password", property: "OP_CONNECT_TOKEN" } },
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
  observability: {
    metricsRetention: "30d",
    logsRetention: "30d",
    // The global stores on infra; every cluster's agents reach them by these names (mesh-global Services).
    global: {
      namespace: "observability",
      metricsInsert: { name: "vminsert-global", port: port(8480) },
      metricsSelect: { name: "vmselect-global", port: port(8481) },
      logs: { name: "vlsingle-global", port: port(9428) },
    },
  },
  storage: { blockClass: "rook-ceph-block", localClass: "openebs-local-nvme", openebsBasePath: "/var/mnt/openebs" },
  gatewayNames: { externalName: "cilium-gateway-external", internalName: "cilium-gateway-internal" },
  // Harbor runs on the apps cluster (clusters/apps/src/registry.ts, harborHost): infra pulls its
  // artifact from there, never from a registry it serves itself.
  harbor: "harbor.monosense.io",
  // The pipeline's signing key pair: CI signs every push with the private key (GITOPS_SIGNING_KEY),
  // each cluster's Flux verifies with the public one.
  signingKey: { item: "kubernetes/gitops-signing-key", property: "public-key" },
  // The small registry on infra (clusters/infra/src/artifact-registry.ts, LAN only) the apps
  // cluster pulls its artifact from, for the same reason.
  artifactRegistry: "registry.monosense.io",
  // MinIO on the NAS, off both clusters (a backup must not share the failure domain of what it
  // protects), over TLS with a publicly trusted certificate for its name: see docs/data-services.md.
  objectStore: { endpoint: "https://s3.monosense.io:9000", address: ipv4("10.25.11.3"), port: port(9000) },
} as const;

/** The infra cluster: storage, database operators, observability, security, networking. */
export const values: PlatformValues = {
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
  bgp: { localAsn: 64512, ...site.bgpPeer },
  loadBalancerPool: { start: ipv4("10.25.11.100"), stop: ipv4("10.25.11.119") },
  gateway: { ...site.gatewayNames, externalIp: ipv4("10.25.11.110"), internalIp: ipv4("10.25.11.111") },
  clusterMesh: { ip: ipv4("10.25.11.100"), fqdn: dnsName("clustermesh-infra.monosense.io"), secretPath: "kubernetes/infra/cilium-clustermesh" },
  domain: site.domain,
  letsEncryptEmail: site.letsEncryptEmail,
  secrets: { ...site.secrets, cloudflareApiTokenPath: "kubernetes/infra/cert-manager/cloudflare" },
  externalDns: site.externalDns,
  cloudflared: { replicas: 2, tunnelCredentials: "kubernetes/infra/cloudflared" },
  observability: { ...site.observability, tenant: { id: 1, name: "infra" } },
  // Rook-Ceph's disks are facts of the node inventory: each node's 1 TB NVMe, by id.
  storage: { ...site.storage, ceph: { nodes: cephStorageNodesOf("infra"), replicas: cephReplicas } },
  objectStore: site.objectStore,
  artifact: { registry: site.harbor, repository: "k8s-gitops/cluster-infra", robotAccountPath: "kubernetes/infra/harbor-robot-flux", verifyKey: site.signingKey },
};
