import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { component, ConfigError, healthCheck, helmRelease, namespace, repositoryChart, type Component, type DeepPartial } from "@k8s-gitops/core";
import { StorageClass } from "kubernetes-models/storage.k8s.io/v1";
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
  /** Chart values, deep-merged over `defaults`. */
  values?: DeepPartial<OpenEbsValues>;
}

/** What the component gives its dependants: the name of the StorageClass it renders. */
export interface OpenEbsOutputs {
  readonly storageClass: string;
}

/** OpenEBS LocalPV (hostpath) and its StorageClass, for node-local volumes. */
export function openebs(o: OpenEbsOptions, deps: { cilium: Component }): Component<OpenEbsOutputs> {
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
    dependsOn: [deps.cilium],
    // The provisioner's helper pods mount host paths: privileged is what the namespace needs.
    resources: [
      namespace(NAMESPACE, { podSecurity: "privileged" }),
      ...helmRelease({ name: "openebs", namespace: NAMESPACE, chart: chart(o.version), defaults, values: o.values }),
      storageClass,
    ],
    healthChecks: [healthCheck(HelmRelease, "openebs", NAMESPACE)],
    network: { namespace: NAMESPACE },
    outputs: { storageClass: o.storageClass },
    package: pkg,
  });
}
