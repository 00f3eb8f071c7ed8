import type { CustomResourceDefinition } from "kubernetes-models/apiextensions.k8s.io/v1";
import { crdComponent, shippedCrds, type Component } from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };

export { alertRules, type Alert, type AlertGroup, type GrafanaDashboard, type Severity } from "./monitoring.ts";

/** The prometheus-operator release whose CRDs the package ships (crds/, from vendor/crds/prometheus-operator by scripts/sync-crds.mjs). */
export const PROMETHEUS_OPERATOR_VERSION = "0.86.1";

/** The kinds the CRDs serve, as the reconcile check keys them. */
export const CRDS = [
  "monitoring.coreos.com/Alertmanager",
  "monitoring.coreos.com/AlertmanagerConfig",
  "monitoring.coreos.com/PodMonitor",
  "monitoring.coreos.com/Probe",
  "monitoring.coreos.com/Prometheus",
  "monitoring.coreos.com/PrometheusAgent",
  "monitoring.coreos.com/PrometheusRule",
  "monitoring.coreos.com/ScrapeConfig",
  "monitoring.coreos.com/ServiceMonitor",
  "monitoring.coreos.com/ThanosRuler",
] as const;

/** The CRDs as objects, read once from the files shipped in the package. */
export function prometheusOperatorCrdObjects(): readonly CustomResourceDefinition[] {
  return shippedCrds(new URL("../crds/", import.meta.url), pkg.name);
}

/**
 * The prometheus-operator CRDs, bootstrap phase 1: every chart's ServiceMonitor and every
 * PrometheusRule is a custom resource of them, including those of the bootstrap-phase charts
 * (Cilium, CoreDNS), which day zero installs before Flux and any monitoring stack exist.
 */
export function prometheusOperatorCrds(): Component {
  return crdComponent({ name: "prometheus-operator-crds", crds: prometheusOperatorCrdObjects(), package: pkg });
}
