import { component, ConfigError, helmRelease, helmReleaseHealth, namespace, repositoryChart, type Component } from "@k8s-gitops/core";
import type { NamespacePolicy } from "@k8s-gitops/network-policies";
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

export function chart(version = "4.3.3") {
  return repositoryChart<OpenEbsValues>({ name: "openebs", repository: "https://openebs.github.io/openebs", version });
}

export interface OpenEbsOptions {
  version?: string;
  /** Name of the hostpath StorageClass (the fleet's storage.localClass). */
  storageClass: string;
  /** Where volumes live on the node: a Talos user volume mounted under /var/mnt. */
  basePath: string;
}

export interface OpenEbs {
  readonly component: Component;
  readonly storageClass: StorageClass;
  readonly networkPolicy: NamespacePolicy;
}

/**
 * OpenEBS with only the LocalPV hostpath provisioner. The StorageClass is rendered here (and
 * the chart's own switched off): the reference had both, two owners for one object. The
 * helper pod's image is pinned; the reference ran busybox:latest.
 */
export function openebs(o: OpenEbsOptions, deps: { dependsOn?: readonly Component[] } = {}): OpenEbs {
  if (!o.basePath.startsWith("/var/mnt/")) {
    throw new ConfigError(`basePath "${o.basePath}" must be under /var/mnt/ (Talos mounts user volumes there; the rest of the root is read-only)`, { component: "openebs" });
  }
  const values: OpenEbsValues = {
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
  };
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
  const c = component({
    name: "openebs",
    namespace: NAMESPACE,
    dependsOn: deps.dependsOn,
    // The provisioner's helper pods mount host paths: privileged is what the namespace needs.
    resources: [namespace(NAMESPACE, { podSecurity: "privileged" }), ...helmRelease({ name: "openebs", namespace: NAMESPACE, chart: chart(o.version), values }), storageClass],
    healthChecks: [helmReleaseHealth("openebs", NAMESPACE)],
    package: pkg,
  });
  return { component: c, storageClass, networkPolicy: { namespace: NAMESPACE } };
}
