import { ConfigError } from "@k8s-gitops/core";
import type { PodMonitor, PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { Database } from "./generated/models/postgresql.cnpg.io/v1/Database.ts";
import { Pooler } from "./generated/models/postgresql.cnpg.io/v1/Pooler.ts";
import { poolerAlerts, poolerPodMonitor } from "./monitoring.ts";

/** The port PgBouncer listens on in a CloudNativePG Pooler (fixed by the operator). */
export const POOLER_PORT = 5432;

/**
 * PgBouncer's host-based authentication: TLS with SCRAM or nothing. PgBouncer takes the first
 * matching line, so a client without TLS meets the reject line before any default the operator
 * appends. PgBouncer serves TLS with the cluster's server certificate.
 */
export const POOLER_HBA = ["hostssl all all all scram-sha-256", "host all all all reject"] as const;

export interface PoolerOptions {
  /** The Pooler and its Service; must differ from the cluster's name. */
  name: string;
  namespace: string;
  /** The CloudNativePG Cluster it pools connections to (its primary, `rw`). */
  cluster: string;
  /** PgBouncer pods, each on its own node. */
  instances: number;
  /** `transaction` for stateless clients, `session` for clients that keep session state (prepared statements, advisory locks). */
  poolMode: "session" | "transaction";
  /** PgBouncer settings (pool sizes, timeouts). */
  parameters?: Readonly<Record<string, string>>;
  resources: { requests: { cpu: string; memory: string }; limits: { cpu: string; memory: string } };
  labels?: Readonly<Record<string, string>>;
  /** A PodMonitor of PgBouncer's exporter and the pooler's alerts (the component then needs the monitoring CRDs). Default true. */
  monitoring?: boolean;
}

/** A Pooler, the budget that keeps one of its pods up during a drain, and its PodMonitor and alerts. */
export interface PgBouncerPooler {
  readonly pooler: Pooler;
  readonly pdb: PodDisruptionBudget;
  /** With `monitoring`: the PodMonitor and the PrometheusRule, both named after the pooler. */
  readonly monitoring: readonly (PodMonitor | PrometheusRule)[];
  readonly resources: readonly (Pooler | PodDisruptionBudget | PodMonitor | PrometheusRule)[];
}

/**
 * A PgBouncer Pooler in front of a cluster's primary: TLS-only client authentication
 * (`POOLER_HBA`), one pod per node, a PodDisruptionBudget, and (with `monitoring`) a PodMonitor
 * and alerts whose thresholds are its own pool sizes. The Pooler's `enablePodMonitor` is off:
 * deprecated like the Cluster's.
 */
export function pooler(o: PoolerOptions): PgBouncerPooler {
  const where = { object: `Pooler/${o.namespace}/${o.name}` };
  if (o.name === o.cluster) throw new ConfigError(`the Pooler's name must differ from its cluster's (${o.cluster}): CloudNativePG names the Services after both`, { ...where, field: "metadata.name" });
  if (o.instances < 2) throw new ConfigError(`instances ${o.instances}: a pooler needs at least 2 pods, or a drain cuts every tenant connection`, { ...where, field: "spec.instances" });
  const selector = { "cnpg.io/poolerName": o.name };
  const labels = { "app.kubernetes.io/name": "cloudnative-pg", "app.kubernetes.io/component": "pooler", ...o.labels };
  const p = new Pooler({
    metadata: { name: o.name, namespace: o.namespace, labels },
    spec: {
      cluster: { name: o.cluster },
      instances: o.instances,
      type: "rw",
      pgbouncer: { poolMode: o.poolMode, ...(o.parameters ? { parameters: { ...o.parameters } } : {}), pg_hba: [...POOLER_HBA] },
      monitoring: { enablePodMonitor: false },
      template: {
        metadata: { labels },
        spec: {
          // The operator merges its pgbouncer container with this one by name.
          containers: [{ name: "pgbouncer", resources: o.resources }],
          affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: selector }, topologyKey: "kubernetes.io/hostname" }] } },
        },
      },
    },
  });
  const pdb = new PodDisruptionBudget({
    metadata: { name: o.name, namespace: o.namespace, labels },
    spec: { maxUnavailable: 1, selector: { matchLabels: selector } },
  });
  const size = (key: string): number | undefined => {
    const v = o.parameters?.[key];
    return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
  };
  const monitoring =
    (o.monitoring ?? true)
      ? [
          poolerPodMonitor(o.name, o.namespace),
          poolerAlerts({ name: o.name, namespace: o.namespace, instances: o.instances, maxClientConn: size("max_client_conn"), defaultPoolSize: size("default_pool_size") }),
        ]
      : [];
  return { pooler: p, pdb, monitoring, resources: [p, pdb, ...monitoring] };
}

export interface DatabaseOptions {
  /** The database's name, also the Database object's name. */
  name: string;
  namespace: string;
  cluster: string;
  /** The managed role that owns it. */
  owner: string;
  extensions?: readonly string[];
}

/** A database the operator creates in a cluster, owned by a managed role; kept when the object goes. */
export function database(o: DatabaseOptions): Database {
  return new Database({
    metadata: { name: o.name, namespace: o.namespace, labels: { "app.kubernetes.io/name": "cloudnative-pg", "app.kubernetes.io/component": "database" } },
    spec: {
      cluster: { name: o.cluster },
      name: o.name,
      owner: o.owner,
      ensure: "present",
      databaseReclaimPolicy: "retain",
      ...(o.extensions?.length ? { extensions: o.extensions.map((name) => ({ name, ensure: "present" as const })) } : {}),
    },
  });
}
