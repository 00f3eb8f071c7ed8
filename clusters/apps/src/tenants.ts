import { gitlab } from "@k8s-gitops/gitlab";
import { gitlabRunner } from "@k8s-gitops/gitlab-runner";
import type { PlatformValues, SharedLayer } from "@k8s-gitops/platform";
import { dragonfly, postgres, type TenantDatabase, type TenantIdentity } from "@k8s-gitops/tenant";
import type { DataServices } from "./data-services.ts";
import type { Identity } from "./identity.ts";
import { harborHost } from "@k8s-gitops/cluster-apps-values/realm";

/**
 * GitLab as a tenant: its name, its namespace and the database it asks of the shared PostgreSQL.
 * data-services.ts lists `databaseOf(gitlabTenant)` and gives its Dragonfly this namespace, so
 * the database's and cache's sides and the tenant's own cannot name different namespaces.
 */
export const gitlabTenant = {
  name: "gitlab",
  namespace: "gitlab-system",
  database: {
    poolMode: "transaction",
    pool: { maxClientConn: 300, defaultPoolSize: 25, minPoolSize: 10, reservePoolSize: 10 },
    extensions: ["pg_trgm", "btree_gist", "plpgsql", "amcheck"],
  },
} as const satisfies TenantIdentity<"gitlab"> & { database: TenantDatabase };

/**
 * Tenants: GitLab and GitLab Runner, each a typed tenant (namespace at its Pod Security level,
 * quota, limits, the deny-all baseline and only its allowances). GitLab on its pooler and its
 * Dragonfly over TLS, objects on the S3 store, sign-in through the platform realm, its routes on
 * the external gateway; the runner registered with a token from 1Password, its jobs reaching
 * GitLab, the registries, the cache and the internet.
 */
export function tenants(values: PlatformValues, shared: SharedLayer, data: DataServices, identity: Identity) {
  const app = gitlab(
    {
      namespace: gitlabTenant.namespace,
      domain: values.domain,
      host: `gitlab.${values.domain}`,
      registryHost: `gitlab-registry.${values.domain}`,
      gateway: "external",
      database: postgres(data.databases.postgres, gitlabTenant.name),
      cache: dragonfly(data.caches.gitlab),
      objectStore: { endpoint: values.objectStore.endpoint, credentials: "kubernetes/apps/gitlab/s3" },
      oidc: identity.realm.outputs.clients.gitlab,
      rootPassword: { item: "kubernetes/apps/gitlab/root", property: "password" },
      storageClass: shared.volumes.storageClass,
      // Users' identities, their code and issues: personal data.
      data: { classification: "confidential", frameworks: ["gdpr"] },
    },
    {
      cilium: shared.network.cilium,
      secretStore: shared.secrets.store,
      gateways: shared.network.gateways,
      monitoringCrds: shared.monitoring.crds,
      storage: shared.volumes.component,
    },
  );
  const runner = gitlabRunner(
    {
      token: { item: "kubernetes/apps/gitlab/runner-token", property: "token" },
      registries: [harborHost(values), app.gitlab.outputs.registryHost],
      cache: { endpoint: values.objectStore.endpoint, bucket: "gitlab-cache", credentials: "kubernetes/apps/gitlab/s3" },
    },
    { cilium: shared.network.cilium, secretStore: shared.secrets.store, monitoringCrds: shared.monitoring.crds, gitlab: app.gitlab },
  );
  return { gitlabTenant: app.tenant, gitlab: app.gitlab, runnerTenant: runner.tenant, runner: runner.runner };
}
