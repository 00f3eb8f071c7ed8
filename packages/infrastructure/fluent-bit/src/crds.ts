import type { CustomResourceDefinition } from "kubernetes-models/apiextensions.k8s.io/v1";
import { crdComponent, shippedCrds, type Component } from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };

/** The fluent-operator release whose CRDs the package ships (crds/, from vendor/crds/fluent-operator by scripts/sync-crds.mjs). */
export const FLUENT_OPERATOR_VERSION = "3.10.0";

/** The kinds the CRDs serve (fluentbit.fluent.io only: the operator runs without its Fluentd controllers). */
export const CRDS = [
  "fluentbit.fluent.io/ClusterFilter",
  "fluentbit.fluent.io/ClusterFluentBitConfig",
  "fluentbit.fluent.io/ClusterInput",
  "fluentbit.fluent.io/ClusterMultilineParser",
  "fluentbit.fluent.io/ClusterOutput",
  "fluentbit.fluent.io/ClusterParser",
  "fluentbit.fluent.io/Collector",
  "fluentbit.fluent.io/Filter",
  "fluentbit.fluent.io/FluentBit",
  "fluentbit.fluent.io/FluentBitConfig",
  "fluentbit.fluent.io/MultilineParser",
  "fluentbit.fluent.io/Output",
  "fluentbit.fluent.io/Parser",
] as const;

/** The CRDs as objects, read once from the files shipped in the package. */
export function fluentOperatorCrdObjects(): readonly CustomResourceDefinition[] {
  return shippedCrds(new URL("../crds/", import.meta.url), pkg.name);
}

/**
 * The fluent-operator's Fluent Bit CRDs as their own component (day zero's phase 1, never
 * pruned), so the chart installs none: a chart upgrade cannot replace or delete them, and the
 * CRDs' version is this package's, checked against vendor/ by its test.
 */
export function fluentOperatorCrds(): Component {
  return crdComponent({ name: "fluent-operator-crds", crds: fluentOperatorCrdObjects(), package: pkg });
}
