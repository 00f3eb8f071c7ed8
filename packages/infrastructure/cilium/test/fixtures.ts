import { cidr, dnsName, ipv4, port } from "@k8s-gitops/core";
import type { CiliumOptions, MeshMember } from "../src/index.ts";

// The two clusters' facts, spelt out so these tests stand alone.

export const infraOptions: CiliumOptions = {
  cluster: { name: "infra", id: 1 },
  podCidr: cidr("10.244.0.0/16"),
  apiServer: { host: dnsName("infra-k8s.monosense.io"), port: port(6443) },
  clusterMesh: { ip: ipv4("10.25.11.100"), fqdn: dnsName("clustermesh-infra.monosense.io") },
};

export const appsOptions: CiliumOptions = {
  cluster: { name: "apps", id: 2 },
  podCidr: cidr("10.246.0.0/16"),
  apiServer: { host: dnsName("apps-k8s.monosense.io"), port: port(6443) },
  clusterMesh: { ip: ipv4("10.25.11.120"), fqdn: dnsName("clustermesh-apps.monosense.io") },
};

export const infraMember: MeshMember = { name: "infra", id: 1, podCidr: cidr("10.244.0.0/16"), ip: ipv4("10.25.11.100"), fqdn: dnsName("clustermesh-infra.monosense.io") };
export const appsMember: MeshMember = { name: "apps", id: 2, podCidr: cidr("10.246.0.0/16"), ip: ipv4("10.25.11.120"), fqdn: dnsName("clustermesh-apps.monosense.io") };
