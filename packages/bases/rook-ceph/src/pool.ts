import { ConfigError } from "@k8s-gitops/core";
import { StorageClass } from "kubernetes-models/storage.k8s.io/v1";
import { CephBlockPool } from "./generated/models/ceph.rook.io/v1/CephBlockPool.ts";
import { NAMESPACE } from "./operator.ts";

/** The RBD CSI driver's name as Rook registers it: `<operator namespace>.rbd.csi.ceph.com`. */
export const rbdProvisioner = (operatorNamespace = NAMESPACE) => `${operatorNamespace}.rbd.csi.ceph.com`;

/** The CSI secrets Rook writes for each CephCluster (provisioner and node stage). */
export const RBD_SECRETS = { provisioner: "rook-csi-rbd-provisioner", node: "rook-csi-rbd-node" } as const;

export interface CephBlockPoolOptions {
  /** The Kubernetes cluster, for error messages. */
  cluster: string;
  name: string;
  namespace?: string;
  /** Copies of each object (default 3), each on another failure domain. */
  replicas?: number;
  /** Where copies must differ (default host). */
  failureDomain?: "host" | "osd" | "rack";
  /** CRUSH device class (default nvme): the class of the OSDs it uses. */
  deviceClass?: string;
}

/**
 * A replicated RBD pool. `requireSafeReplicaSize` keeps Ceph from accepting size 1; below 3
 * copies a single failure during recovery loses data, so the builder refuses fewer.
 */
export function cephBlockPool(o: CephBlockPoolOptions): CephBlockPool {
  const ns = o.namespace ?? NAMESPACE;
  const replicas = o.replicas ?? 3;
  if (!Number.isInteger(replicas) || replicas < 3) {
    throw new ConfigError(`replica size ${replicas}: at least 3 copies, so a second failure during recovery loses no data`, { cluster: o.cluster, object: `CephBlockPool/${ns}/${o.name}`, field: "spec.replicated.size" });
  }
  return new CephBlockPool({
    metadata: { name: o.name, namespace: ns },
    spec: {
      failureDomain: o.failureDomain ?? "host",
      deviceClass: o.deviceClass ?? "nvme",
      replicated: { size: replicas, requireSafeReplicaSize: true },
      parameters: { compression_mode: "none" },
    },
  });
}

export interface RbdStorageClassOptions {
  name: string;
  /** The pool it provisions images in. */
  pool: CephBlockPool;
  /** The CephCluster's namespace (Rook's CSI clusterID). Default: the pool's. */
  clusterNamespace?: string;
  /** The operator's namespace (names the CSI driver). Default rook-ceph. */
  operatorNamespace?: string;
  /** The cluster's default class. Default false. */
  isDefault?: boolean;
  /** Delete (default) or Retain: a Retain class keeps the image after its claim is deleted, for regulated data. */
  reclaimPolicy?: "Delete" | "Retain";
}

/** A StorageClass of RBD images in a pool, ext4, expandable online. */
export function rbdStorageClass(o: RbdStorageClassOptions): StorageClass {
  const ns = o.clusterNamespace ?? o.pool.metadata?.namespace ?? NAMESPACE;
  const pool = o.pool.metadata?.name;
  if (!pool) throw new ConfigError("the pool has no name", { object: `StorageClass/${o.name}`, field: "parameters.pool" });
  return new StorageClass({
    metadata: { name: o.name, annotations: { "storageclass.kubernetes.io/is-default-class": String(o.isDefault ?? false) } },
    provisioner: rbdProvisioner(o.operatorNamespace),
    parameters: {
      clusterID: ns,
      pool,
      imageFormat: "2",
      imageFeatures: "layering,fast-diff,object-map,deep-flatten,exclusive-lock",
      "csi.storage.k8s.io/provisioner-secret-name": RBD_SECRETS.provisioner,
      "csi.storage.k8s.io/provisioner-secret-namespace": ns,
      "csi.storage.k8s.io/controller-expand-secret-name": RBD_SECRETS.provisioner,
      "csi.storage.k8s.io/controller-expand-secret-namespace": ns,
      "csi.storage.k8s.io/node-stage-secret-name": RBD_SECRETS.node,
      "csi.storage.k8s.io/node-stage-secret-namespace": ns,
      "csi.storage.k8s.io/fstype": "ext4",
    },
    allowVolumeExpansion: true,
    reclaimPolicy: o.reclaimPolicy ?? "Delete",
    volumeBindingMode: "Immediate",
  });
}
