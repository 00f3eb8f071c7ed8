import { PodMonitor, type PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { waive } from "@k8s-gitops/core";
import { alertRules } from "@k8s-gitops/prometheus-operator-crds";

/** The controllers `flux install` runs (label `app`), each serving metrics on its `http-prom` port. */
export const FLUX_CONTROLLERS = ["source-controller", "kustomize-controller", "helm-controller", "notification-controller", "image-reflector-controller", "image-automation-controller"] as const;

/**
 * A PodMonitor of Flux's controllers. Day zero's `flux install` runs them, not an object of the
 * artifact, so the tree cannot show the pods it selects. Flux's own NetworkPolicy
 * (allow-scraping) admits scrapes of port 8080 from every namespace.
 */
export function fluxPodMonitor(namespace: string): PodMonitor {
  return waive(
    new PodMonitor({
      metadata: { name: "flux-controllers", namespace },
      spec: {
        selector: { matchExpressions: [{ key: "app", operator: "In", values: [...FLUX_CONTROLLERS] }] },
        podMetricsEndpoints: [{ port: "http-prom" }],
      },
    }),
    "scrape-selector",
    "Flux's controllers are installed by flux install on day zero (phase 4), not by an object of the artifact",
  );
}

/** Flux's controllers down or gone, and reconciliations that keep failing. */
export function fluxAlerts(namespace: string): PrometheusRule {
  const pods = `namespace="${namespace}", pod=~".+-controller-.+"`;
  return alertRules({
    name: "flux",
    namespace,
    groups: [
      {
        name: "flux",
        alerts: [
          {
            alert: "FluxControllersAbsent",
            expr: `absent(up{${pods}} == 1)`,
            for: "10m",
            severity: "critical",
            summary: "No Flux controller answers",
            description: `No Flux controller in ${namespace} has answered for 10 minutes: the cluster no longer follows its artifact`,
          },
          {
            alert: "FluxControllerDown",
            expr: `up{${pods}} == 0`,
            for: "5m",
            severity: "critical",
            summary: "A Flux controller is down",
            description: "Flux controller {{ $labels.pod }} has not answered for 5 minutes: what it reconciles is not applied",
          },
          {
            alert: "FluxReconcileErrors",
            expr: `sum by (pod, controller) (increase(controller_runtime_reconcile_errors_total{${pods}}[15m])) > 0`,
            for: "15m",
            severity: "warning",
            summary: "Flux keeps failing to reconcile",
            description: "Flux's {{ $labels.controller }} in {{ $labels.pod }} has failed {{ $value }} reconciliations in 15 minutes: run flux get all -A",
          },
        ],
      },
    ],
  });
}
