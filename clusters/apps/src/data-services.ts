import type { PlatformValues, SharedLayer } from "@k8s-gitops/platform";
import { cnpgOperator } from "@k8s-gitops/cloudnative-pg";
import { dragonfly, dragonflyOperator } from "@k8s-gitops/dragonfly";
import { kafkaCluster, strimziOperator } from "@k8s-gitops/strimzi";
import { sharedPostgres } from "@k8s-gitops/postgres-shared";
import { databaseOf } from "@k8s-gitops/tenant";
// A value import the other way would be a cycle: tenants.ts takes only the DataServices type from here.
import { gitlabTenant } from "./tenants.ts";

/**
 * The apps cluster's data services, next to their tenants: the shared PostgreSQL (a Database and
 * a Pooler per tenant), a Dragonfly per cache tenant and Kafka. Their typed outputs (connections)
 * feed the workloads.
 */
export function dataServices(values: PlatformValues, shared: SharedLayer) {
  const base = { cilium: shared.network.cilium, coredns: shared.network.coredns, monitoringCrds: shared.monitoring.crds };
  const storage = shared.volumes;
  const cnpg = cnpgOperator({}, base);
  const pool = (maxClientConn: number, defaultPoolSize: number, minPoolSize: number, reservePoolSize: number) => ({ maxClientConn, defaultPoolSize, minPoolSize, reservePoolSize });
  const postgres = sharedPostgres(
    {
      // Not shared-postgres: its archive folder must not meet the one the infra cluster's old
      // instance wrote to in the same bucket (see docs/data-services.md, moving the data).
      name: "postgres-apps",
      storageClass: storage.storageClass,
      secretsPath: "kubernetes/apps/cloudnative-pg",
      tenants: [
        { name: "harbor", namespace: "harbor", poolMode: "transaction", pool: pool(200, 15, 5, 5), extensions: ["uuid-ossp"] },
        // Keycloak's JDBC driver keeps session state (prepared statements): session pooling.
        { name: "keycloak", namespace: "keycloak-system", poolMode: "session", pool: pool(200, 20, 10, 5) },
        // The tenant's own value: its namespace and pooler settings live with the tenant (tenants.ts).
        databaseOf(gitlabTenant),
        { name: "synergyflow", namespace: "synergyflow", poolMode: "transaction", pool: pool(150, 10, 5, 5) },
      ],
      backup: { endpointUrl: values.objectStore.endpoint, bucket: "monosense-cnpg", schedule: "0 0 2 * * *" },
      // Identities (Keycloak) and users (GitLab, Harbor) are personal data: GDPR applies.
      data: { classification: "confidential", frameworks: ["gdpr"] },
    },
    { cnpgOperator: cnpg, secretStore: shared.secrets.store, storage: storage.component, issuers: shared.certificates.issuers, monitoringCrds: shared.monitoring.crds },
  );
  const databases = { operator: cnpg, postgres };

  // Harbor's job queue and GitLab's sessions and Sidekiq queues: one instance each, in a namespace
  // of its own, so a tenant's allowance reaches its instance and no other.
  const cacheTenants = { harbor: "harbor", gitlab: gitlabTenant.namespace } as const;
  const dragonflyOp = dragonflyOperator({ instanceNamespaces: Object.keys(cacheTenants).map((t) => `dragonfly-${t}`) }, base);
  const cacheInstance = (tenant: keyof typeof cacheTenants) =>
    dragonfly(
      {
        name: `dragonfly-${tenant}`,
        namespace: `dragonfly-${tenant}`,
        tenantNamespace: cacheTenants[tenant],
        passwordItem: `kubernetes/apps/dragonfly/${tenant}`,
        // Queues survive a restart of every pod: snapshots every 6 hours.
        snapshot: { cron: "0 */6 * * *", storageClass: storage.storageClass, size: "10Gi" },
      },
      { dragonflyOperator: dragonflyOp, issuers: shared.certificates.issuers, secretStore: shared.secrets.store, storage: storage.component, monitoringCrds: shared.monitoring.crds },
    );
  const caches = { operator: dragonflyOp, harbor: cacheInstance("harbor"), gitlab: cacheInstance("gitlab") };

  // Kafka in KRaft mode; SynergyFlow is its first tenant, with one topic and one SCRAM user.
  const strimzi = strimziOperator({ watchNamespaces: ["kafka"] }, base);
  const messaging = {
    operator: strimzi,
    kafka: kafkaCluster(
      {
        name: "kafka",
        namespace: "kafka",
        storageClass: storage.storageClass,
        topics: [{ name: "synergyflow-events", partitions: 6, replicas: 3, config: { "retention.ms": 604800000, "cleanup.policy": "delete", "min.insync.replicas": 2 } }],
        users: [
          {
            name: "synergyflow",
            namespace: "synergyflow",
            acls: [
              { resource: { type: "topic", name: "synergyflow-", patternType: "prefix" }, operations: ["Read", "Write", "Describe"] },
              { resource: { type: "group", name: "synergyflow-", patternType: "prefix" }, operations: ["Read", "Describe"] },
            ],
          },
        ],
      },
      { strimziOperator: strimzi, storage: storage.component, monitoringCrds: shared.monitoring.crds },
    ),
  };

  return { databases, caches, messaging };
}

export type DataServices = ReturnType<typeof dataServices>;
