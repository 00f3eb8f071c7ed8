import { component, healthCheck, helmRelease, namespace, ociChart, type Component, type DeepPartial } from "@k8s-gitops/core";
import { DaemonSet, Deployment } from "kubernetes-models/apps/v1";
import pkg from "../package.json" with { type: "json" };
import { kubernetesRules, nodeRules } from "./rules.ts";

type Resources = { requests?: { cpu?: string; memory?: string }; limits?: { cpu?: string; memory?: string } };
type Monitor = { enabled?: boolean; jobLabel?: string; interval?: string; scrapeTimeout?: string };

/**
 * prometheus-node-exporter's values as far as the platform sets them: the chart ships no
 * values.schema.json, so this subset is written by hand from its values.yaml (chart 4.49.2).
 */
export interface NodeExporterValues {
  fullnameOverride?: string;
  hostNetwork?: boolean;
  hostPID?: boolean;
  hostRootFsMount?: { enabled?: boolean; mountPropagation?: "HostToContainer" | "None" };
  resources?: Resources;
  securityContext?: { fsGroup?: number; runAsGroup?: number; runAsNonRoot?: boolean; runAsUser?: number };
  containerSecurityContext?: { readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean; capabilities?: { drop?: string[] } };
  prometheus?: { monitor?: Monitor };
  tolerations?: { operator?: "Exists" | "Equal"; effect?: string; key?: string }[];
}

/**
 * kube-state-metrics' values as far as the platform sets them: hand-written from its values.yaml
 * (chart 6.4.2), which comes without a values.schema.json.
 */
export interface KubeStateMetricsValues {
  fullnameOverride?: string;
  replicas?: number;
  resources?: Resources;
  securityContext?: { enabled?: boolean; runAsGroup?: number; runAsUser?: number; fsGroup?: number; runAsNonRoot?: boolean; seccompProfile?: { type?: "RuntimeDefault" } };
  containerSecurityContext?: { readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean; capabilities?: { drop?: string[] } };
  prometheus?: { monitor?: { enabled?: boolean; http?: { honorLabels?: boolean; interval?: string } } };
  /** Labels of the objects kept as `label_*` on kube_<kind>_labels, per resource (e.g. pods: ["app.kubernetes.io/name"]). */
  metricLabelsAllowlist?: string[];
}

/** The node exporter chart, pinned. */
export function nodeExporterChart(version = "4.49.2") {
  return ociChart<NodeExporterValues>({ name: "prometheus-node-exporter", url: "oci://ghcr.io/prometheus-community/charts/prometheus-node-exporter", version });
}

/** The kube-state-metrics chart, pinned. */
export function kubeStateMetricsChart(version = "6.4.2") {
  return ociChart<KubeStateMetricsValues>({ name: "kube-state-metrics", url: "oci://ghcr.io/prometheus-community/charts/kube-state-metrics", version });
}

/** The node exporter's DaemonSet, Service and job (the converted ServiceMonitor names the job after the Service). */
export const NODE_EXPORTER = "node-exporter";
/** kube-state-metrics' Deployment, Service and job. */
export const KUBE_STATE_METRICS = "kube-state-metrics";

/**
 * Host metrics from every node (control planes included, the chart tolerates every NoSchedule
 * taint): the host's network, PIDs and root file system, read-only; the chart's ServiceMonitor on.
 */
export const nodeExporterDefaults = {
  fullnameOverride: NODE_EXPORTER,
  hostNetwork: true,
  hostPID: true,
  hostRootFsMount: { enabled: true, mountPropagation: "HostToContainer" },
  resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { memory: "128Mi" } },
  containerSecurityContext: { readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } },
  prometheus: { monitor: { enabled: true, jobLabel: "", interval: "30s" } },
} satisfies NodeExporterValues;

/** One replica (its series are per object, a second would only duplicate them), restricted, its ServiceMonitor on with the objects' own labels kept. */
export const kubeStateMetricsDefaults = {
  fullnameOverride: KUBE_STATE_METRICS,
  replicas: 1,
  resources: { requests: { cpu: "50m", memory: "128Mi" }, limits: { memory: "512Mi" } },
  securityContext: { enabled: true, runAsGroup: 65534, runAsUser: 65534, fsGroup: 65534, runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
  containerSecurityContext: { readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } },
  // kube-state-metrics' own namespace/pod labels name the objects, not the exporter's pod.
  prometheus: { monitor: { enabled: true, http: { honorLabels: true, interval: "30s" } } },
} satisfies KubeStateMetricsValues;

export interface NodeExporterOptions {
  /** Default node-exporter: its own namespace, privileged (host network, PIDs and file system). */
  namespace?: string;
  version?: string;
  values?: DeepPartial<NodeExporterValues>;
}

/**
 * prometheus-node-exporter on every node, in a privileged namespace of its own (it reads the
 * host), scraped through its ServiceMonitor (converted by the operator; the agent reaches the
 * nodes' port 9100). Node alert rules ship with it.
 */
export function nodeExporter(o: NodeExporterOptions, deps: { cilium: Component; coredns: Component; monitoringCrds: Component; victoriaMetricsOperator: Component }): Component {
  const ns = o.namespace ?? NODE_EXPORTER;
  return component({
    name: NODE_EXPORTER,
    namespace: ns,
    dependsOn: [deps.cilium, deps.coredns, deps.monitoringCrds, deps.victoriaMetricsOperator],
    resources: [
      namespace(ns, { podSecurity: "privileged" }),
      ...helmRelease({ name: NODE_EXPORTER, namespace: ns, chart: nodeExporterChart(o.version), defaults: nodeExporterDefaults, values: o.values }),
      nodeRules(ns, NODE_EXPORTER),
    ],
    healthChecks: [healthCheck(DaemonSet, NODE_EXPORTER, ns)],
    // Host network: no policy applies to its pods; the namespace keeps its deny-all baseline.
    network: { namespace: ns, kubeApi: false },
    package: pkg,
  });
}

export interface KubeStateMetricsOptions {
  /** The agent's namespace, where it is scraped. */
  namespace: string;
  version?: string;
  values?: DeepPartial<KubeStateMetricsValues>;
}

/**
 * kube-state-metrics: the state of every Kubernetes object as series (what runs, what is ready,
 * restarts, claims), which the platform's workload alerts read. Kubernetes workload alert
 * rules ship with it.
 */
export function kubeStateMetrics(o: KubeStateMetricsOptions, deps: { monitoringCrds: Component; victoriaMetricsOperator: Component }): Component {
  return component({
    name: KUBE_STATE_METRICS,
    namespace: o.namespace,
    dependsOn: [deps.monitoringCrds, deps.victoriaMetricsOperator],
    resources: [
      ...helmRelease({ name: KUBE_STATE_METRICS, namespace: o.namespace, chart: kubeStateMetricsChart(o.version), defaults: kubeStateMetricsDefaults, values: o.values }),
      kubernetesRules(o.namespace, KUBE_STATE_METRICS),
    ],
    healthChecks: [healthCheck(Deployment, KUBE_STATE_METRICS, o.namespace)],
    network: { namespace: o.namespace },
    package: pkg,
  });
}
