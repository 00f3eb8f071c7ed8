import { Deployment } from "kubernetes-models/apps/v1";
import { component, healthCheck, helmRelease, namespace, repositoryChart, type Component, type DeepPartial } from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };

export const NAMESPACE = "volsync-system";

/** The chart values this package sets (the chart's schema is not vendored: VolSync is AGPL-3.0). */
export interface VolSyncValues {
  /** The chart installs the ReplicationSource/ReplicationDestination CRDs (not vendored here). */
  manageCRDs: boolean;
  replicaCount: number;
  resources: { requests: { cpu: string; memory: string }; limits: { memory: string } };
  metrics: { disableAuth: boolean };
}

/** The chart, pinned (https://backube.github.io/helm-charts, volsync 0.16.0). */
export function chart(version = "0.16.0") {
  return repositoryChart<VolSyncValues>({ name: "volsync", repository: "https://backube.github.io/helm-charts", version });
}

/** The operator with the chart's CRDs; its metrics stay behind the kube-rbac-proxy auth. */
export const defaults = {
  manageCRDs: true,
  replicaCount: 1,
  resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { memory: "256Mi" } },
  metrics: { disableAuth: false },
} satisfies VolSyncValues;

export const CRDS = ["volsync.backube/ReplicationDestination", "volsync.backube/ReplicationSource"] as const;

export interface VolSyncOptions {
  version?: string;
  /** Chart values, deep-merged over `defaults`. */
  values?: DeepPartial<VolSyncValues>;
}

/**
 * The VolSync operator. It depends on the snapshot CRDs (its Snapshot copy method creates
 * VolumeSnapshots) and the snapshot controller that binds them. The mover pods run in each
 * backed-up claim's namespace, so their egress is that namespace's (see `volumeBackup`).
 */
export function volsync(o: VolSyncOptions, deps: { cilium: Component; coredns: Component; snapshotController: Component }): Component {
  return component({
    name: "volsync",
    namespace: NAMESPACE,
    dependsOn: [deps.cilium, deps.coredns, deps.snapshotController],
    resources: [namespace(NAMESPACE), ...helmRelease({ name: "volsync", namespace: NAMESPACE, chart: chart(o.version), defaults, values: o.values, crds: "CreateReplace" })],
    healthChecks: [healthCheck(Deployment, "volsync", NAMESPACE)],
    provides: { crds: [...CRDS] },
    network: { namespace: NAMESPACE, internal: false },
    package: pkg,
  });
}
