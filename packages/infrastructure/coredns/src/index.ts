import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { Deployment } from "kubernetes-models/apps/v1";
import {
  cidrContains,
  cidrRange,
  component,
  ConfigError,
  healthCheck,
  helmRelease,
  intToIpv4,
  merge,
  ociChart,
  type Cidr,
  type Component,
  type DeepPartial,
  type IPv4,
} from "@k8s-gitops/core";
import type { GrafanaDashboard } from "@k8s-gitops/prometheus-operator-crds";
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

/** The chart, pinned (ghcr.io/coredns/charts/coredns). */
export function chart(version = "1.45.0") {
  return ociChart<CoreDnsValues>({ name: "coredns", url: "oci://ghcr.io/coredns/charts/coredns", version });
}

/**
 * The chart values every cluster runs with; the builder merges the cluster's Service IP,
 * replicas (and, with more than one, a disruption budget), cluster domain and monitoring switch
 * into them, then `values`.
 */
export const defaults = {
  fullnameOverride: "coredns",
  k8sAppLabelOverride: DNS_SELECTOR["k8s-app"],
  image: { repository: "mirror.gcr.io/coredns/coredns" },
  replicaCount: 2,
  resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { memory: "256Mi" } },
  service: { name: "kube-dns" },
  prometheus: { service: { enabled: true }, monitor: { enabled: true } },
  servers: [clusterServer("cluster.local")],
} satisfies CoreDnsValues;

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
  /** Default 2 (with a PodDisruptionBudget keeping one). */
  replicas?: number;
  clusterDomain?: string;
  /** The chart's ServiceMonitor and the alerts. Default true. */
  monitoring?: boolean;
  /** Chart values, deep-merged over `defaults` and the option-derived values. */
  values?: DeepPartial<CoreDnsValues>;
}

/** CoreDNS's dashboard on grafana.com (for whoever provisions Grafana). */
export const dashboards: readonly GrafanaDashboard[] = [{ id: 15762, revision: 22, title: "Kubernetes / System / CoreDNS" }];

/** The 10th address of a CIDR (Talos' and kubeadm's choice of cluster DNS IP). */
export function tenthAddress(c: Cidr): IPv4 {
  return intToIpv4(cidrRange(c).first + 10);
}

/**
 * CoreDNS as the cluster's DNS (Talos' own CoreDNS is disabled in the machine config). Bootstrap
 * phase 2: no pod resolves a cluster name before it runs, Flux's included, so day zero installs
 * it with this chart and the HelmRelease's values after Cilium, and Flux adopts the release. Its
 * ServiceMonitor and PrometheusRule need the monitoring CRDs, which day zero installs in phase 1.
 */
export function coreDns(o: CoreDnsOptions, deps: { cilium: Component; monitoringCrds: Component }): Component {
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
  const replicas = o.replicas ?? defaults.replicaCount;
  if (!Number.isInteger(replicas) || replicas < 1) throw new ConfigError(`replicas ${replicas} must be a positive integer`, { ...where, field: "network.coreDnsReplicas" });
  const monitoring = o.monitoring ?? true;
  const clusterDefaults = merge<CoreDnsValues>(defaults, {
    replicaCount: replicas,
    // A budget keeping one of one replica would block every node drain: only with two or more.
    ...(replicas > 1 ? { podDisruptionBudget: { minAvailable: 1 } } : {}),
    service: { clusterIP: o.clusterIp },
    prometheus: { monitor: { enabled: monitoring } },
    servers: [clusterServer(o.clusterDomain ?? "cluster.local")],
  });
  return component({
    name: "coredns",
    namespace: NAMESPACE,
    resources: [
      ...helmRelease({ name: "coredns", namespace: NAMESPACE, chart: chart(o.version), defaults: clusterDefaults, values: o.values }),
      ...(monitoring ? [coreDnsAlerts(NAMESPACE, `${o.values?.fullnameOverride ?? defaults.fullnameOverride}-metrics`)] : []),
    ],
    dependsOn: [deps.cilium, deps.monitoringCrds],
    healthChecks: [healthCheck(HelmRelease, "coredns", NAMESPACE), healthCheck(Deployment, "coredns", NAMESPACE)],
    bootstrapPhase: 2,
    package: pkg,
  });
}
