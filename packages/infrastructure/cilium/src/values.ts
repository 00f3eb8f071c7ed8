import type { Cidr, DeepPartial, DnsName, IPv4, Port } from "@k8s-gitops/core";
import type { CiliumValues } from "./generated/values.ts";

/** Where Cilium and its mesh objects live. */
export const NAMESPACE = "kube-system";

export interface CiliumOptions {
  /** Chart version (default: the pinned one). */
  version?: string;
  /** Cluster name and Cilium cluster id (1-255, unique in the mesh). */
  cluster: { name: string; id: number };
  /** The cluster's pod CIDR: routed natively, so traffic inside it is never masqueraded. */
  podCidr: Cidr;
  /**
   * The Kubernetes API endpoint. With the kube-proxy replacement there is no kube-proxy to make
   * the kubernetes Service IP work before Cilium itself runs, so the agent needs the real endpoint.
   */
  apiServer: { host: DnsName | IPv4; port: Port };
  /** This cluster's clustermesh-apiserver: the address and name peers dial (both in its server certificate). */
  clusterMesh: { ip: IPv4; fqdn: DnsName };
  /** Deploy the Hubble UI (reachable by port-forward). Default false. */
  hubbleUi?: boolean;
  /** The chart's ServiceMonitors (agent, operator, Envoy, Hubble) and the alerts. Default true. */
  monitoring?: boolean;
  /** Chart values, deep-merged over `defaults` and the option-derived values. */
  values?: DeepPartial<CiliumValues>;
}

/**
 * The capabilities the agent runs with on Talos: the chart's defaults minus SYS_MODULE (Talos
 * does not let containers load kernel modules), plus PERFMON and BPF.
 */
export const TALOS_AGENT_CAPABILITIES = [
  "CHOWN",
  "KILL",
  "NET_ADMIN",
  "NET_RAW",
  "IPC_LOCK",
  "SYS_ADMIN",
  "SYS_RESOURCE",
  "PERFMON",
  "BPF",
  "DAC_OVERRIDE",
  "FOWNER",
  "SETGID",
  "SETUID",
] as const;

const monitorLabels = { prometheus: "kube-prometheus" };

/**
 * The chart values every cluster runs with. The builder merges the cluster's own facts (name,
 * id, pod CIDR, API endpoint, mesh endpoint, switches) into these, then `values`; the
 * HelmRelease carries the result, which is also what day zero installs with `helm upgrade
 * --install` before Flux adopts the release.
 */
export const defaults = {
  // Talos: no /etc/sysctl.d to write, cgroup v2 already mounted at /sys/fs/cgroup, no SYS_MODULE.
  sysctlfix: { enabled: false },
  cgroup: { autoMount: { enabled: false }, hostRoot: "/sys/fs/cgroup" },
  securityContext: {
    capabilities: {
      ciliumAgent: [...TALOS_AGENT_CAPABILITIES],
      cleanCiliumState: ["NET_ADMIN", "SYS_ADMIN", "SYS_RESOURCE"],
    },
  },

  // Routing: the nodes share one L2 segment, so pod routes go straight between nodes.
  ipam: { mode: "kubernetes" },
  routingMode: "native",
  autoDirectNodeRoutes: true,
  enableIPv4Masquerade: true,
  cni: { install: true, exclusive: true },

  // Talos runs no kube-proxy.
  kubeProxyReplacement: true,

  encryption: { enabled: true, type: "wireguard", nodeEncryption: false, wireguard: { persistentKeepalive: "25s" } },
  bandwidthManager: { enabled: true, bbr: true },
  bpf: {
    monitorAggregation: "medium",
    monitorInterval: "5s",
    monitorFlags: "all",
    ctTcpMax: 524288,
    ctAnyMax: 262144,
    natMax: 524288,
    neighMax: 524288,
    policyMapMax: 16384,
  },

  // The L7 proxy also runs the DNS proxy that FQDN network policies need.
  l7Proxy: true,
  policyEnforcementMode: "default",
  endpointHealthChecking: { enabled: true },
  hostFirewall: { enabled: false },
  debug: { enabled: false },

  hubble: {
    enabled: true,
    relay: { enabled: true, replicas: 1, resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "500m", memory: "256Mi" } } },
    ui: {
      enabled: false,
      replicas: 1,
      // The chart reads the UI's resources per container.
      frontend: { resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "200m", memory: "128Mi" } } },
      backend: { resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "200m", memory: "128Mi" } } },
    },
    metrics: {
      enabled: [
        "dns:query;ignoreAAAA",
        "drop",
        "tcp",
        "flow",
        "port-distribution",
        "icmp",
        "httpV2:exemplars=true;labelsContext=source_ip,source_namespace,source_workload,destination_ip,destination_namespace,destination_workload,traffic_direction",
      ],
      enableOpenMetrics: true,
      serviceMonitor: { enabled: true, labels: monitorLabels },
    },
  },

  // The gateway component owns the GatewayClass; a chart-made one would be applied twice.
  gatewayAPI: { enabled: true, gatewayClass: { create: "false" } },
  bgpControlPlane: { enabled: true },

  clustermesh: {
    useAPIServer: true,
    // The Secret with the peers comes from 1Password through an ExternalSecret (clusterMesh()), not from values.
    config: { enabled: false },
    apiserver: {
      replicas: 2,
      // kvstoremesh reads the peers from a chart-generated secret whose client certificates come
      // from the local CA, which only works with one CA shared by every cluster; the platform
      // gives each cluster per-peer credentials instead, so the agents connect to the peers.
      kvstoremesh: { enabled: false },
      // ClusterIP, not LoadBalancer: Helm waits for every Service it installs, and a
      // LoadBalancer address needs the pool, which needs Cilium's CRDs, which need this release.
      // The address peers dial is a LoadBalancer Service of the cilium-clustermesh component,
      // ordered after the pool (clusterMesh()).
      service: { type: "ClusterIP" },
      tls: {
        // Helm makes the certificates while it renders the release (signed by the chart's
        // cilium-ca, which later upgrades reuse): cronJob makes them in a post-install hook that
        // a waiting install never reaches (cilium/cilium#42045), certmanager needs cert-manager,
        // which needs Cilium.
        auto: { enabled: true, method: "helm" },
      },
      resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "500m", memory: "512Mi" } },
    },
  },

  operator: {
    replicas: 2,
    resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "500m", memory: "512Mi" } },
    prometheus: { enabled: true, serviceMonitor: { enabled: true, labels: monitorLabels } },
  },
  envoy: { prometheus: { enabled: true, serviceMonitor: { enabled: true, labels: monitorLabels } } },
  resources: { requests: { cpu: "200m", memory: "512Mi" }, limits: { cpu: "1000m", memory: "2Gi" } },
  // The monitoring CRDs are installed in day zero's phase 1, before this release (phase 2): the
  // chart need not look them up, which it cannot when helm renders without a cluster.
  prometheus: { enabled: true, serviceMonitor: { enabled: true, labels: monitorLabels, trustCRDsExist: true } },
} satisfies CiliumValues;
