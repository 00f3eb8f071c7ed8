import { cidr, classifyData, component, ConfigError, healthCheck, requiredRetention, type Component, type DataDeclaration, type NetworkAllowances, type ObjectRef } from "@k8s-gitops/core";
import { Cluster, database, pooler, POOLER_PORT, postgresCluster, type ObjectStoreBackup, type PostgresParameters, type PostgresRecovery, type Retention } from "@k8s-gitops/cloudnative-pg";
import type { ClusterIssuerRef, IssuerOutputs } from "@k8s-gitops/cert-manager";
import type { SecretStore } from "@k8s-gitops/external-secrets";
import { Certificate } from "@kubernetes-models/cert-manager/cert-manager.io/v1";
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

/** PgBouncer pool sizes of one tenant. */
export interface PoolSizes {
  maxClientConn: number;
  defaultPoolSize: number;
  minPoolSize: number;
  reservePoolSize: number;
}

/** One application with a role, a database it owns and a PgBouncer pooler of its own. */
export interface PostgresTenant<T extends string> {
  /** The role, the database and the pooler's prefix. */
  name: T;
  /** The tenant's namespace: its pods are the ones allowed to connect. */
  namespace: string;
  /** `session` for clients that keep session state (Keycloak's JDBC driver), else `transaction`. */
  poolMode: "session" | "transaction";
  pool: PoolSizes;
  extensions?: readonly string[];
}

/**
 * How a tenant reaches its database: through its pooler, with TLS. The host is the pooler's
 * Service, a name the cluster's server certificate carries, so `verify-full` works.
 */
export interface PostgresConnection {
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly user: string;
  /** The role's credentials (keys `username`, `password`) in the database's namespace. */
  readonly secret: ObjectRef;
  /** Their 1Password item: a tenant makes its own Secret in its namespace from the same item. */
  readonly credentials: { readonly item: string };
  /**
   * The CA that signs the pooler's certificate: a ClusterIssuer, since a pod cannot mount the
   * database namespace's Secret. The tenant renders `caTrust({ name, namespace, issuer })` from
   * @k8s-gitops/cert-manager in its own namespace and mounts the key `ca.crt` of that Secret.
   */
  readonly ca: { readonly issuer: ClusterIssuerRef; readonly key: "ca.crt" };
  readonly sslMode: "verify-full";
}

/** The connection facts by tenant name: a misspelt tenant does not compile. */
export interface SharedPostgresOutputs<T extends string> {
  readonly connections: { readonly [K in T]: PostgresConnection };
}

export interface SharedPostgresOptions<T extends string> {
  name?: string;
  namespace?: string;
  instances?: number;
  postgresVersion?: string;
  storageClass: string;
  dataSize?: string;
  walSize?: string;
  /** 1Password path prefix of the cluster's items, e.g. kubernetes/apps/cloudnative-pg. */
  secretsPath: string;
  tenants: readonly PostgresTenant<T>[];
  /** PgBouncer pods per tenant (default 2, one per node). */
  poolerInstances?: number;
  /** The retention defaults to `retentionFor(data)`. */
  backup: Omit<ObjectStoreBackup, "accessKeyId" | "secretAccessKey" | "retention"> & { retention?: Retention };
  /** What the data is, for the backup compliance rules (the tenants' data decides it). */
  data: DataDeclaration;
  /** Restore the cluster from the object store instead of starting empty. */
  recovery?: PostgresRecovery;
  /** The instances' and the poolers' PodMonitors and their alerts. Default true. */
  monitoring?: boolean;
}

/**
 * How long base backups and WAL are kept for data of this kind: the strictest framework's
 * record-keeping period (in months, CloudNativePG's largest unit), else 30 days, the recovery
 * window GDPR's storage limitation allows for personal data that has no longer period.
 */
export function retentionFor(data: DataDeclaration): Retention {
  const { years } = requiredRetention(data.frameworks ?? []);
  return years > 0 ? `${years * 12}m` : "30d";
}

/** The label CloudNativePG puts on a pooler's pods, with the Pooler's name. */
const POOLER_LABEL = "cnpg.io/poolerName";

/** The names of a Service as clients may write them, for the server certificate. */
function serviceNames(name: string, namespace: string): string[] {
  return [name, `${name}.${namespace}`, `${name}.${namespace}.svc`, `${name}.${namespace}.svc.cluster.local`];
}

/**
 * The shared PostgreSQL: one CNPG cluster with synchronous replication to one standby, one
 * instance per node, continuous WAL archiving and a daily base backup; per tenant a managed
 * role, a database it owns and a TLS-only PgBouncer pooler only the tenant's namespace may
 * reach. Its outputs are each tenant's connection facts.
 */
export function sharedPostgres<const T extends string>(
  o: SharedPostgresOptions<T>,
  deps: { cnpgOperator: Component; secretStore: SecretStore; storage: Component; issuers: Component<IssuerOutputs>; monitoringCrds: Component },
): Component<SharedPostgresOutputs<T>> {
  const name = o.name ?? "shared-postgres";
  const namespace = o.namespace ?? "cnpg-system";
  const where = { component: "postgres-shared" };
  for (const key of ["name", "namespace"] as const) {
    const seen = o.tenants.map((t) => t[key]);
    const twice = seen.find((v, i) => seen.indexOf(v) !== i);
    if (twice !== undefined) throw new ConfigError(`two tenants have the ${key} "${twice}": each tenant needs its own role and its own namespace's allowance`, { ...where, field: `tenants.${key}` });
  }
  const poolerName = (t: PostgresTenant<T>) => `${t.name}-pooler`;
  // The server certificate from the platform's internal CA, with every name a client dials (the
  // cluster's Services and the poolers'), so a tenant verifies the host with a CA it can get in
  // its own namespace (caTrust), which CloudNativePG's self-signed CA would not allow.
  const serverTls = `${name}-server-tls`;
  const serverCertificate = new Certificate({
    metadata: { name: serverTls, namespace },
    spec: {
      secretName: serverTls,
      commonName: `${name}-rw.${namespace}.svc`,
      dnsNames: [...["rw", "ro", "r"].flatMap((s) => serviceNames(`${name}-${s}`, namespace)), ...o.tenants.flatMap((t) => serviceNames(poolerName(t), namespace))],
      duration: "2160h",
      renewBefore: "720h",
      privateKey: { algorithm: "ECDSA", size: 256, rotationPolicy: "Always" },
      usages: ["digital signature", "key encipherment", "server auth"],
      issuerRef: { ...deps.issuers.outputs.internalCa },
    },
  });
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
      retention: o.backup.retention ?? retentionFor(o.data),
      accessKeyId: { item: `${o.secretsPath}/minio`, property: "ACCESS_KEY_ID" },
      secretAccessKey: { item: `${o.secretsPath}/minio`, property: "SECRET_ACCESS_KEY" },
    },
    roles: o.tenants.map((t) => ({ name: t.name, credentials: { item: `${o.secretsPath}/${t.name}` } })),
    synchronous: { method: "any", number: 1, maxStandbyNamesFromCluster: 2, dataDurability: "preferred" },
    parameters: DEFAULT_PARAMETERS,
    resources: { requests: { cpu: "500m", memory: "1Gi" }, limits: { cpu: "2000m", memory: "2Gi" } },
    serverTls: { secretName: serverTls },
    ...(o.recovery ? { recovery: o.recovery } : {}),
    monitoring: o.monitoring ?? true,
  });
  const perTenant = o.tenants.flatMap((t) => [
    database({ name: t.name, namespace, cluster: name, owner: t.name, ...(t.extensions ? { extensions: t.extensions } : {}) }),
    ...pooler({
      name: poolerName(t),
      namespace,
      cluster: name,
      instances: o.poolerInstances ?? 2,
      poolMode: t.poolMode,
      parameters: {
        max_client_conn: String(t.pool.maxClientConn),
        default_pool_size: String(t.pool.defaultPoolSize),
        min_pool_size: String(t.pool.minPoolSize),
        reserve_pool_size: String(t.pool.reservePoolSize),
        // A session-mode client keeps its state; a transaction-mode server connection is reset for the next client.
        server_reset_query: t.poolMode === "session" ? "" : "DISCARD ALL",
        ignore_startup_parameters: "extra_float_digits,options",
      },
      resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "500m", memory: "256Mi" } },
      labels: { "k8s-gitops.io/tenant": t.name },
      monitoring: o.monitoring ?? true,
    }).resources,
  ]);
  const connections = Object.fromEntries(
    o.tenants.map((t): [T, PostgresConnection] => [
      t.name,
      {
        host: `${poolerName(t)}.${namespace}.svc`,
        port: POOLER_PORT,
        database: t.name,
        user: t.name,
        secret: { namespace, name: `${name}-${t.name}-credentials` },
        credentials: { item: `${o.secretsPath}/${t.name}` },
        ca: { issuer: deps.issuers.outputs.internalCa, key: "ca.crt" },
        sslMode: "verify-full",
      },
    ]),
    // fromEntries widens the keys to string; the entries are exactly the tenants' names.
  ) as { [K in T]: PostgresConnection };
  return component({
    name: "postgres-shared",
    namespace,
    // The storage component creates the StorageClass the volumes are claimed from; the
    // monitoring CRDs serve the PodMonitors and PrometheusRules of the cluster and its poolers.
    dependsOn: [deps.cnpgOperator, deps.secretStore, deps.storage, deps.issuers, deps.monitoringCrds],
    timeout: "15m",
    resources: [serverCertificate, classifyData(objects.cluster, o.data), objects.scheduledBackup, ...objects.secrets, ...objects.monitoring, ...perTenant],
    healthChecks: [healthCheck(Cluster, name, namespace)],
    network: {
      namespace,
      ...objectStoreEgress(o.backup.endpointUrl),
      // Each tenant's namespace reaches its own pooler only (CloudNativePG labels a pooler's pods
      // cnpg.io/poolerName); the instances accept their poolers from inside the namespace.
      ingressFrom: o.tenants.map((t) => ({ namespace: t.namespace, ports: [POOLER_PORT], localPods: { [POOLER_LABEL]: poolerName(t) } })),
    },
    outputs: { connections },
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

