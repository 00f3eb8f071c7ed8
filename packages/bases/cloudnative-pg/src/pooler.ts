import { ConfigError } from "@k8s-gitops/core";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { Database } from "./generated/models/postgresql.cnpg.io/v1/Database.ts";
import { Pooler } from "./generated/models/postgresql.cnpg.io/v1/Pooler.ts";

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
}

/** A Pooler and the budget that keeps one of its pods up during a drain. */
export interface PgBouncerPooler {
  readonly pooler: Pooler;
  readonly pdb: PodDisruptionBudget;
  readonly resources: readonly (Pooler | PodDisruptionBudget)[];
}

/**
 * A PgBouncer Pooler in front of a cluster's primary: TLS-only client authentication
 * (`POOLER_HBA`), one pod per node, a PodDisruptionBudget. Monitoring stays off until the
 * monitoring CRDs exist (a PodMonitor would fail to apply).
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
  return { pooler: p, pdb, resources: [p, pdb] };
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
