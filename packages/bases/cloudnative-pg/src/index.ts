export { chart, cnpgOperator, OPERATOR_NAMESPACE, type CnpgOperator, type OperatorOptions } from "./operator.ts";
export { postgresCluster, type ManagedRole, type ObjectStoreBackup, type PostgresCluster, type PostgresClusterOptions, type Retention } from "./postgres.ts";
export type { CloudNativePgValues } from "./generated/values.ts";
export { Cluster, type ICluster } from "./generated/models/postgresql.cnpg.io/v1/Cluster.ts";
export { ScheduledBackup, type IScheduledBackup } from "./generated/models/postgresql.cnpg.io/v1/ScheduledBackup.ts";
export { Pooler, type IPooler } from "./generated/models/postgresql.cnpg.io/v1/Pooler.ts";
