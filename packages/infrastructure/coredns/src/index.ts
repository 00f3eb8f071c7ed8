import {
  cidrContains,
  cidrRange,
  component,
  ConfigError,
  deploymentHealth,
  helmRelease,
  intToIpv4,
  merge,
  ociChart,
  type Cidr,
  type Component,
  type DeepPartial,
  type IPv4,
  type Resource,
} from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };
import { coreDnsAlerts } from "./alerts.ts";
import { clusterServer } from "./corefile.ts";
import type { CoreDnsValues } from "./values.ts";

export { coreDnsAlerts } from "./alerts.ts";
export { clusterServer } from "./corefile.ts";
export type { CoreDnsValues, CorefilePlugin, CorefileServer } from "./values.ts";

export const NAMESPACE = "kube-system";

/**
 * The label CoreDNS's pods and Service carry, k8s-app=kube-dns: what every namespace's allow-dns
 * policy selects. The chart's default would be k8s-app=coredns, which no policy allows.
 */
export const DNS_SELECTOR = { "k8s-app": "kube-dns" } as const;

/** The chart, pinned (ghcr.io/coredns/charts/coredns; the Flux release's version, the bootstrap had 1.44.3). */
export function chart(version = "1.45.0") {
  return ociChart<CoreDnsValues>({ name: "coredns", url: "oci://ghcr.io/coredns/charts/coredns", version });
}

export interface CoreDnsOptions {
  cluster: string;
  version?: string;
  /** The kube-dns Service IP. */
  clusterIp: IPv4;
  serviceCidr: Cidr;
  /**
   * The address the kubelets send DNS to. Talos sets kubelet's clusterDNS to the 10th address of
   * the service CIDR unless told otherwise, so that is the default and clusterIp must equal it.
   */
  kubeletClusterDns?: IPv4;
  replicas?: number;
  clusterDomain?: string;
  /** ServiceMonitor and alerts (need the prometheus-operator CRDs). Default false. */
  monitoring?: boolean;
  values?: DeepPartial<CoreDnsValues>;
}

/** The 10th address of a CIDR (Talos' and kubeadm's choice of cluster DNS IP). */
export function tenthAddress(c: Cidr): IPv4 {
  return intToIpv4(cidrRange(c).first + 10);
}

/** CoreDNS as the cluster's DNS (Talos' own CoreDNS is disabled in the machine config); it needs the CNI first. */
export function coreDns(o: CoreDnsOptions, deps: { cni: Component }): Component {
  const where = { cluster: o.cluster, component: "coredns" };
  if (!cidrContains(o.serviceCidr, o.clusterIp)) {
    throw new ConfigError(`${o.clusterIp} is outside the service CIDR ${o.serviceCidr}`, { ...where, field: "network.coreDnsClusterIp" });
  }
  const kubeletDns = o.kubeletClusterDns ?? tenthAddress(o.serviceCidr);
  if (o.clusterIp !== kubeletDns) {
    throw new ConfigError(`${o.clusterIp} is not where the kubelets send DNS queries (${kubeletDns}): pods would resolve nothing`, {
      ...where,
      field: "network.coreDnsClusterIp",
    });
  }
  const replicas = o.replicas ?? 2;
  if (!Number.isInteger(replicas) || replicas < 1) throw new ConfigError(`replicas ${replicas} must be a positive integer`, { ...where, field: "network.coreDnsReplicas" });
  const monitoring = o.monitoring ?? false;
  const defaults: CoreDnsValues = {
    fullnameOverride: "coredns",
    k8sAppLabelOverride: DNS_SELECTOR["k8s-app"],
    image: { repository: "mirror.gcr.io/coredns/coredns" },
    replicaCount: replicas,
    resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { memory: "256Mi" } },
    ...(replicas > 1 ? { podDisruptionBudget: { minAvailable: 1 } } : {}),
    service: { name: "kube-dns", clusterIP: o.clusterIp },
    prometheus: { service: { enabled: true }, monitor: { enabled: monitoring } },
    servers: [clusterServer(o.clusterDomain ?? "cluster.local")],
  };
  const values = o.values ? merge(defaults, o.values) : defaults;
  const resources: Resource[] = [...helmRelease({ name: "coredns", namespace: NAMESPACE, chart: chart(o.version), values }), ...(monitoring ? [coreDnsAlerts(NAMESPACE)] : [])];
  return component({
    name: "coredns",
    namespace: NAMESPACE,
    resources,
    dependsOn: [deps.cni],
    healthChecks: [deploymentHealth("coredns", NAMESPACE)],
    package: pkg,
  });
}
