import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { DaemonSet } from "kubernetes-models/apps/v1";
import { component, ConfigError, healthCheck, helmRelease, merge, ociChart, port, type Component, type DeepPartial } from "@k8s-gitops/core";
import { alertRules } from "@k8s-gitops/prometheus-operator-crds";
import type { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import pkg from "../package.json" with { type: "json" };

export const NAMESPACE = "kube-system";

/** The part of the spegel chart's values the platform sets (the chart ships no values.schema.json). */
export interface SpegelValues {
  spegel?: { containerdRegistryConfigPath?: string; containerdSock?: string; logLevel?: "DEBUG" | "INFO" | "WARN" | "ERROR" };
  service?: { registry?: { hostPort?: number; nodePort?: number } };
  serviceMonitor?: { enabled?: boolean };
  grafanaDashboard?: { enabled?: boolean };
}

/** The chart, pinned (ghcr.io/spegel-org/helm-charts/spegel). */
export function chart(version = "0.4.0") {
  return ociChart<SpegelValues>({ name: "spegel", url: "oci://ghcr.io/spegel-org/helm-charts/spegel", version });
}

/**
 * Where containerd reads registry mirror configuration (the hosts.toml directories Spegel writes).
 * Talos' containerd reads it from /etc/cri/conf.d/hosts; the chart's default
 * (/etc/containerd/certs.d) is on Talos' read-only /etc. Talos must also keep unpacked layers
 * (discard_unpacked_layers = false in /etc/cri/conf.d, set by the Talos machine config).
 */
export const CONTAINERD_REGISTRY_CONFIG = {
  talos: "/etc/cri/conf.d/hosts",
  containerd: "/etc/containerd/certs.d",
} as const;

export type NodeOs = keyof typeof CONTAINERD_REGISTRY_CONFIG;

/** The port range Kubernetes allocates NodePorts from (kube-apiserver's default). */
export const NODE_PORT_RANGE = { first: 30000, last: 32767 } as const;

/**
 * The chart values every cluster runs with; the builder merges the node OS's containerd path,
 * the host port and the monitoring switch into them, then `values`.
 */
export const defaults = {
  spegel: { containerdRegistryConfigPath: CONTAINERD_REGISTRY_CONFIG.talos },
  // Cilium's kube-proxy replacement serves host ports like services, so one inside the NodePort
  // range could collide with a NodePort Service (the chart's default, 30020, is inside it).
  service: { registry: { hostPort: 29999 } },
  serviceMonitor: { enabled: true },
  // A ConfigMap for Grafana's dashboard sidecar: no CRD needed.
  grafanaDashboard: { enabled: true },
} satisfies SpegelValues;

export interface SpegelOptions {
  cluster: string;
  version?: string;
  /** The nodes' OS: decides where containerd's registry configuration lives. */
  nodeOs: NodeOs;
  /** The host port each node's containerd pulls through (default 29999, outside the NodePort range). */
  registryHostPort?: number;
  /** The chart's ServiceMonitor and the alerts. Default true. */
  monitoring?: boolean;
  /** Chart values, deep-merged over `defaults` and the option-derived values. */
  values?: DeepPartial<SpegelValues>;
}

/**
 * A mirror down (its node pulls every layer from the registries again) or one that advertises
 * nothing to its peers. The chart's ServiceMonitor scrapes the Service named after the release.
 */
export function spegelAlerts(namespace: string): PrometheusRule {
  const target = `namespace="${namespace}", service="spegel"`;
  return alertRules({
    name: "spegel",
    namespace,
    groups: [
      {
        name: "spegel",
        alerts: [
          {
            alert: "SpegelDown",
            expr: `up{${target}} == 0`,
            for: "10m",
            severity: "warning",
            summary: "A Spegel mirror is not answering",
            description: "Spegel pod {{ $labels.pod }} has not answered for 10 minutes: its node pulls every layer from the registries, and its peers cannot pull from it",
          },
          {
            alert: "SpegelAdvertisesNothing",
            expr: `sum by (pod) (spegel_advertised_images{${target}}) == 0`,
            for: "30m",
            severity: "warning",
            summary: "A Spegel mirror advertises no images",
            description: "Spegel pod {{ $labels.pod }} has advertised no image to its peers for 30 minutes: check that it reads containerd's content store",
          },
        ],
      },
    ],
  });
}

/**
 * Spegel in kube-system (it mounts containerd's socket and host paths: privileged, exempt from
 * PSA there). It finds its peers through a headless Service, so DNS must work first.
 */
export function spegel(o: SpegelOptions, deps: { cilium: Component; coredns: Component; monitoringCrds: Component }): Component {
  const where = { cluster: o.cluster, component: "spegel", object: `HelmRelease/${NAMESPACE}/spegel` };
  const hostPort = o.registryHostPort ?? defaults.service.registry.hostPort;
  try {
    port(hostPort);
  } catch (e) {
    throw e instanceof ConfigError ? e.within({ ...where, field: "spec.values.service.registry.hostPort" }) : e;
  }
  if (hostPort >= NODE_PORT_RANGE.first && hostPort <= NODE_PORT_RANGE.last) {
    throw new ConfigError(`host port ${hostPort} is inside the NodePort range ${NODE_PORT_RANGE.first}-${NODE_PORT_RANGE.last}`, {
      ...where,
      field: "spec.values.service.registry.hostPort",
    });
  }
  const monitoring = o.monitoring ?? true;
  const clusterDefaults = merge<SpegelValues>(defaults, {
    spegel: { containerdRegistryConfigPath: CONTAINERD_REGISTRY_CONFIG[o.nodeOs] },
    service: { registry: { hostPort } },
    serviceMonitor: { enabled: monitoring },
  });
  return component({
    name: "spegel",
    namespace: NAMESPACE,
    resources: [...helmRelease({ name: "spegel", namespace: NAMESPACE, chart: chart(o.version), defaults: clusterDefaults, values: o.values }), ...(monitoring ? [spegelAlerts(NAMESPACE)] : [])],
    dependsOn: [deps.cilium, deps.coredns, deps.monitoringCrds],
    healthChecks: [healthCheck(HelmRelease, "spegel", NAMESPACE), healthCheck(DaemonSet, "spegel", NAMESPACE)],
    package: pkg,
  });
}
