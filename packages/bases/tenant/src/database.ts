import type { PoolSizes, PostgresTenant } from "@k8s-gitops/postgres-shared";

/** What a tenant asks of the shared PostgreSQL: its pooler's mode and sizes, its extensions. */
export interface TenantDatabase {
  /** `session` for clients that keep session state (a JDBC driver's prepared statements), else `transaction`. */
  readonly poolMode: "session" | "transaction";
  readonly pool: PoolSizes;
  readonly extensions?: readonly string[];
}

/** A tenant's name and namespace, and the database it asks for. */
export interface TenantIdentity<N extends string> {
  readonly name: N;
  readonly namespace: string;
  readonly database?: TenantDatabase;
}

/**
 * The shared PostgreSQL's row for a tenant, from the tenant's own value: the role, database and
 * pooler are named after the tenant and only its namespace is admitted, so the two sides of the
 * connection cannot disagree. `sharedPostgres({ tenants: [databaseOf(gitlab), ...] })`.
 */
export function databaseOf<const N extends string>(t: TenantIdentity<N> & { readonly database: TenantDatabase }): PostgresTenant<N> {
  return { name: t.name, namespace: t.namespace, poolMode: t.database.poolMode, pool: t.database.pool, ...(t.database.extensions ? { extensions: t.database.extensions } : {}) };
}
