import { component, healthCheck, helmRelease, namespace, ociChart, type Component, type DeepPartial } from "@k8s-gitops/core";
import { Deployment } from "kubernetes-models/apps/v1";
import pkg from "../package.json" with { type: "json" };

/** The chart release whose appVersion is the operator of the shipped CRDs (v0.64.0). */
export const CHART_VERSION = "0.55.2";

/** The operator's Deployment, Service and webhook (fullnameOverride). */
export const OPERATOR_NAME = "victoria-metrics-operator";

type Resources = { requests?: { cpu?: string; memory?: string }; limits?: { cpu?: string; memory?: string } };

/**
 * The chart's values as far as the platform sets them: the chart ships no values.schema.json,
 * so this subset is written by hand from its values.yaml (chart 0.55.2) and there is no run-time
 * validator.
 */
export interface VictoriaMetricsOperatorValues {
  fullnameOverride?: string;
  replicaCount?: number;
  logLevel?: "info" | "error";
  /** `enabled: false` with `plain: false` renders no CRD (the chart's documented way to leave them out). */
  crds?: { enabled?: boolean; plain?: boolean; cleanup?: { enabled?: boolean } };
  operator?: {
    /** false: ServiceMonitor, PodMonitor, PrometheusRule, Probe and AlertmanagerConfig objects are converted to VM objects. */
    disable_prometheus_converter?: boolean;
    /** Converted objects are owned by their source, so deleting a ServiceMonitor deletes its VMServiceScrape. */
    enable_converter_ownership?: boolean;
    useCustomConfigReloader?: boolean;
  };
  podSecurityContext?: { enabled?: boolean; fsGroup?: number; runAsNonRoot?: boolean; runAsUser?: number; seccompProfile?: { type?: "RuntimeDefault" } };
  securityContext?: { enabled?: boolean; allowPrivilegeEscalation?: boolean; readOnlyRootFilesystem?: boolean; capabilities?: { drop?: string[] } };
  resources?: Resources;
  podDisruptionBudget?: { enabled?: boolean; minAvailable?: number };
  admissionWebhooks?: { enabled?: boolean; policy?: "Fail" | "Ignore"; keepTLSSecret?: boolean; certManager?: { enabled?: boolean } };
  serviceMonitor?: { enabled?: boolean; vm?: boolean; interval?: string };
  env?: { name: string; value: string }[];
}

/** The operator chart, pinned. */
export function chart(version = CHART_VERSION) {
  return ociChart<VictoriaMetricsOperatorValues>({ name: "victoria-metrics-operator", url: "oci://ghcr.io/victoriametrics/helm-charts/victoria-metrics-operator", version });
}

/**
 * Two replicas (leader election) with a PDB; no CRDs from the chart (victoriaMetricsCrds ships
 * them); the prometheus-operator converter on (the platform's charts ship ServiceMonitors,
 * PodMonitors and PrometheusRules, which the operator turns into VM objects the agent reads),
 * with ownership so a deleted source takes its copy with it; the validating webhook with a
 * certificate the chart generates once and keeps; restricted pod security; its own metrics
 * scraped through a VMServiceScrape.
 */
export const defaults = {
  fullnameOverride: OPERATOR_NAME,
  replicaCount: 2,
  logLevel: "info",
  crds: { enabled: false, plain: false, cleanup: { enabled: false } },
  operator: { disable_prometheus_converter: false, enable_converter_ownership: true, useCustomConfigReloader: true },
  podSecurityContext: { enabled: true, fsGroup: 65534, runAsNonRoot: true, runAsUser: 65534, seccompProfile: { type: "RuntimeDefault" } },
  securityContext: { enabled: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
  resources: { requests: { cpu: "50m", memory: "128Mi" }, limits: { memory: "512Mi" } },
  podDisruptionBudget: { enabled: true, minAvailable: 1 },
  admissionWebhooks: { enabled: true, policy: "Fail", keepTLSSecret: true, certManager: { enabled: false } },
  serviceMonitor: { enabled: true, vm: true, interval: "30s" },
} satisfies VictoriaMetricsOperatorValues;

export interface VictoriaMetricsOperatorOptions {
  /** The namespace of the operator (and, on the platform, of the agent and the global stores). */
  namespace: string;
  /** Chart version (default: the pinned one). */
  version?: string;
  /** Chart values, deep-merged over `defaults`. */
  values?: DeepPartial<VictoriaMetricsOperatorValues>;
}

/**
 * The VictoriaMetrics operator, cluster-wide, in its namespace (restricted Pod Security). It
 * needs its CRDs first, and the prometheus-operator CRDs because it watches the kinds it converts.
 */
export function victoriaMetricsOperator(
  o: VictoriaMetricsOperatorOptions,
  deps: { cilium: Component; coredns: Component; victoriaMetricsCrds: Component; monitoringCrds: Component },
): Component {
  return component({
    name: OPERATOR_NAME,
    namespace: o.namespace,
    dependsOn: [deps.cilium, deps.coredns, deps.victoriaMetricsCrds, deps.monitoringCrds],
    resources: [namespace(o.namespace), ...helmRelease({ name: OPERATOR_NAME, namespace: o.namespace, chart: chart(o.version), defaults, values: o.values })],
    healthChecks: [healthCheck(Deployment, OPERATOR_NAME, o.namespace)],
    // The API server calls its validating webhook for every VM object.
    network: { namespace: o.namespace, apiServerIngress: true },
    package: pkg,
  });
}
