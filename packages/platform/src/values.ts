import type { Cidr, DnsName, IPv4, OnePasswordField, Port } from "@k8s-gitops/core";
import type { CephStorageNode } from "@k8s-gitops/rook-ceph";

/** A 1Password item path in the Connect vault, e.g. kubernetes/infra/cert-manager/cloudflare. */
export type OnePasswordPath = `kubernetes/${string}`;

/**
 * Everything the shared platform layer needs to know about one cluster, typed: each cluster
 * writes its own in `clusters/<name>/values`. A CIDR is a Cidr, a port a Port, a flag a boolean;
 * there is no ${VAR} substitution anywhere.
 */
export interface PlatformValues {
  /** The cluster's name (a DNS label): its artifact, its labels, its mesh identity. */
  name: string;
  /** Cilium cluster id, unique in the mesh (1-255). */
  id: number;
  /** Hostnames of the cluster's nodes, from the node inventory (Rook, validation of node names). */
  nodes: readonly string[];
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
    /** LoadBalancer IP of this cluster's clustermesh-apiserver (in loadBalancerPool). */
    ip: IPv4;
    /** The name peers dial (it must resolve to `ip`); in the apiserver's certificate. */
    fqdn: DnsName;
    /** 1Password item with this cluster's client certificates for its peers (`<peer>.etcd-client.crt` & co.). */
    secretPath: OnePasswordPath;
  };
  domain: DnsName;
  letsEncryptEmail: string;
  secrets: {
    /** Name of the ClusterSecretStore every ExternalSecret uses. */
    storeName: string;
    connectHost: `http://${string}` | `https://${string}`;
    vault: string;
    /** Secret (in external-secrets) holding the Connect token, and the 1Password field day zero fills it from. */
    connectToken: { name: string; key: string; from: OnePasswordField };
    cloudflareApiTokenPath: OnePasswordPath;
  };
  externalDns: {
    interval: `${number}m`;
    /** ExternalDNS's own level names ("warning", not "warn": it refuses unknown levels). */
    logLevel: "debug" | "info" | "warning" | "error";
    txtPrefix: string;
    /** 1Password item with the Cloudflare API token and zone id (CF_API_TOKEN, CF_ZONE_ID). */
    cloudflareCredentials: OnePasswordPath;
    /** 1Password item with the RFC 2136 server and TSIG key (RFC2136_HOST, RFC2136_TSIG_KEYNAME, RFC2136_TSIG_SECRET_BASE64). */
    rfc2136Credentials: OnePasswordPath;
  };
  /** The Cloudflare Tunnel connector; it forwards to the external gateway (its Service is derived from the gateway). */
  cloudflared: {
    replicas: number;
    /**
     * This cluster's tunnel (CF_ACCOUNT_ID, CF_TUNNEL_ID, CF_TUNNEL_SECRET). Each cluster needs its
     * own: connectors of one tunnel share its traffic, whatever cluster they run in.
     */
    tunnelCredentials: OnePasswordPath;
  };
  observability: {
    /**
     * This cluster's tenant in the global stores: VictoriaMetrics' accountID and VictoriaLogs'
     * AccountID (numeric), and its name, a label on every series and log line it ships.
     */
    tenant: { id: number; name: string };
    metricsRetention: `${number}d`;
    logsRetention: `${number}d`;
    /** The global stores on infra every cluster's agents write to: infra's values hold them, the others take them from there. */
    global: GlobalObservability;
  };
  storage: {
    blockClass: string;
    localClass: string;
    openebsBasePath: string;
    /**
     * Rook-Ceph's storage nodes with their disks (by /dev/disk/by-id) and the pools' replica
     * count, read from the node inventory in the cluster's values; absent: the cluster runs no Ceph.
     */
    ceph?: { nodes: readonly CephStorageNode[]; replicas: number };
  };
  /**
   * The S3-compatible object store outside the clusters (MinIO on the storage VLAN): database
   * backups, Harbor's images, GitLab's objects. TLS only: the type takes no http:// endpoint,
   * since every backup and image crosses the LAN to it.
   */
  objectStore: { endpoint: `https://${string}`; address: IPv4; port: Port };
  /**
   * Harbor project/repository this cluster's artifact is pushed to, and the 1Password item of
   * the robot account its Flux pulls with.
   */
  artifact: {
    registry: string;
    repository: string;
    robotAccountPath: OnePasswordPath;
    /** The public key of the pipeline's signing key (cosign PEM): Flux applies only artifacts it signed. */
    verifyKey: OnePasswordField;
  };
}

/**
 * The fleet's global metrics and logs stores, which run on infra. Their Services are global in
 * the ClusterMesh (same name and namespace on every cluster), so an agent on any cluster reaches
 * them by the same in-cluster name.
 */
export interface GlobalObservability {
  /** The namespace of the global stores (and of their mesh-global Services on every cluster). */
  namespace: string;
  /** vminsert: where VMAgents remote-write (`/insert/<tenant>/prometheus/api/v1/write`). */
  metricsInsert: ServiceEndpoint;
  /** vmselect: what Grafana and VMAlert query (`/select/<tenant>/prometheus`). */
  metricsSelect: ServiceEndpoint;
  /** VictoriaLogs: where Fluent Bit ships (`/insert/jsonline`) and what Grafana queries. */
  logs: ServiceEndpoint;
}

/** A Service by name and port, in a namespace its context gives. */
export interface ServiceEndpoint {
  name: string;
  port: Port;
}

/** What another cluster's values tell this one: its mesh endpoint and its load-balancer pool. */
export type PeerCluster = Pick<PlatformValues, "name" | "id" | "loadBalancerPool" | "clusterMesh"> & { network: Pick<PlatformValues["network"], "podCidr"> };

/** The facts of a cluster its peers use, from its own values only. */
export function peerOf(v: PlatformValues): PeerCluster {
  return { name: v.name, id: v.id, loadBalancerPool: v.loadBalancerPool, clusterMesh: v.clusterMesh, network: { podCidr: v.network.podCidr } };
}
