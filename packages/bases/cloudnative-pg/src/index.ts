export { chart, cnpgOperator, CRDS, defaults, OPERATOR_NAMESPACE, type OperatorOptions } from "./operator.ts";
export { FIXED_PARAMETERS, isFixedParameter, type FixedParameter } from "./fixed-parameters.ts";
export {
  postgresCluster,
  type ManagedRole,
  type ObjectStoreBackup,
  type PostgresCluster,
  type PostgresClusterOptions,
  type PostgresParameters,
  type PostgresRecovery,
  type Retention,
} from "./postgres.ts";
export { database, pooler, POOLER_HBA, POOLER_PORT, type DatabaseOptions, type PgBouncerPooler, type PoolerOptions } from "./pooler.ts";
export { clusterAlerts, clusterPodMonitor, dashboards, operatorAlerts, poolerAlerts, poolerPodMonitor } from "./monitoring.ts";
export type { CloudNativePgValues } from "./generated/values.ts";
export { Cluster, type ICluster } from "./generated/models/postgresql.cnpg.io/v1/Cluster.ts";
export { Database, type IDatabase } from "./generated/models/postgresql.cnpg.io/v1/Database.ts";
export { ScheduledBackup, type IScheduledBackup } from "./generated/models/postgresql.cnpg.io/v1/ScheduledBackup.ts";
export { Pooler, type IPooler } from "./generated/models/postgresql.cnpg.io/v1/Pooler.ts";
