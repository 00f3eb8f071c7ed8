import { Cluster, isFixedParameter } from "@k8s-gitops/cloudnative-pg";
import { ANNOTATIONS } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import type { SecretStoreOutputs } from "@k8s-gitops/external-secrets";
import { describe, expect, it } from "vitest";
import { DEFAULT_PARAMETERS, sharedPostgres } from "../src/index.ts";

const secretStore = standIn<SecretStoreOutputs>("external-secrets-store", { outputs: { storeRef: { kind: "ClusterSecretStore", name: "onepassword" } } });
const cnpgOperator = standIn("cloudnative-pg");
const storage = standIn("openebs");
const deps = { cnpgOperator, secretStore, storage };
const base = {
  storageClass: "openebs-local-nvme",
  secretsPath: "kubernetes/infra/cloudnative-pg",
  tenants: ["harbor", "keycloak", "gitlab"],
  backup: { endpointUrl: "http://10.25.11.3:9000", bucket: "monosense-cnpg", schedule: "0 0 2 * * *", retention: "30d" },
  data: { classification: "confidential", frameworks: ["gdpr"] },
} as const;

describe("sharedPostgres", () => {
  it("runs 3 instances with synchronous replication and a role per tenant", () => {
    const c = sharedPostgres(base, deps);
    const pg = c.resources.find((r): r is Cluster => Cluster.is(r))!;
    expect(pg.metadata?.name).toBe("shared-postgres");
    expect(pg.spec.instances).toBe(3);
    expect(pg.spec.postgresql?.synchronous).toEqual({ method: "any", number: 1, maxStandbyNamesFromCluster: 2, dataDurability: "preferred" });
    expect(pg.spec.managed?.roles?.map((r) => r.name)).toEqual(["harbor", "keycloak", "gitlab"]);
    expect(c.dependsOn).toEqual([cnpgOperator, secretStore, storage]);
    expect(c.healthChecks).toEqual([{ apiVersion: "postgresql.cnpg.io/v1", kind: "Cluster", name: "shared-postgres", namespace: "cnpg-system" }]);
  });

  it("declares its data for the compliance rules", () => {
    const pg = sharedPostgres(base, deps).resources.find((r): r is Cluster => Cluster.is(r))!;
    expect(pg.metadata?.annotations).toMatchObject({ [ANNOTATIONS.classification]: "confidential", [ANNOTATIONS.compliance]: "gdpr" });
  });

  it("lets its pods reach the backup object store, by address or by name", () => {
    expect(sharedPostgres(base, deps).network).toEqual({ namespace: "cnpg-system", egressCidrs: [{ name: "allow-object-store", cidrs: ["10.25.11.3/32"], ports: [9000] }] });
    const named = sharedPostgres({ ...base, backup: { ...base.backup, endpointUrl: "https://s3.example.org" } }, deps);
    expect(named.network?.egressFqdns).toEqual([{ name: "allow-object-store", hosts: [{ name: "s3.example.org" }], ports: [443] }]);
  });

  it("sets no parameter the operator's webhook refuses", () => {
    expect(Object.keys(DEFAULT_PARAMETERS).filter(isFixedParameter)).toEqual([]);
  });

  it("takes each credential from its 1Password item under the cluster's path", () => {
    const c = sharedPostgres(base, deps);
    const keys = c.resources.filter((r) => r.kind === "ExternalSecret").map((r) => r.metadata?.name);
    expect(keys).toEqual(["shared-postgres-superuser", "shared-postgres-object-store", "shared-postgres-harbor-credentials", "shared-postgres-keycloak-credentials", "shared-postgres-gitlab-credentials"]);
  });
});
