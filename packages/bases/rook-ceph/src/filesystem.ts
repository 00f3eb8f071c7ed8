import { ConfigError } from "@k8s-gitops/core";
import { CephFilesystem } from "./generated/models/ceph.rook.io/v1/CephFilesystem.ts";
import { NAMESPACE } from "./operator.ts";

export interface CephFilesystemOptions {
  cluster: string;
  name: string;
  namespace?: string;
  /** Copies of metadata and data (default 3). */
  replicas?: number;
  deviceClass?: string;
}

/**
 * A CephFS filesystem (one active MDS and a hot standby) for ReadWriteMany claims. Only a
 * cluster with such a consumer runs one: the MDS daemons cost memory on every node.
 */
export function cephFilesystem(o: CephFilesystemOptions): CephFilesystem {
  const ns = o.namespace ?? NAMESPACE;
  const replicas = o.replicas ?? 3;
  if (!Number.isInteger(replicas) || replicas < 3) {
    throw new ConfigError(`replica size ${replicas}: at least 3 copies`, { cluster: o.cluster, object: `CephFilesystem/${ns}/${o.name}`, field: "spec.dataPools[0].replicated.size" });
  }
  const pool = { failureDomain: "host", deviceClass: o.deviceClass ?? "nvme", replicated: { size: replicas, requireSafeReplicaSize: true } };
  return new CephFilesystem({
    metadata: { name: o.name, namespace: ns },
    spec: {
      metadataPool: pool,
      dataPools: [{ name: "data0", ...pool }],
      preserveFilesystemOnDelete: true,
      metadataServer: { activeCount: 1, activeStandby: true, resources: { requests: { cpu: "100m", memory: "1Gi" }, limits: { memory: "4Gi" } } },
    },
  });
}
