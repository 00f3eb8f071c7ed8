import { ConfigError, merge, type Cidr, type DeepPartial, type DnsName, type IPv4, type Port } from "@k8s-gitops/core";
import { clusterMeshValues } from "./clustermesh.ts";
import type { CiliumValues } from "./generated/values.ts";

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
  /** This cluster's clustermesh-apiserver: its LoadBalancer IP and the name peers dial. */
  clusterMesh: { ip: IPv4; fqdn: DnsName };
  /** Deploy the Hubble UI (reachable by port-forward; default false, as the reference's Flux release). */
  hubbleUi?: boolean;
  /** ServiceMonitors for the agent, operator and Hubble (need the prometheus-operator CRDs). Default false. */
  serviceMonitor?: boolean;
  /** Extra chart values, deep-merged over the defaults (arrays replace). */
  values?: DeepPartial<CiliumValues>;
}

/**
 * The capabilities the agent runs with on Talos: the chart's defaults minus SYS_MODULE (Talos
 * does not let containers load kernel modules), plus PERFMON and BPF, as the reference's
 * steady-state (Flux) release had them.
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

const requests = (cpu: string, memory: string) => ({ requests: { cpu, memory } });

/**
 * Cilium's chart values for one cluster, exported for the bootstrap install too: the reference
 * kept two diverging copies (bootstrap cilium-values.yaml and the HelmRelease), so the first
 * Flux reconcile silently dropped the Talos cgroup settings, the operator and agent resources
 * and the Hubble metrics of the bootstrap.
 */
export function ciliumValues(o: CiliumOptions): CiliumValues {
  const where = { cluster: o.cluster.name, component: "cilium", object: "HelmRelease/kube-system/cilium" };
  if (!Number.isInteger(o.cluster.id) || o.cluster.id < 1 || o.cluster.id > 255) {
    throw new ConfigError(`cluster id ${o.cluster.id} must be an integer from 1 to 255 (the mesh's limit)`, { ...where, field: "spec.values.cluster.id" });
  }
  const serviceMonitor = o.serviceMonitor ?? false;
  const monitorLabels = { prometheus: "kube-prometheus" };
  const defaults: CiliumValues = {
    cluster: { name: o.cluster.name, id: o.cluster.id },

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
    ipv4NativeRoutingCIDR: o.podCidr,
    autoDirectNodeRoutes: true,
    enableIPv4Masquerade: true,
    cni: { install: true, exclusive: true },

    // Talos runs no kube-proxy.
    kubeProxyReplacement: true,
    k8sServiceHost: o.apiServer.host,
    k8sServicePort: o.apiServer.port,

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

    // The L7 proxy also runs the DNS proxy that FQDN network policies need. (The reference wrote
    // enableL7Proxy, dnsProxy.enabled and policy.*, none of which the chart reads.)
    l7Proxy: true,
    policyEnforcementMode: "default",
    endpointHealthChecking: { enabled: true },
    hostFirewall: { enabled: false },
    debug: { enabled: false },

    hubble: {
      enabled: true,
      relay: { enabled: true, replicas: 1, resources: { ...requests("100m", "128Mi"), limits: { cpu: "500m", memory: "256Mi" } } },
      ui: {
        enabled: o.hubbleUi ?? false,
        replicas: 1,
        // The reference set hubble.ui.resources, which the chart does not read: it has one per container.
        frontend: { resources: { ...requests("50m", "64Mi"), limits: { cpu: "200m", memory: "128Mi" } } },
        backend: { resources: { ...requests("50m", "64Mi"), limits: { cpu: "200m", memory: "128Mi" } } },
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
        serviceMonitor: { enabled: serviceMonitor, labels: monitorLabels },
      },
    },

    // The gateway component owns the GatewayClass; a chart-made one would be applied twice.
    gatewayAPI: { enabled: true, gatewayClass: { create: "false" } },
    bgpControlPlane: { enabled: true },
    clustermesh: clusterMeshValues(o.clusterMesh),

    operator: { replicas: 2, resources: { ...requests("100m", "128Mi"), limits: { cpu: "500m", memory: "512Mi" } } },
    resources: { ...requests("200m", "512Mi"), limits: { cpu: "1000m", memory: "2Gi" } },
    prometheus: { enabled: true, serviceMonitor: { enabled: serviceMonitor, labels: monitorLabels } },
  };
  return o.values ? merge(defaults, o.values) : defaults;
}
