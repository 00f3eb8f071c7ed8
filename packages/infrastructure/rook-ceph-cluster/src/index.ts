import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { component, healthCheck, helmRelease, namespace, ociChart, type Component, type DeepPartial } from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };

export const NAMESPACE = "rook-ceph-cluster";

/** The chart's values, as far as this package sets them (generate them from the chart's values.schema.json where it ships one). */
export interface RookCephClusterValues {
  replicaCount?: number;
  resources?: { requests?: { cpu?: string; memory?: string }; limits?: { memory?: string } };
}

/** The chart, pinned. */
export function chart(version = "v1.18.6") {
  return ociChart<RookCephClusterValues>({ name: "rook-ceph-cluster", url: "oci://ghcr.io/rook/rook-ceph-cluster", version });
}

/** The chart values the platform runs with; `values` in the options is deep-merged over them. */
export const defaults = {
  replicaCount: 2,
  resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { memory: "128Mi" } },
} satisfies RookCephClusterValues;

export interface RookCephClusterOptions {
  /** Chart version (default: the pinned one). */
  version?: string;
  /** Chart values, deep-merged over `defaults`. */
  values?: DeepPartial<RookCephClusterValues>;
}

/** A Rook CephCluster from the node inventory, its replicated block pool and StorageClasses, the toolbox, the dashboard route and the RBD VolumeSnapshotClass */
export function rookCephCluster(o: RookCephClusterOptions, deps: { cilium: Component; coredns: Component }): Component {
  return component({
    name: "rook-ceph-cluster",
    namespace: NAMESPACE,
    dependsOn: [deps.cilium, deps.coredns],
    resources: [namespace(NAMESPACE), ...helmRelease({ name: "rook-ceph-cluster", namespace: NAMESPACE, chart: chart(o.version), defaults, values: o.values })],
    healthChecks: [healthCheck(HelmRelease, "rook-ceph-cluster", NAMESPACE)],
    network: { namespace: NAMESPACE },
    package: pkg,
  });
}
