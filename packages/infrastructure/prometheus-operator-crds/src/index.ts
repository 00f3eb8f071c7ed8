import { readFileSync } from "node:fs";
import { CustomResourceDefinition } from "kubernetes-models/apiextensions.k8s.io/v1";
import { component, ConfigError, type Component } from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };

/** The prometheus-operator release whose CRDs the package ships (crds/, copied from vendor/crds/prometheus-operator). */
export const PROMETHEUS_OPERATOR_VERSION = "0.86.1";

/** The files in crds/: one CRD each. */
const FILES = [
  "monitoring.coreos.com_alertmanagerconfigs.json",
  "monitoring.coreos.com_alertmanagers.json",
  "monitoring.coreos.com_podmonitors.json",
  "monitoring.coreos.com_probes.json",
  "monitoring.coreos.com_prometheusagents.json",
  "monitoring.coreos.com_prometheuses.json",
  "monitoring.coreos.com_prometheusrules.json",
  "monitoring.coreos.com_scrapeconfigs.json",
  "monitoring.coreos.com_servicemonitors.json",
  "monitoring.coreos.com_thanosrulers.json",
] as const;

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

let loaded: readonly CustomResourceDefinition[] | undefined;

/** The CRDs as objects, read once from the files shipped in the package. */
export function prometheusOperatorCrdObjects(): readonly CustomResourceDefinition[] {
  loaded ??= FILES.map((file) => {
    const data: unknown = JSON.parse(readFileSync(new URL(`../crds/${file}`, import.meta.url), "utf8"));
    if (!CustomResourceDefinition.is(data)) {
      throw new ConfigError(`crds/${file} of ${pkg.name} is not an apiextensions.k8s.io/v1 CustomResourceDefinition`, { component: "prometheus-operator-crds" });
    }
    return new CustomResourceDefinition(data);
  });
  return loaded;
}

/**
 * The prometheus-operator CRDs, bootstrap phase 1: every chart's ServiceMonitor and every
 * PrometheusRule is a custom resource of them, including those of the bootstrap-phase charts
 * (Cilium, CoreDNS), which day zero installs before Flux and any monitoring stack exist. Never
 * pruned: deleting a CRD deletes every object of its kind with it.
 */
export function prometheusOperatorCrds(): Component {
  return component({ name: "prometheus-operator-crds", resources: [...prometheusOperatorCrdObjects()], bootstrapPhase: 1, prune: false, package: pkg });
}
