import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { ConfigError, component, healthCheck, helmRelease, namespace, ociChart, schemaValidator, type Component, type DeepPartial } from "@k8s-gitops/core";
import { Deployment } from "kubernetes-models/apps/v1";
import pkg from "../package.json" with { type: "json" };
import { validateValues } from "./generated/values-validator.ts";
import type { ReloaderValues } from "./generated/values.ts";

export type { ReloaderValues } from "./generated/values.ts";
export { RELOADER_ANNOTATIONS, reloaderAnnotations, reloadOnChange, type ReloadOn, type ReloadableWorkload } from "./annotations.ts";

export const NAMESPACE = "reloader";

/** The chart, pinned (ghcr.io/stakater/charts/reloader), its values checked against the completed schema. */
export function chart(version = "2.2.5") {
  return ociChart<ReloaderValues>({ name: "reloader", url: "oci://ghcr.io/stakater/charts/reloader", version, validate: schemaValidator(validateValues) });
}

/**
 * The chart values the platform runs with; `values` in the options is deep-merged over them.
 * Every deployment setting of this chart sits under `reloader.deployment` (replicas, resources,
 * security contexts, affinity): top-level `replicaCount` or `resources` are not values of it.
 */
export const defaults = {
  fullnameOverride: "reloader",
  reloader: {
    // Two replicas with leader election: a reload is not missed while one pod is rescheduled.
    enableHA: true,
    // A pod-template annotation, not an env var: Flux's server-side apply leaves the annotation
    // Reloader owns alone, where an injected env var shows as drift on every reconcile.
    reloadStrategy: "annotations",
    readOnlyRootFileSystem: true,
    logFormat: "json",
    deployment: {
      replicas: 2,
      securityContext: { runAsNonRoot: true, runAsUser: 65534, runAsGroup: 65534, seccompProfile: { type: "RuntimeDefault" } },
      containerSecurityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
      // With enableHA and no affinity of its own, the chart spreads the replicas over nodes.
      resources: { requests: { cpu: "10m", memory: "64Mi" }, limits: { memory: "128Mi" } },
    },
    podDisruptionBudget: { enabled: true, minAvailable: 1 },
    // The chart's ServiceMonitor is deprecated in favour of its PodMonitor (and needs a Service).
    podMonitor: { enabled: false },
  },
} satisfies ReloaderValues;

export interface ReloaderOptions {
  /** Chart version (default: the pinned one). */
  version?: string;
  /** PodMonitor and alert rules: needs `deps.monitoringCrds`. Default true. */
  monitoring?: boolean;
  /** Chart values, deep-merged over `defaults`. */
  values?: DeepPartial<ReloaderValues>;
}

/** Reload failures, and no Reloader answering its scrape. */
export function reloaderAlerts(ns: string = NAMESPACE): PrometheusRule {
  return new PrometheusRule({
    metadata: { name: "reloader", namespace: ns },
    spec: {
      groups: [
        {
          name: "reloader.rules",
          rules: [
            {
              alert: "ReloaderReloadFailed",
              expr: `sum(increase(reloader_reload_executed_total{namespace="${ns}",success="false"}[10m])) > 0`,
              for: "5m",
              labels: { severity: "warning" },
              annotations: { summary: "Reloader failed to roll a workload after its ConfigMap or Secret changed; it keeps running the old configuration" },
            },
            {
              alert: "ReloaderDown",
              expr: `absent(up{namespace="${ns}",pod=~"reloader-.*"} == 1)`,
              for: "10m",
              labels: { severity: "warning" },
              annotations: { summary: "No Reloader pod is scraped up: configuration changes do not roll workloads" },
            },
          ],
        },
      ],
    },
  });
}

/**
 * Stakater Reloader in its own namespace, watching every namespace: it rolls a Deployment,
 * StatefulSet or DaemonSet that asks for it (`reloadOnChange`) when a ConfigMap or Secret it
 * uses changes. Metrics (PodMonitor) and alerts are on by default.
 */
export function reloader(o: ReloaderOptions, deps: { cilium: Component; coredns: Component; monitoringCrds?: Component }): Component {
  const monitoring = o.monitoring ?? true;
  if (monitoring && !deps.monitoringCrds) {
    throw new ConfigError("monitoring needs the prometheus-operator CRDs (PodMonitor, PrometheusRule): pass deps.monitoringCrds", { component: "reloader", field: "monitoring" });
  }
  const values = merged(o.values, monitoring);
  return component({
    name: "reloader",
    namespace: NAMESPACE,
    dependsOn: [deps.cilium, deps.coredns, ...(monitoring && deps.monitoringCrds ? [deps.monitoringCrds] : [])],
    resources: [
      namespace(NAMESPACE),
      ...helmRelease({ name: "reloader", namespace: NAMESPACE, chart: chart(o.version), defaults, values }),
      ...(monitoring ? [reloaderAlerts()] : []),
    ],
    healthChecks: [healthCheck(Deployment, "reloader", NAMESPACE)],
    network: {
      namespace: NAMESPACE,
      // Watches ConfigMaps, Secrets and workloads, and patches workloads: the API only. No
      // ingress of its own: the metrics agent's scrape of 9090 is the baseline's.
    },
    package: pkg,
  });
}

/** The caller's values with the monitoring switch applied (the caller's own podMonitor setting wins). */
function merged(values: DeepPartial<ReloaderValues> | undefined, monitoring: boolean): DeepPartial<ReloaderValues> {
  const podMonitor = { enabled: monitoring, ...values?.reloader?.podMonitor };
  return { ...values, reloader: { ...values?.reloader, podMonitor } };
}
