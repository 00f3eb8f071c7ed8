export { CEPH_PORTS, cephDaemonsEgress, chart, CRDS, defaults, NAMESPACE, rookCephOperator, rookCephOperatorAlerts, type RookCephOperatorOptions, type RookCephValues } from "./operator.ts";
export { CEPH_IMAGE, cephCluster, DASHBOARD_PORT, type CephClusterOptions, type CephStorageNode } from "./cluster.ts";
export { cephBlockPool, RBD_SECRETS, rbdProvisioner, rbdStorageClass, type CephBlockPoolOptions, type RbdStorageClassOptions } from "./pool.ts";
export { cephFilesystem, type CephFilesystemOptions } from "./filesystem.ts";
export { CephCluster, type ICephCluster } from "./generated/models/ceph.rook.io/v1/CephCluster.ts";
export { CephBlockPool, type ICephBlockPool } from "./generated/models/ceph.rook.io/v1/CephBlockPool.ts";
export { CephFilesystem, type ICephFilesystem } from "./generated/models/ceph.rook.io/v1/CephFilesystem.ts";
