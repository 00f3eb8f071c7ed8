import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { component, healthCheck, helmRelease, namespace, ociChart, type Component, type DeepPartial } from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };

export const NAMESPACE = "snapshot-controller";

/** The chart's values, as far as this package sets them (generate them from the chart's values.schema.json where it ships one). */
export interface SnapshotControllerValues {
  replicaCount?: number;
  resources?: { requests?: { cpu?: string; memory?: string }; limits?: { memory?: string } };
}

/** The chart, pinned. */
export function chart(version = "4.1.1") {
  return ociChart<SnapshotControllerValues>({ name: "snapshot-controller", url: "oci://ghcr.io/piraeusdatastore/snapshot-controller", version });
}

/** The chart values the platform runs with; `values` in the options is deep-merged over them. */
export const defaults = {
  replicaCount: 2,
  resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { memory: "128Mi" } },
} satisfies SnapshotControllerValues;

export interface SnapshotControllerOptions {
  /** Chart version (default: the pinned one). */
  version?: string;
  /** Chart values, deep-merged over `defaults`. */
  values?: DeepPartial<SnapshotControllerValues>;
}

/** The CSI external-snapshotter CRDs (bootstrap phase 1), the snapshot-controller and typed VolumeSnapshotClass models */
export function snapshotController(o: SnapshotControllerOptions, deps: { cilium: Component; coredns: Component }): Component {
  return component({
    name: "snapshot-controller",
    namespace: NAMESPACE,
    dependsOn: [deps.cilium, deps.coredns],
    resources: [namespace(NAMESPACE), ...helmRelease({ name: "snapshot-controller", namespace: NAMESPACE, chart: chart(o.version), defaults, values: o.values })],
    healthChecks: [healthCheck(HelmRelease, "snapshot-controller", NAMESPACE)],
    network: { namespace: NAMESPACE },
    package: pkg,
  });
}
