import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { component, healthCheck, helmRelease, namespace, ociChart, type Component, type DeepPartial } from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };

export const NAMESPACE = "volsync";

/** The chart's values, as far as this package sets them (generate them from the chart's values.schema.json where it ships one). */
export interface VolsyncValues {
  replicaCount?: number;
  resources?: { requests?: { cpu?: string; memory?: string }; limits?: { memory?: string } };
}

/** The chart, pinned. */
export function chart(version = "0.16.0") {
  return ociChart<VolsyncValues>({ name: "volsync", url: "oci://ghcr.io/backube/volsync", version });
}

/** The chart values the platform runs with; `values` in the options is deep-merged over them. */
export const defaults = {
  replicaCount: 2,
  resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { memory: "128Mi" } },
} satisfies VolsyncValues;

export interface VolsyncOptions {
  /** Chart version (default: the pinned one). */
  version?: string;
  /** Chart values, deep-merged over `defaults`. */
  values?: DeepPartial<VolsyncValues>;
}

/** VolSync: the operator and volumeBackup(), a restic ReplicationSource of a claim to the object store with its repository from 1Password */
export function volsync(o: VolsyncOptions, deps: { cilium: Component; coredns: Component }): Component {
  return component({
    name: "volsync",
    namespace: NAMESPACE,
    dependsOn: [deps.cilium, deps.coredns],
    resources: [namespace(NAMESPACE), ...helmRelease({ name: "volsync", namespace: NAMESPACE, chart: chart(o.version), defaults, values: o.values })],
    healthChecks: [healthCheck(HelmRelease, "volsync", NAMESPACE)],
    network: { namespace: NAMESPACE },
    package: pkg,
  });
}
