export { chart, CRDS, defaults, NAMESPACE, volsync, volsyncAlerts, type VolSyncOptions, type VolSyncValues } from "./operator.ts";
export { volumeBackup, type ResticRepository, type VolumeBackup, type VolumeBackupOptions } from "./backup.ts";
export { ReplicationSource, type CopyMethod, type IReplicationSource, type ReplicationSourceSpec, type ResticRetain } from "./replication-source.ts";
