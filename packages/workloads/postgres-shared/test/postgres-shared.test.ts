import { Cluster } from "@k8s-gitops/cloudnative-pg";
import { component } from "@k8s-gitops/core";
import { externalSecrets } from "@k8s-gitops/external-secrets";
import { describe, expect, it } from "vitest";
import { sharedPostgres } from "../src/index.ts";

const secrets = externalSecrets({ connectHost: "http://opconnect.monosense.dev", vault: "Infra", connectTokenSecret: { name: "t", key: "token" } });
const operator = component({ name: "cloudnative-pg", resources: [] });
const storage = component({ name: "openebs", resources: [] });
const base = {
  storageClass: "openebs-local-nvme",
  secretsPath: "kubernetes/infra/cloudnative-pg",
  tenants: ["harbor", "keycloak", "gitlab"],
  backup: { endpointUrl: "http://10.25.11.3:9000", bucket: "monosense-cnpg", schedule: "0 0 2 * * *", retention: "30d" },
} as const;

describe("sharedPostgres", () => {
  it("is the reference's shared-postgres: 3 instances, sync replication, a role per tenant", () => {
    const c = sharedPostgres(base, { operator, secrets: secrets.store, storage });
    const pg = c.resources.find((r): r is Cluster => Cluster.is(r))!;
    expect(pg.metadata?.name).toBe("shared-postgres");
    expect(pg.spec.instances).toBe(3);
    expect(pg.spec.postgresql?.synchronous).toEqual({ method: "any", number: 1, maxStandbyNamesFromCluster: 2, dataDurability: "preferred" });
    expect(pg.spec.managed?.roles?.map((r) => r.name)).toEqual(["harbor", "keycloak", "gitlab"]);
    expect(c.dependsOn).toEqual([operator, secrets.store, storage]);
    expect(c.healthChecks).toEqual([{ apiVersion: "postgresql.cnpg.io/v1", kind: "Cluster", name: "shared-postgres", namespace: "cnpg-system" }]);
  });

  it("takes each credential from its 1Password item under the cluster's path", () => {
    const c = sharedPostgres(base, { operator, secrets: secrets.store, storage });
    const keys = c.resources.filter((r) => r.kind === "ExternalSecret").map((r) => r.metadata?.name);
    expect(keys).toEqual(["shared-postgres-superuser", "shared-postgres-object-store", "shared-postgres-harbor-credentials", "shared-postgres-keycloak-credentials", "shared-postgres-gitlab-credentials"]);
  });

  it("lets the cluster decorate the objects (e.g. declare the data they hold)", () => {
    const c = sharedPostgres({ ...base, decorate: (o) => [o.cluster] }, { operator, secrets: secrets.store, storage });
    expect(c.resources.map((r) => r.kind)).toEqual(["Cluster"]);
  });
});
