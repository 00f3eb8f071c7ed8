import type { CustomResourceDefinition } from "kubernetes-models/apiextensions.k8s.io/v1";
import { Deployment } from "kubernetes-models/apps/v1";
import { component, crdComponent, healthCheck, helmRelease, merge, namespace, repositoryChart, shippedCrds, type Component, type DeepPartial } from "@k8s-gitops/core";
import { alertRules } from "@k8s-gitops/prometheus-operator-crds";
import type { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import pkg from "../package.json" with { type: "json" };
import { VolumeSnapshotClass } from "./generated/models/snapshot.storage.k8s.io/v1/VolumeSnapshotClass.ts";

export { VolumeSnapshotClass, type IVolumeSnapshotClass } from "./generated/models/snapshot.storage.k8s.io/v1/VolumeSnapshotClass.ts";

export const NAMESPACE = "snapshot-controller";

/** The external-snapshotter release whose CRDs the package ships (crds/, from vendor/crds/external-snapshotter by scripts/sync-crds.mjs). */
export const EXTERNAL_SNAPSHOTTER_VERSION = "8.4.0";

/** The kinds the CRDs serve, as the reconcile check keys them. */
export const CRDS = ["snapshot.storage.k8s.io/VolumeSnapshot", "snapshot.storage.k8s.io/VolumeSnapshotClass", "snapshot.storage.k8s.io/VolumeSnapshotContent"] as const;

/** The CRDs as objects, read once from the files shipped in the package. */
export function snapshotCrdObjects(): readonly CustomResourceDefinition[] {
  return shippedCrds(new URL("../crds/", import.meta.url), pkg.name);
}

/**
 * The snapshot CRDs, bootstrap phase 1 rather than an ordinary component: the CSI provisioners
 * of every storage driver run the csi-snapshotter sidecar, which fails while the kinds are not
 * served, and the snapshot classes, VolSync and the controller all need them. Installed before
 * Flux, they are there for whatever reconciles first; Flux keeps them (never pruned).
 */
export function snapshotCrds(): Component {
  return crdComponent({ name: "snapshot-crds", crds: snapshotCrdObjects(), package: pkg });
}

/**
 * The chart values this package sets. The piraeus snapshot-controller chart ships no schema
 * under vendor/schemas/helm, so the type covers exactly the keys used here.
 */
export interface SnapshotControllerValues {
  controller: {
    replicaCount: number;
    resources: { requests: { cpu: string; memory: string }; limits: { memory: string } };
    /** A headless Service on the controller's metrics port (`http`, 8080) and a ServiceMonitor of it. */
    serviceMonitor: { create: boolean };
  };
}

/** The chart, pinned (https://piraeus.io/helm-charts, snapshot-controller 4.1.1 = external-snapshotter 8.x). */
export function chart(version = "4.1.1") {
  return repositoryChart<SnapshotControllerValues>({ name: "snapshot-controller", repository: "https://piraeus.io/helm-charts", version });
}

/** Two replicas with leader election, so a drained node does not stop snapshots; scraped by the chart's ServiceMonitor. */
export const defaults = {
  controller: { replicaCount: 2, resources: { requests: { cpu: "10m", memory: "32Mi" }, limits: { memory: "128Mi" } }, serviceMonitor: { create: true } },
} satisfies SnapshotControllerValues;

/**
 * No snapshot controller answering (snapshots are then neither bound nor deleted), and snapshot
 * operations that end in an error status rather than success.
 */
export function snapshotControllerAlerts(namespace: string): PrometheusRule {
  const target = `namespace="${namespace}", service="snapshot-controller"`;
  return alertRules({
    name: "snapshot-controller",
    namespace,
    groups: [
      {
        name: "snapshot-controller",
        alerts: [
          {
            alert: "SnapshotControllerDown",
            expr: `absent(up{${target}} == 1)`,
            for: "10m",
            severity: "warning",
            summary: "No snapshot controller answers",
            description: "No snapshot controller has answered for 10 minutes: VolumeSnapshots (and the backups made from them) are neither bound nor deleted",
          },
          {
            alert: "SnapshotOperationsFailing",
            expr: `sum by (driver_name, operation_name) (increase(snapshot_controller_operation_total_seconds_count{${target}, operation_status!~"success|cancel"}[1h])) > 0`,
            for: "15m",
            severity: "warning",
            summary: "Volume snapshot operations are failing",
            description: "{{ $value }} {{ $labels.operation_name }} operations of driver {{ $labels.driver_name }} ended without success in the last hour",
          },
        ],
      },
    ],
  });
}

export interface SnapshotControllerOptions {
  version?: string;
  /** The chart's ServiceMonitor and the alerts. Default true. */
  monitoring?: boolean;
  /** Chart values, deep-merged over `defaults`. */
  values?: DeepPartial<SnapshotControllerValues>;
}

/**
 * The snapshot controller: it binds VolumeSnapshots to VolumeSnapshotContents, which each CSI
 * driver's sidecar then cuts. Its CRDs come from `snapshotCrds` (the chart's are skipped).
 */
export function snapshotController(o: SnapshotControllerOptions, deps: { cilium: Component; snapshotCrds: Component; monitoringCrds: Component }): Component {
  const monitoring = o.monitoring ?? true;
  return component({
    name: "snapshot-controller",
    namespace: NAMESPACE,
    dependsOn: [deps.cilium, deps.snapshotCrds, deps.monitoringCrds],
    resources: [
      namespace(NAMESPACE),
      ...helmRelease({
        name: "snapshot-controller",
        namespace: NAMESPACE,
        chart: chart(o.version),
        defaults: merge<SnapshotControllerValues>(defaults, { controller: { serviceMonitor: { create: monitoring } } }),
        values: o.values,
      }),
      ...(monitoring ? [snapshotControllerAlerts(NAMESPACE)] : []),
    ],
    healthChecks: [healthCheck(Deployment, "snapshot-controller", NAMESPACE)],
    // It talks to the API server only.
    network: { namespace: NAMESPACE, internal: false },
    package: pkg,
  });
}

export interface VolumeSnapshotClassOptions {
  name: string;
  /** The CSI driver that cuts the snapshots (e.g. rook-ceph.rbd.csi.ceph.com). */
  driver: string;
  /** Driver parameters (cluster id, snapshotter secret). */
  parameters: Readonly<Record<string, string>>;
  /** The cluster's default class for the driver. Default false. */
  isDefault?: boolean;
  /** Delete (default): a backup tool's temporary snapshot goes with its VolumeSnapshot. */
  deletionPolicy?: "Delete" | "Retain";
}

/** A VolumeSnapshotClass of a CSI driver. */
export function volumeSnapshotClass(o: VolumeSnapshotClassOptions): VolumeSnapshotClass {
  return new VolumeSnapshotClass({
    metadata: { name: o.name, annotations: { "snapshot.storage.kubernetes.io/is-default-class": String(o.isDefault ?? false) } },
    driver: o.driver,
    deletionPolicy: o.deletionPolicy ?? "Delete",
    parameters: { ...o.parameters },
  });
}
