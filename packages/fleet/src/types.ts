import type { Cidr, DnsName, IPv4, Port } from "@k8s-gitops/core";

/** A 1Password item path in the Connect vault, e.g. kubernetes/infra/cert-manager/cloudflare. */
export type OnePasswordPath = `kubernetes/${string}`;

export type ClusterName = "infra" | "apps";

/**
 * Everything that differs between the clusters, typed. This replaces the reference's
 * cluster-settings ConfigMap and its ${VAR} substitution: each field has a type, and a value
 * that is a CIDR, port or flag is one.
 */
export interface ClusterValues {
  name: ClusterName;
  /** Cilium cluster id, unique in the mesh (1-255). */
  id: number;
  network: {
    podCidr: Cidr;
    serviceCidr: Cidr;
    /** The node subnet (bare-metal VLAN) the nodes and load balancer IPs live in. */
    nodeCidr: Cidr;
    /** Kubernetes API endpoint, as Cilium's kube-proxy replacement and Talos use it. */
    apiServer: { host: DnsName; port: Port };
    coreDnsClusterIp: IPv4;
    coreDnsReplicas: number;
  };
  bgp: { localAsn: number; peerAsn: number; peerAddress: IPv4 };
  /** The LoadBalancer pool this cluster owns (the other cluster's pool is never enabled here). */
  loadBalancerPool: { start: IPv4; stop: IPv4 };
  gateway: {
    externalName: string;
    internalName: string;
    externalIp: IPv4;
    internalIp: IPv4;
  };
  clusterMesh: {
    /** LoadBalancer IP of this cluster's clustermesh-apiserver. */
    ip: IPv4;
    fqdn: DnsName;
    secretPath: OnePasswordPath;
  };
  domain: DnsName;
  letsEncryptEmail: string;
  secrets: {
    /** Name of the ClusterSecretStore every ExternalSecret uses. */
    storeName: string;
    connectHost: `http://${string}` | `https://${string}`;
    vault: string;
    /** Secret (in external-secrets) holding the Connect token, created at bootstrap outside git. */
    connectTokenSecret: { name: string; key: string };
    cloudflareApiTokenPath: OnePasswordPath;
  };
  externalDns: { interval: `${number}m`; logLevel: "debug" | "info" | "warn" | "error"; txtPrefix: string };
  cloudflared: { replicas: number; targetService: `https://${string}` };
  observability: { logTenant: string; metricsRetention: `${number}d`; logsRetention: `${number}d` };
  storage: { blockClass: string; localClass: string; openebsBasePath: string };
  /** Harbor project/repository this cluster's artifact is pushed to. */
  artifact: { registry: string; repository: string };
}
