import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { component, healthCheck, helmRelease, namespace, ociChart, type Component, type DeepPartial } from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };

export const NAMESPACE = "dragonfly";

/** The chart's values, as far as this package sets them (generate them from the chart's values.schema.json where it ships one). */
export interface DragonflyValues {
  replicaCount?: number;
  resources?: { requests?: { cpu?: string; memory?: string }; limits?: { memory?: string } };
}

/** The chart, pinned. */
export function chart(version = "v1.3.0") {
  return ociChart<DragonflyValues>({ name: "dragonfly-operator", url: "oci://ghcr.io/dragonflydb/dragonfly-operator/helm/dragonfly-operator", version });
}

/** The chart values the platform runs with; `values` in the options is deep-merged over them. */
export const defaults = {
  replicaCount: 2,
  resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { memory: "128Mi" } },
} satisfies DragonflyValues;

export interface DragonflyOptions {
  /** Chart version (default: the pinned one). */
  version?: string;
  /** Chart values, deep-merged over `defaults`. */
  values?: DeepPartial<DragonflyValues>;
}

/** Dragonfly: the operator (chart v1.3.0), typed Dragonfly models generated from its CRD, and a builder for an authenticated, replicated instance with typed connection facts */
export function dragonfly(o: DragonflyOptions, deps: { cilium: Component; coredns: Component }): Component {
  return component({
    name: "dragonfly",
    namespace: NAMESPACE,
    dependsOn: [deps.cilium, deps.coredns],
    resources: [namespace(NAMESPACE), ...helmRelease({ name: "dragonfly", namespace: NAMESPACE, chart: chart(o.version), defaults, values: o.values })],
    healthChecks: [healthCheck(HelmRelease, "dragonfly", NAMESPACE)],
    network: { namespace: NAMESPACE },
    package: pkg,
  });
}
