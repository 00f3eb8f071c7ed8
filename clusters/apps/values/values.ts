import { site } from "@k8s-gitops/cluster-infra-values";
import { cidr, dnsName, ipv4, port } from "@k8s-gitops/core";
import { cephReplicas, cephStorageNodesOf, nodeNetworkOf, nodesOf } from "@k8s-gitops/inventory";
import type { PlatformValues } from "@k8s-gitops/platform";

/** The apps cluster: application workloads and tenants, on the site facts the infra cluster's values hold. */
export const values: PlatformValues = {
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
  bgp: { localAsn: 64513, ...site.bgpPeer },
  loadBalancerPool: { start: ipv4("10.25.11.120"), stop: ipv4("10.25.11.139") },
  gateway: { ...site.gatewayNames, externalIp: ipv4("10.25.11.121"), internalIp: ipv4("10.25.11.122") },
  clusterMesh: { ip: ipv4("10.25.11.120"), fqdn: dnsName("clustermesh-apps.monosense.io"), secretPath: "kubernetes/apps/cilium-clustermesh" },
  domain: site.domain,
  letsEncryptEmail: site.letsEncryptEmail,
  secrets: { ...site.secrets, cloudflareApiTokenPath: "kubernetes/apps/cert-manager/cloudflare" },
  externalDns: site.externalDns,
  // Each cluster has its own tunnel: connectors of one tunnel share its traffic, whatever cluster they run in.
  cloudflared: { replicas: 2, tunnelCredentials: "kubernetes/apps/cloudflared" },
  observability: { ...site.observability, tenant: { id: 2, name: "apps" } },
  // Rook-Ceph's disks are facts of the node inventory: each node's 1 TB NVMe, by id.
  storage: { ...site.storage, ceph: { nodes: cephStorageNodesOf("apps"), replicas: cephReplicas } },
  objectStore: site.objectStore,
  // Not Harbor: Harbor runs on this cluster, and a cluster cannot pull its own artifact from a
  // registry it serves itself. The credential is a user of that registry's htpasswd file.
  artifact: { registry: site.artifactRegistry, repository: "k8s-gitops/cluster-apps", robotAccountPath: "kubernetes/apps/artifact-registry-flux", verifyKey: site.signingKey },
};
