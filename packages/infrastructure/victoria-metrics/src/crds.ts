import type { CustomResourceDefinition } from "kubernetes-models/apiextensions.k8s.io/v1";
import { component, kindsOf, shippedCrds, type Component } from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };

/** The operator release whose CRDs the package ships (crds/, from vendor/crds/victoriametrics-operator by scripts/sync-crds.mjs) and whose models it generates. */
export const OPERATOR_VERSION = "0.64.0";

/** Every kind the operator's CRDs serve, as the reconcile check keys them. */
export const CRDS = [
  "operator.victoriametrics.com/VLAgent",
  "operator.victoriametrics.com/VLCluster",
  "operator.victoriametrics.com/VLSingle",
  "operator.victoriametrics.com/VLogs",
  "operator.victoriametrics.com/VMAgent",
  "operator.victoriametrics.com/VMAlert",
  "operator.victoriametrics.com/VMAlertmanager",
  "operator.victoriametrics.com/VMAlertmanagerConfig",
  "operator.victoriametrics.com/VMAnomaly",
  "operator.victoriametrics.com/VMAuth",
  "operator.victoriametrics.com/VMCluster",
  "operator.victoriametrics.com/VMNodeScrape",
  "operator.victoriametrics.com/VMPodScrape",
  "operator.victoriametrics.com/VMProbe",
  "operator.victoriametrics.com/VMRule",
  "operator.victoriametrics.com/VMScrapeConfig",
  "operator.victoriametrics.com/VMServiceScrape",
  "operator.victoriametrics.com/VMSingle",
  "operator.victoriametrics.com/VMStaticScrape",
  "operator.victoriametrics.com/VMUser",
  "operator.victoriametrics.com/VTCluster",
  "operator.victoriametrics.com/VTSingle",
] as const;

/** The CRDs as objects, read once from the files shipped in the package. */
export function victoriaMetricsCrdObjects(): readonly CustomResourceDefinition[] {
  return shippedCrds(new URL("../crds/", import.meta.url), pkg.name);
}

/**
 * The operator's CRDs as a component of their own, so the operator's chart installs none (Helm
 * never upgrades the CRDs of a crds/ folder, and a chart's templated CRDs go with its release).
 * Never pruned: deleting a CRD deletes every object of its kinds. Not a bootstrap phase: nothing
 * day zero installs is a VictoriaMetrics object.
 */
export function victoriaMetricsCrds(): Component {
  const crds = victoriaMetricsCrdObjects();
  return component({ name: "victoria-metrics-crds", resources: [...crds], prune: false, provides: { crds: kindsOf(crds) }, package: pkg });
}
