import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { component, ConfigError, healthCheck, helmRelease, namespace, repositoryChart, type Component, type DeepPartial } from "@k8s-gitops/core";
import { StorageClass } from "kubernetes-models/storage.k8s.io/v1";
import { alertRules } from "@k8s-gitops/prometheus-operator-crds";
import type { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import pkg from "../package.json" with { type: "json" };

export const NAMESPACE = "openebs-system";

/**
 * The chart values this package sets. The openebs chart ships no values.schema.json, so the
 * type is written here and covers exactly what we use.
 */
export interface OpenEbsValues {
  engines: { local: { lvm: { enabled: boolean }; zfs: { enabled: boolean } }; replicated: { mayastor: { enabled: boolean } } };
  "localpv-provisioner": {
    enabled: boolean;
    hostpathClass: { enabled: boolean };
    helperPod: { image: { registry: string; repository: string; tag: string } };
    resources: { requests: { cpu: string; memory: string }; limits: { cpu: string; memory: string } };
  };
  loki: { enabled: boolean };
  alloy: { enabled: boolean };
  minio: { enabled: boolean };
}

/**
 * Only the LocalPV hostpath provisioner. The chart's own StorageClass is off because this
 * package renders it (one owner per object); the helper pod's image is pinned.
 */
export const defaults = {
  engines: { local: { lvm: { enabled: false }, zfs: { enabled: false } }, replicated: { mayastor: { enabled: false } } },
  "localpv-provisioner": {
    enabled: true,
    hostpathClass: { enabled: false },
    helperPod: { image: { registry: "docker.io/", repository: "library/busybox", tag: "1.37.0" } },
    resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "200m", memory: "128Mi" } },
  },
  loki: { enabled: false },
  alloy: { enabled: false },
  minio: { enabled: false },
} satisfies OpenEbsValues;

export function chart(version = "4.3.3") {
  return repositoryChart<OpenEbsValues>({ name: "openebs", repository: "https://openebs.github.io/openebs", version });
}

export interface OpenEbsOptions {
  version?: string;
  /** Name of the hostpath StorageClass (the cluster's storage.localClass). */
  storageClass: string;
  /** Where volumes live on the node: a Talos user volume mounted under /var/mnt. */
  basePath: string;
  /** The alerts. Default true. */
  monitoring?: boolean;
  /** Chart values, deep-merged over `defaults`. */
  values?: DeepPartial<OpenEbsValues>;
}

/** What the component gives its dependants: the name of the StorageClass it renders. */
export interface OpenEbsOutputs {
  readonly storageClass: string;
}

/** The provisioner's Deployment and container: `<release>-<subchart>`. */
const PROVISIONER = "openebs-localpv-provisioner";

/**
 * The filesystem the volumes live on: the Talos user volume, mounted at /var/mnt/<name>, which
 * holds the base path.
 */
export function volumeMountOf(basePath: string): string {
  return basePath.split("/").slice(0, 4).join("/");
}

/**
 * The LocalPV provisioner serves no metrics: its alerts read kube-state-metrics (the Deployment),
 * cAdvisor (its memory) and node-exporter (the filesystem of the user volume the volumes share;
 * a hostpath volume has no quota of its own, so its node's filesystem is what fills up).
 */
export function openebsAlerts(namespace: string, basePath: string): PrometheusRule {
  const mount = `mountpoint="${volumeMountOf(basePath)}"`;
  const container = `namespace="${namespace}", container="${PROVISIONER}"`;
  const free = `node_filesystem_avail_bytes{${mount}} / node_filesystem_size_bytes{${mount}}`;
  return alertRules({
    name: "openebs",
    namespace,
    groups: [
      {
        name: "openebs",
        interval: "30s",
        alerts: [
          {
            alert: "OpenEBSProvisionerDown",
            expr: `kube_deployment_status_replicas_available{namespace="${namespace}", deployment="${PROVISIONER}"} < 1`,
            for: "5m",
            severity: "warning",
            summary: "The OpenEBS LocalPV provisioner is down",
            description: "No LocalPV provisioner has been available for 5 minutes: new node-local volumes are not provisioned",
          },
          {
            alert: "OpenEBSStorageCapacityWarning",
            expr: `${free} < 0.20`,
            for: "10m",
            severity: "warning",
            summary: "Node-local volume storage is over 80% full",
            description: `{{ $labels.instance }}: ${volumeMountOf(basePath)} has {{ $value | humanizePercentage }} free`,
          },
          {
            alert: "OpenEBSStorageCapacityCritical",
            expr: `${free} < 0.10`,
            for: "5m",
            severity: "critical",
            summary: "Node-local volume storage is over 90% full",
            description: `{{ $labels.instance }}: ${volumeMountOf(basePath)} has {{ $value | humanizePercentage }} free: the volumes on it stop taking writes when it is full`,
          },
          {
            alert: "OpenEBSProvisionerHighMemory",
            expr: `max by (pod) (container_memory_working_set_bytes{${container}} / container_spec_memory_limit_bytes{${container}}) > 0.80`,
            for: "10m",
            severity: "warning",
            summary: "The OpenEBS provisioner is near its memory limit",
            description: "LocalPV provisioner {{ $labels.pod }} uses {{ $value | humanizePercentage }} of its memory limit",
          },
        ],
      },
    ],
  });
}

/** OpenEBS LocalPV (hostpath) and its StorageClass, for node-local volumes, with its alerts. */
export function openebs(o: OpenEbsOptions, deps: { cilium: Component; monitoringCrds: Component }): Component<OpenEbsOutputs> {
  if (!o.basePath.startsWith("/var/mnt/")) {
    throw new ConfigError(`basePath "${o.basePath}" must be under /var/mnt/ (Talos mounts user volumes there; the rest of the root is read-only)`, {
      component: "openebs",
      field: "basePath",
    });
  }
  const storageClass = new StorageClass({
    metadata: {
      name: o.storageClass,
      annotations: {
        "storageclass.kubernetes.io/is-default-class": "false",
        "cas.openebs.io/config": `- name: StorageType\n  value: "hostpath"\n- name: BasePath\n  value: ${o.basePath}\n`,
      },
    },
    provisioner: "openebs.io/local",
    volumeBindingMode: "WaitForFirstConsumer",
    reclaimPolicy: "Delete",
    allowVolumeExpansion: true,
  });
  return component({
    name: "openebs",
    namespace: NAMESPACE,
    // The provisioner reaches the API by its service address: it needs the CNI, not cluster DNS.
    dependsOn: [deps.cilium, deps.monitoringCrds],
    // The provisioner's helper pods mount host paths: privileged is what the namespace needs.
    resources: [
      namespace(NAMESPACE, { podSecurity: "privileged" }),
      ...helmRelease({ name: "openebs", namespace: NAMESPACE, chart: chart(o.version), defaults, values: o.values }),
      storageClass,
      ...((o.monitoring ?? true) ? [openebsAlerts(NAMESPACE, o.basePath)] : []),
    ],
    healthChecks: [healthCheck(HelmRelease, "openebs", NAMESPACE)],
    network: { namespace: NAMESPACE },
    outputs: { storageClass: o.storageClass },
    package: pkg,
  });
}
