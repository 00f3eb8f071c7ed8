import { Deployment } from "kubernetes-models/apps/v1";
import { component, healthCheck, helmRelease, merge, namespace, repositoryChart, type Component, type DeepPartial } from "@k8s-gitops/core";
import { alertRules } from "@k8s-gitops/prometheus-operator-crds";
import type { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import pkg from "../package.json" with { type: "json" };

export const NAMESPACE = "volsync-system";

/** The chart values this package sets (the chart's schema is not vendored: VolSync is AGPL-3.0). */
export interface VolSyncValues {
  /** The chart installs the ReplicationSource/ReplicationDestination CRDs (not vendored here). */
  manageCRDs: boolean;
  replicaCount: number;
  resources: { requests: { cpu: string; memory: string }; limits: { memory: string } };
  /**
   * The chart renders its ServiceMonitor (the `https` port of `volsync-metrics`, no token)
   * whenever the monitoring CRDs are served; without `disableAuth` the controller refuses it.
   */
  metrics: { disableAuth: boolean };
}

/** The chart, pinned (https://backube.github.io/helm-charts, volsync 0.16.0). */
export function chart(version = "0.16.0") {
  return repositoryChart<VolSyncValues>({ name: "volsync", repository: "https://backube.github.io/helm-charts", version });
}

/**
 * The operator with the chart's CRDs. Its metrics are readable without a token: the chart's
 * ServiceMonitor sends none, and the namespace's network baseline, not a token, decides who
 * reaches the port.
 */
export const defaults = {
  manageCRDs: true,
  replicaCount: 1,
  resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { memory: "256Mi" } },
  metrics: { disableAuth: true },
} satisfies VolSyncValues;

/** The operator gone, and a backed-up volume out of sync (its last scheduled copy did not complete). */
export function volsyncAlerts(namespace: string): PrometheusRule {
  return alertRules({
    name: "volsync",
    namespace,
    groups: [
      {
        name: "volsync",
        alerts: [
          {
            alert: "VolSyncDown",
            expr: `absent(up{namespace="${namespace}", service="volsync-metrics"} == 1)`,
            for: "15m",
            severity: "critical",
            summary: "The VolSync operator is down",
            description: "VolSync has not answered for 15 minutes: no volume is backed up",
          },
          {
            alert: "VolSyncVolumeOutOfSync",
            expr: "max by (obj_namespace, obj_name) (volsync_volume_out_of_sync) == 1",
            for: "15m",
            severity: "critical",
            summary: "A volume's backup is out of sync",
            description: "{{ $labels.obj_namespace }}/{{ $labels.obj_name }} missed its scheduled backup: the copy in the repository is older than its schedule promises",
          },
        ],
      },
    ],
  });
}

export const CRDS = ["volsync.backube/ReplicationDestination", "volsync.backube/ReplicationSource"] as const;

export interface VolSyncOptions {
  version?: string;
  /** The alerts, and metrics readable by the chart's ServiceMonitor. Default true. */
  monitoring?: boolean;
  /** Chart values, deep-merged over `defaults`. */
  values?: DeepPartial<VolSyncValues>;
}

/**
 * The VolSync operator. It depends on the snapshot CRDs (its Snapshot copy method creates
 * VolumeSnapshots) and the snapshot controller that binds them. The mover pods run in each
 * backed-up claim's namespace, so their egress is that namespace's (see `volumeBackup`).
 */
export function volsync(o: VolSyncOptions, deps: { cilium: Component; coredns: Component; snapshotController: Component; monitoringCrds: Component }): Component {
  const monitoring = o.monitoring ?? true;
  return component({
    name: "volsync",
    namespace: NAMESPACE,
    // The chart renders its ServiceMonitor whenever the monitoring CRDs are served: after them.
    dependsOn: [deps.cilium, deps.coredns, deps.snapshotController, deps.monitoringCrds],
    resources: [
      namespace(NAMESPACE),
      ...helmRelease({
        name: "volsync",
        namespace: NAMESPACE,
        chart: chart(o.version),
        defaults: merge<VolSyncValues>(defaults, { metrics: { disableAuth: monitoring } }),
        values: o.values,
        crds: "CreateReplace",
      }),
      ...(monitoring ? [volsyncAlerts(NAMESPACE)] : []),
    ],
    healthChecks: [healthCheck(Deployment, "volsync", NAMESPACE)],
    provides: { crds: [...CRDS] },
    network: { namespace: NAMESPACE, internal: false },
    package: pkg,
  });
}
