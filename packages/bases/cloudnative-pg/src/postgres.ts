import { ConfigError, type Duration, type OnePasswordField } from "@k8s-gitops/core";
import { externalSecret, type SecretStoreRef } from "@k8s-gitops/external-secrets";
import { FIXED_PARAMETERS, isFixedParameter, type FixedParameter } from "./fixed-parameters.ts";
import type { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import type { PodMonitor, PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { clusterAlerts, clusterPodMonitor } from "./monitoring.ts";
import { Cluster } from "./generated/models/postgresql.cnpg.io/v1/Cluster.ts";
import { ScheduledBackup } from "./generated/models/postgresql.cnpg.io/v1/ScheduledBackup.ts";

/** CNPG retention: a number and a unit (days, weeks, months). */
export type Retention = `${number}${"d" | "w" | "m"}`;

export interface ObjectStoreBackup {
  /** S3-compatible endpoint. https is required by the compliance rules for regulated data. */
  endpointUrl: `http://${string}` | `https://${string}`;
  bucket: string;
  accessKeyId: OnePasswordField;
  secretAccessKey: OnePasswordField;
  /** Six-field cron (seconds first), as CNPG's ScheduledBackup takes it. */
  schedule: string;
  retention: Retention;
  /** Server-side encryption of base backups and WAL (default AES256). */
  encryption?: "AES256" | "aws:kms";
}

export interface ManagedRole {
  name: string;
  /** Where the role's username/password live in 1Password. */
  credentials: { item: string };
}

/**
 * Restore from the object store instead of an empty initdb: CNPG's `bootstrap.recovery` from an
 * external cluster whose base backups and WAL the barman object store holds.
 */
export interface PostgresRecovery {
  /** The cluster whose backups are restored: its folder (barman server name) in the bucket. */
  from: string;
  /** The bucket that holds them (default: the backup bucket). */
  bucket?: string;
  /** Point in time (RFC 3339, e.g. 2026-11-29T08:00:00Z); the end of the WAL archive when absent. */
  targetTime?: string;
}

export interface PostgresClusterOptions {
  name: string;
  namespace: string;
  instances: number;
  /** PostgreSQL image tag, e.g. 16.8. */
  postgresVersion: string;
  storage: { storageClass: string; size: string };
  walStorage: { storageClass: string; size: string };
  store: SecretStoreRef;
  superuser: { item: string };
  backup: ObjectStoreBackup;
  roles?: readonly ManagedRole[];
  synchronous?: { method: "any" | "first"; number: number; maxStandbyNamesFromCluster: number; dataDurability: "required" | "preferred" };
  /** PostgreSQL settings; the ones the operator sets itself do not type-check (see `PostgresParameters`). */
  parameters?: PostgresParameters;
  resources?: { requests: { cpu: string; memory: string }; limits: { cpu: string; memory: string } };
  /** Annotations for the Cluster (e.g. data classification for the compliance rules). */
  annotations?: Record<string, string>;
  refreshInterval?: Duration;
  /** Bootstrap from a backup (see `PostgresRecovery`); an empty cluster (initdb) when absent. */
  recovery?: PostgresRecovery;
  /**
   * The server certificate as a kubernetes.io/tls Secret that also carries the CA (`ca.crt`),
   * e.g. a cert-manager Certificate's, with every name clients dial (the poolers' Services);
   * CloudNativePG then serves it and verifies nothing else with that CA. Absent: the operator's
   * own self-signed CA, which a client in another namespace cannot read.
   */
  serverTls?: { secretName: string };
  /** A PodMonitor of the instances and the cluster's alerts (the component then needs the monitoring CRDs). Default true. */
  monitoring?: boolean;
}

const CRON6 = /^(\S+\s+){5}\S+$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * PostgreSQL parameters without the ones CloudNativePG's webhook refuses (ssl, ports, WAL
 * archiving, logging, ...): setting one is a compile error here, and `postgresCluster` refuses
 * one that arrives through a cast.
 */
export type PostgresParameters = Readonly<Record<string, string>> & { readonly [K in FixedParameter]?: never };

/** The objects of one PostgreSQL cluster: Cluster, ScheduledBackup, the ExternalSecrets they read, and its PodMonitor and alerts. */
export interface PostgresCluster {
  readonly cluster: Cluster;
  readonly scheduledBackup: ScheduledBackup;
  readonly secrets: readonly ExternalSecret[];
  /** With `monitoring`: the instances' PodMonitor and the cluster's PrometheusRule. */
  readonly monitoring: readonly (PodMonitor | PrometheusRule)[];
  readonly resources: readonly (Cluster | ScheduledBackup | ExternalSecret | PodMonitor | PrometheusRule)[];
}

/**
 * A CloudNativePG cluster with continuous WAL archiving and scheduled base backups to an S3
 * object store, its superuser, object store and role credentials from 1Password. The
 * ScheduledBackup is built from the same options, so a cluster without a schedule cannot be made.
 */
export function postgresCluster(o: PostgresClusterOptions): PostgresCluster {
  const where = { object: `Cluster/${o.namespace}/${o.name}` };
  if (!CRON6.test(o.backup.schedule)) {
    throw new ConfigError(`backup schedule "${o.backup.schedule}" must be a six-field cron (seconds first), e.g. "0 0 2 * * *"`, { ...where, field: "backup.schedule" });
  }
  for (const p of Object.keys(o.parameters ?? {})) {
    if (isFixedParameter(p)) {
      throw new ConfigError(`${p} is a ${FIXED_PARAMETERS[p]} parameter: CloudNativePG's webhook refuses a Cluster that sets it`, { ...where, field: `spec.postgresql.parameters.${p}` });
    }
  }
  if (o.instances < 1) throw new ConfigError("instances must be at least 1", { ...where, field: "instances" });
  if (o.synchronous && o.synchronous.number >= o.instances) {
    throw new ConfigError(`synchronous.number ${o.synchronous.number} must be below instances ${o.instances}`, { ...where, field: "synchronous.number" });
  }
  if (o.recovery) {
    const r = o.recovery;
    if ((r.bucket ?? o.backup.bucket) === o.backup.bucket && r.from === o.name) {
      throw new ConfigError(
        `recovery.from "${r.from}" is this cluster's own backup folder s3://${o.backup.bucket}/${o.name}: barman refuses to archive WAL into a folder that holds another timeline's archive; give the restored cluster a new name`,
        { ...where, field: "recovery.from" },
      );
    }
    if (r.targetTime !== undefined && !RFC3339.test(r.targetTime)) {
      throw new ConfigError(`recovery.targetTime "${r.targetTime}" must be an RFC 3339 time with a zone, e.g. 2026-11-29T08:00:00Z`, { ...where, field: "recovery.targetTime" });
    }
  }
  const encryption = o.backup.encryption ?? "AES256";
  const objectStoreSecret = `${o.name}-object-store`;
  const superuserSecret = `${o.name}-superuser`;
  const roleSecret = (r: ManagedRole) => `${o.name}-${r.name}-credentials`;
  const secrets = [
    externalSecret({ name: superuserSecret, namespace: o.namespace, store: o.store, refreshInterval: o.refreshInterval, data: { username: { item: o.superuser.item, property: "username" }, password: { item: o.superuser.item, property: "password" } } }),
    externalSecret({ name: objectStoreSecret, namespace: o.namespace, store: o.store, refreshInterval: o.refreshInterval, data: { ACCESS_KEY_ID: o.backup.accessKeyId, SECRET_ACCESS_KEY: o.backup.secretAccessKey } }),
    ...(o.roles ?? []).map((r) =>
      externalSecret({
        name: roleSecret(r),
        namespace: o.namespace,
        store: o.store,
        refreshInterval: o.refreshInterval,
        // CNPG reads a basic-auth Secret (username + password) for a managed role.
        secretLabels: { "cnpg.io/reload": "true" },
        data: { username: { item: r.credentials.item, property: "username" }, password: { item: r.credentials.item, property: "password" } },
      }),
    ),
  ];
  const s3Credentials = {
    accessKeyId: { name: objectStoreSecret, key: "ACCESS_KEY_ID" },
    secretAccessKey: { name: objectStoreSecret, key: "SECRET_ACCESS_KEY" },
  };
  const cluster = new Cluster({
    metadata: { name: o.name, namespace: o.namespace, labels: { "app.kubernetes.io/name": "cloudnative-pg", "app.kubernetes.io/component": "cluster" }, ...(o.annotations ? { annotations: o.annotations } : {}) },
    spec: {
      instances: o.instances,
      imageName: `ghcr.io/cloudnative-pg/postgresql:${o.postgresVersion}`,
      postgresql: {
        parameters: { ...o.parameters },
        pg_hba: ["hostssl all all all scram-sha-256"],
        ...(o.synchronous ? { synchronous: o.synchronous } : {}),
      },
      storage: o.storage,
      walStorage: o.walStorage,
      enableSuperuserAccess: true,
      superuserSecret: { name: superuserSecret },
      ...(o.roles?.length
        ? {
            managed: {
              roles: o.roles.map((r) => ({
                name: r.name,
                ensure: "present" as const,
                login: true,
                superuser: false,
                createdb: false,
                createrole: false,
                inherit: true,
                replication: false,
                passwordSecret: { name: roleSecret(r) },
              })),
            },
          }
        : {}),
      backup: {
        barmanObjectStore: {
          destinationPath: `s3://${o.backup.bucket}/${o.name}`,
          endpointURL: o.backup.endpointUrl,
          s3Credentials,
          wal: { compression: "gzip", encryption },
          data: { compression: "gzip", encryption, immediateCheckpoint: true, jobs: 2 },
        },
        retentionPolicy: o.backup.retention,
      },
      ...(o.recovery
        ? {
            bootstrap: { recovery: { source: o.recovery.from, ...(o.recovery.targetTime ? { recoveryTarget: { targetTime: o.recovery.targetTime } } : {}) } },
            externalClusters: [
              {
                name: o.recovery.from,
                barmanObjectStore: {
                  // Cluster X archives under s3://<bucket>/X/X (its destinationPath, then its server name).
                  destinationPath: `s3://${o.recovery.bucket ?? o.backup.bucket}/${o.recovery.from}`,
                  serverName: o.recovery.from,
                  endpointURL: o.backup.endpointUrl,
                  s3Credentials,
                  wal: { maxParallel: 4 },
                },
              },
            ],
          }
        : {}),
      ...(o.serverTls ? { certificates: { serverTLSSecret: o.serverTls.secretName, serverCASecret: o.serverTls.secretName } } : {}),
      // Deprecated in 1.27: the PodMonitor is an object of the component (see `monitoring`).
      monitoring: { enablePodMonitor: false },
      // One instance per node: losing a node loses one copy, never the primary and its standby together.
      affinity: { enablePodAntiAffinity: true, topologyKey: "kubernetes.io/hostname", podAntiAffinityType: "required" },
      // The operator's own budgets: one instance at a time during a drain, the primary last.
      enablePDB: true,
      ...(o.resources ? { resources: o.resources } : {}),
    },
  });
  const scheduledBackup = new ScheduledBackup({
    metadata: { name: `${o.name}-backup`, namespace: o.namespace, labels: { "app.kubernetes.io/name": "cloudnative-pg", "app.kubernetes.io/component": "backup" } },
    spec: { schedule: o.backup.schedule, backupOwnerReference: "self", cluster: { name: o.name }, immediate: false, method: "barmanObjectStore", target: "prefer-standby" },
  });
  const monitoring = (o.monitoring ?? true) ? [clusterPodMonitor(o.name, o.namespace), clusterAlerts({ name: o.name, namespace: o.namespace, instances: o.instances })] : [];
  return { cluster, scheduledBackup, secrets, monitoring, resources: [cluster, scheduledBackup, ...secrets, ...monitoring] };
}
