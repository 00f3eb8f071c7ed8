import { component, ConfigError, helmRelease, helmReleaseHealth, merge, ociChart, port, type Component, type DeepPartial } from "@k8s-gitops/core";
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
 * (/etc/containerd/certs.d) is on Talos' read-only /etc, which is what the reference's bootstrap
 * comment ("incompatible with Talos read-only filesystem") ran into. Talos must also keep unpacked
 * layers (discard_unpacked_layers = false in /etc/cri/conf.d, set by the Talos machine config).
 */
export const CONTAINERD_REGISTRY_CONFIG = {
  talos: "/etc/cri/conf.d/hosts",
  containerd: "/etc/containerd/certs.d",
} as const;

export type NodeOs = keyof typeof CONTAINERD_REGISTRY_CONFIG;

/** The port range Kubernetes allocates NodePorts from (kube-apiserver's default). */
export const NODE_PORT_RANGE = { first: 30000, last: 32767 } as const;

export interface SpegelOptions {
  cluster: string;
  version?: string;
  /** The nodes' OS: decides where containerd's registry configuration lives. */
  nodeOs: NodeOs;
  /**
   * The host port each node's containerd pulls through (default 29999, the reference's). Cilium's
   * kube-proxy replacement serves host ports like services, so one inside the NodePort range
   * could collide with a NodePort Service (the chart's default, 30020, is inside it).
   */
  registryHostPort?: number;
  /** ServiceMonitor (needs the prometheus-operator CRDs). Default false. */
  serviceMonitor?: boolean;
  values?: DeepPartial<SpegelValues>;
}

/** Spegel in kube-system (it mounts containerd's socket and host paths: privileged, exempt from PSA there). */
export function spegel(o: SpegelOptions, deps: { cni: Component; dns: Component }): Component {
  const where = { cluster: o.cluster, component: "spegel", object: `HelmRelease/${NAMESPACE}/spegel` };
  const hostPort = o.registryHostPort ?? 29999;
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
  const defaults: SpegelValues = {
    spegel: { containerdRegistryConfigPath: CONTAINERD_REGISTRY_CONFIG[o.nodeOs] },
    service: { registry: { hostPort } },
    serviceMonitor: { enabled: o.serviceMonitor ?? false },
    // A ConfigMap for Grafana's dashboard sidecar: no CRD needed.
    grafanaDashboard: { enabled: true },
  };
  return component({
    name: "spegel",
    namespace: NAMESPACE,
    resources: helmRelease({ name: "spegel", namespace: NAMESPACE, chart: chart(o.version), values: o.values ? merge(defaults, o.values) : defaults }),
    // Spegel finds its peers through a headless Service: DNS must work first.
    dependsOn: [deps.cni, deps.dns],
    healthChecks: [helmReleaseHealth("spegel", NAMESPACE), { apiVersion: "apps/v1", kind: "DaemonSet", name: "spegel", namespace: NAMESPACE }],
    package: pkg,
  });
}
