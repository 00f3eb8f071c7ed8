import { cidr, classifyData, component, healthCheck, type Component, type DataDeclaration, type NetworkAllowances } from "@k8s-gitops/core";
import { Cluster, postgresCluster, type ObjectStoreBackup, type PostgresParameters } from "@k8s-gitops/cloudnative-pg";
import type { SecretStore } from "@k8s-gitops/external-secrets";
import pkg from "../package.json" with { type: "json" };

/**
 * Tuning for 3 instances with 2Gi each (shared_buffers 25%, cache 75%). TLS needs no setting:
 * CloudNativePG always serves it (ssl and its file settings are the operator's).
 */
export const DEFAULT_PARAMETERS: PostgresParameters = {
  max_connections: "200",
  shared_buffers: "512MB",
  effective_cache_size: "1536MB",
  maintenance_work_mem: "128MB",
  work_mem: "4MB",
  huge_pages: "off",
  wal_buffers: "16MB",
  min_wal_size: "2GB",
  max_wal_size: "8GB",
  wal_compression: "on",
  default_statistics_target: "100",
  random_page_cost: "1.1",
  effective_io_concurrency: "200",
  checkpoint_completion_target: "0.9",
  max_worker_processes: "4",
  max_parallel_workers_per_gather: "2",
  max_parallel_workers: "4",
  max_parallel_maintenance_workers: "2",
  autovacuum_max_workers: "3",
  autovacuum_vacuum_cost_limit: "2000",
  ssl_min_protocol_version: "TLSv1.3",
};

export interface SharedPostgresOptions {
  name?: string;
  namespace?: string;
  instances?: number;
  postgresVersion?: string;
  storageClass: string;
  dataSize?: string;
  walSize?: string;
  /** 1Password path prefix of the cluster's items, e.g. kubernetes/infra/cloudnative-pg. */
  secretsPath: string;
  /** Tenants with a role (and a database they own): harbor, keycloak, gitlab, ... */
  tenants: readonly string[];
  backup: Omit<ObjectStoreBackup, "accessKeyId" | "secretAccessKey">;
  /** What the data is, for the backup compliance rules (the tenants' data decides it). */
  data: DataDeclaration;
}

/**
 * The infra cluster's shared PostgreSQL: one CNPG cluster with synchronous replication to one
 * standby, a managed role per tenant, continuous WAL archiving and a daily base backup.
 */
export function sharedPostgres(o: SharedPostgresOptions, deps: { cnpgOperator: Component; secretStore: SecretStore; storage: Component }): Component {
  const name = o.name ?? "shared-postgres";
  const namespace = o.namespace ?? "cnpg-system";
  const objects = postgresCluster({
    name,
    namespace,
    instances: o.instances ?? 3,
    postgresVersion: o.postgresVersion ?? "16.8",
    storage: { storageClass: o.storageClass, size: o.dataSize ?? "80Gi" },
    walStorage: { storageClass: o.storageClass, size: o.walSize ?? "20Gi" },
    store: deps.secretStore.outputs.storeRef,
    superuser: { item: `${o.secretsPath}/superuser` },
    backup: {
      ...o.backup,
      accessKeyId: { item: `${o.secretsPath}/minio`, property: "ACCESS_KEY_ID" },
      secretAccessKey: { item: `${o.secretsPath}/minio`, property: "SECRET_ACCESS_KEY" },
    },
    roles: o.tenants.map((t) => ({ name: t, credentials: { item: `${o.secretsPath}/${t}` } })),
    synchronous: { method: "any", number: 1, maxStandbyNamesFromCluster: 2, dataDurability: "preferred" },
    parameters: DEFAULT_PARAMETERS,
    resources: { requests: { cpu: "500m", memory: "1Gi" }, limits: { cpu: "2000m", memory: "2Gi" } },
  });
  return component({
    name: "postgres-shared",
    namespace,
    // The storage component creates the StorageClass the volumes are claimed from.
    dependsOn: [deps.cnpgOperator, deps.secretStore, deps.storage],
    timeout: "15m",
    resources: [classifyData(objects.cluster, o.data), objects.scheduledBackup, ...objects.secrets],
    healthChecks: [healthCheck(Cluster, name, namespace)],
    network: { namespace, ...objectStoreEgress(o.backup.endpointUrl) },
    package: pkg,
  });
}

/** Egress to the backup object store: by address when the endpoint is an IP, by name otherwise. */
function objectStoreEgress(endpoint: string): Pick<NetworkAllowances, "egressCidrs" | "egressFqdns"> {
  const url = new URL(endpoint);
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  return /^\d+\.\d+\.\d+\.\d+$/.test(url.hostname)
    ? { egressCidrs: [{ name: "allow-object-store", cidrs: [cidr(`${url.hostname}/32`)], ports: [port] }] }
    : { egressFqdns: [{ name: "allow-object-store", hosts: [{ name: url.hostname }], ports: [port] }] };
}
