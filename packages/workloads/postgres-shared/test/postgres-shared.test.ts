import { Cluster, Database, isFixedParameter, Pooler, POOLER_HBA } from "@k8s-gitops/cloudnative-pg";
import { ANNOTATIONS, cluster, component, render, type Component, type Resource } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { caTrust, internalCaIssuer, type IssuerOutputs } from "@k8s-gitops/cert-manager";
import type { SecretStoreOutputs } from "@k8s-gitops/external-secrets";
import { Certificate } from "@kubernetes-models/cert-manager/cert-manager.io/v1";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { ConfigMap } from "kubernetes-models/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { DEFAULT_PARAMETERS, retentionFor, sharedPostgres, type SharedPostgresOutputs } from "../src/index.ts";

const secretStore = standIn<SecretStoreOutputs>("external-secrets-store", { outputs: { storeRef: { kind: "ClusterSecretStore", name: "onepassword" } } });
const cnpgOperator = standIn("cloudnative-pg");
const storage = standIn("openebs");
const issuers = standIn<IssuerOutputs>("cert-manager-issuers", {
  outputs: {
    wildcardSecret: { namespace: "kube-system", name: "wildcard-tls" },
    wildcardNames: [],
    clusterIssuers: { staging: "letsencrypt-staging", production: "letsencrypt-production" },
    internalCa: internalCaIssuer,
  },
});
const monitoringCrds = standIn("prometheus-operator-crds", { bootstrapPhase: 1 });
const deps = { cnpgOperator, secretStore, storage, issuers, monitoringCrds };
const pool = { maxClientConn: 200, defaultPoolSize: 15, minPoolSize: 5, reservePoolSize: 5 };
const base = {
  storageClass: "openebs-local-nvme",
  secretsPath: "kubernetes/apps/cloudnative-pg",
  tenants: [
    { name: "harbor", namespace: "harbor", poolMode: "transaction", pool, extensions: ["uuid-ossp"] },
    { name: "keycloak", namespace: "keycloak-system", poolMode: "session", pool },
    { name: "gitlab", namespace: "gitlab-system", poolMode: "transaction", pool },
  ],
  backup: { endpointUrl: "http://10.25.11.3:9000", bucket: "monosense-cnpg", schedule: "0 0 2 * * *" },
  data: { classification: "confidential", frameworks: ["gdpr"] },
} as const;
const pg = sharedPostgres(base, deps);
const of = <T extends Resource>(is: (r: Resource) => r is T): T[] => pg.resources.filter(is);
const pgCluster = of((r): r is Cluster => Cluster.is(r))[0]!;

describe("sharedPostgres", () => {
  it("runs 3 instances with synchronous replication and a role per tenant", () => {
    expect(pgCluster.metadata?.name).toBe("shared-postgres");
    expect(pgCluster.spec.instances).toBe(3);
    expect(pgCluster.spec.postgresql?.synchronous).toEqual({ method: "any", number: 1, maxStandbyNamesFromCluster: 2, dataDurability: "preferred" });
    expect(pgCluster.spec.managed?.roles?.map((r) => r.name)).toEqual(["harbor", "keycloak", "gitlab"]);
    expect(pgCluster.spec.affinity?.podAntiAffinityType).toBe("required");
    expect(pgCluster.spec.storage).toEqual({ storageClass: "openebs-local-nvme", size: "80Gi" });
    expect(pg.dependsOn).toEqual([cnpgOperator, secretStore, storage, issuers, monitoringCrds]);
    expect(pg.healthChecks).toEqual([{ apiVersion: "postgresql.cnpg.io/v1", kind: "Cluster", name: "shared-postgres", namespace: "cnpg-system" }]);
  });

  it("gives each tenant a database it owns and a TLS-only pooler with its pool mode and a budget", () => {
    expect(of((r): r is Database => Database.is(r)).map((d) => [d.spec.name, d.spec.owner, d.spec.extensions?.map((e) => e.name)])).toEqual([
      ["harbor", "harbor", ["uuid-ossp"]],
      ["keycloak", "keycloak", undefined],
      ["gitlab", "gitlab", undefined],
    ]);
    const poolers = of((r): r is Pooler => Pooler.is(r));
    expect(poolers.map((p) => [p.metadata?.name, p.spec.pgbouncer.poolMode, p.spec.pgbouncer.parameters?.["server_reset_query"], p.spec.instances])).toEqual([
      ["harbor-pooler", "transaction", "DISCARD ALL", 2],
      ["keycloak-pooler", "session", "", 2],
      ["gitlab-pooler", "transaction", "DISCARD ALL", 2],
    ]);
    expect(poolers.every((p) => JSON.stringify(p.spec.pgbouncer.pg_hba) === JSON.stringify(POOLER_HBA))).toBe(true);
    expect(poolers[0]!.spec.pgbouncer.parameters).toMatchObject({ max_client_conn: "200", default_pool_size: "15", min_pool_size: "5", reserve_pool_size: "5" });
    expect(of((r): r is PodDisruptionBudget => PodDisruptionBudget.is(r)).map((p) => p.metadata?.name)).toEqual(["harbor-pooler", "keycloak-pooler", "gitlab-pooler"]);
  });

  it("scrapes the instances and every pooler, with the cluster's and each pooler's alerts, by default; nothing with monitoring: false", () => {
    const kindName = (rs: readonly Resource[], kind: string) => rs.filter((r) => r.kind === kind).map((r) => r.metadata?.name);
    expect(kindName(pg.resources, "PodMonitor")).toEqual(["shared-postgres", "harbor-pooler", "keycloak-pooler", "gitlab-pooler"]);
    expect(kindName(pg.resources, "PrometheusRule")).toEqual(["shared-postgres", "harbor-pooler", "keycloak-pooler", "gitlab-pooler"]);
    // The pool sizes of each tenant are its pooler's thresholds.
    const harbor = pg.resources.find((r): r is PrometheusRule => PrometheusRule.is(r) && r.metadata?.name === "harbor-pooler");
    expect(harbor?.spec.groups?.[0]?.rules?.find((r) => r.alert === "CNPGPoolerServerPoolExhausted")?.expr).toMatch(/>= 15$/);
    const off = sharedPostgres({ ...base, monitoring: false }, deps);
    expect(off.resources.some((r) => r.kind === "PodMonitor" || r.kind === "PrometheusRule")).toBe(false);
  });

  it("serves a certificate of the platform's internal CA with the poolers' names, so clients verify the host", () => {
    const cert = of((r): r is Certificate => Certificate.is(r))[0]!;
    expect(cert.spec?.issuerRef).toEqual(internalCaIssuer);
    expect(cert.spec?.dnsNames).toContain("harbor-pooler.cnpg-system.svc");
    expect(cert.spec?.dnsNames).toContain("gitlab-pooler.cnpg-system.svc.cluster.local");
    expect(cert.spec?.dnsNames).toContain("shared-postgres-rw.cnpg-system.svc");
    expect(cert.spec?.dnsNames).toHaveLength(24);
    expect(pgCluster.spec.certificates).toEqual({ serverTLSSecret: "shared-postgres-server-tls", serverCASecret: "shared-postgres-server-tls" });
    expect(pg.dependsOn).toContain(issuers);
  });

  it("lets each tenant's namespace reach its own pooler only, on PgBouncer's port, and reaches the backup object store", () => {
    expect(pg.network).toEqual({
      namespace: "cnpg-system",
      egressCidrs: [{ name: "allow-object-store", cidrs: ["10.25.11.3/32"], ports: [9000] }],
      ingressFrom: [
        { namespace: "harbor", ports: [5432], localPods: { "cnpg.io/poolerName": "harbor-pooler" } },
        { namespace: "keycloak-system", ports: [5432], localPods: { "cnpg.io/poolerName": "keycloak-pooler" } },
        { namespace: "gitlab-system", ports: [5432], localPods: { "cnpg.io/poolerName": "gitlab-pooler" } },
      ],
    });
    const named = sharedPostgres({ ...base, backup: { ...base.backup, endpointUrl: "https://s3.example.org" } }, deps);
    expect(named.network?.egressFqdns).toEqual([{ name: "allow-object-store", hosts: [{ name: "s3.example.org" }], ports: [443] }]);
  });

  it("declares its data and keeps backups as long as its data class requires", () => {
    expect(pgCluster.metadata?.annotations).toMatchObject({ [ANNOTATIONS.classification]: "confidential", [ANNOTATIONS.compliance]: "gdpr" });
    expect(pgCluster.spec.backup?.retentionPolicy).toBe("30d");
    expect(retentionFor({ classification: "confidential", frameworks: ["gdpr"] })).toBe("30d");
    expect(retentionFor({ classification: "restricted", frameworks: ["gdpr", "hipaa"] })).toBe("72m");
    expect(retentionFor({ classification: "restricted", frameworks: ["sox", "pci-dss"] })).toBe("84m");
    expect(retentionFor({ classification: "internal" })).toBe("30d");
  });

  it("sets no parameter the operator's webhook refuses", () => {
    expect(Object.keys(DEFAULT_PARAMETERS).filter(isFixedParameter)).toEqual([]);
  });

  it("takes each credential from its 1Password item under the cluster's path", () => {
    const names = pg.resources.filter((r) => r.kind === "ExternalSecret").map((r) => r.metadata?.name);
    expect(names).toEqual(["shared-postgres-superuser", "shared-postgres-object-store", "shared-postgres-harbor-credentials", "shared-postgres-keycloak-credentials", "shared-postgres-gitlab-credentials"]);
  });

  it("restores from the object store when asked", () => {
    const restored = sharedPostgres({ ...base, name: "shared-postgres-2", recovery: { from: "shared-postgres" } }, deps).resources.find((r): r is Cluster => Cluster.is(r))!;
    expect(restored.spec.bootstrap).toEqual({ recovery: { source: "shared-postgres" } });
  });

  it("refuses two tenants with one name or one namespace", () => {
    expect(() => sharedPostgres({ ...base, tenants: [base.tenants[0], { ...base.tenants[1], namespace: "harbor" }] }, deps)).toThrowError(
      'component postgres-shared, field tenants.namespace: two tenants have the namespace "harbor"',
    );
  });
});

describe("sharedPostgres outputs", () => {
  it("are each tenant's connection facts, by a name that must exist", () => {
    expect(pg.outputs.connections.harbor).toEqual({
      host: "harbor-pooler.cnpg-system.svc",
      port: 5432,
      database: "harbor",
      user: "harbor",
      secret: { namespace: "cnpg-system", name: "shared-postgres-harbor-credentials" },
      credentials: { item: "kubernetes/apps/cloudnative-pg/harbor" },
      ca: { issuer: internalCaIssuer, key: "ca.crt" },
      sslMode: "verify-full",
    });
    expect(Object.keys(pg.outputs.connections)).toEqual(["harbor", "keycloak", "gitlab"]);
    // @ts-expect-error "harbour" is not a tenant: the key set is the tenants' names.
    expect(pg.outputs.connections.harbour).toBeUndefined();
  });

  it("are what a tenant component reads to configure itself and to ask for egress", () => {
    // A consumer that takes any cluster offering a "keycloak" tenant.
    const keycloak = (db: Component<SharedPostgresOutputs<"keycloak">>) => {
      const c = db.outputs.connections.keycloak;
      return component({
        name: "keycloak",
        namespace: "keycloak-system",
        dependsOn: [db],
        resources: [
          // The CA, in the tenant's own namespace: a certificate from the same issuer carries it.
          caTrust({ name: "keycloak-db-ca", namespace: "keycloak-system", issuer: c.ca.issuer }),
          new ConfigMap({
            metadata: { name: "keycloak-db", namespace: "keycloak-system" },
            data: { KC_DB_URL: `jdbc:postgresql://${c.host}:${c.port}/${c.database}?sslmode=${c.sslMode}`, KC_DB_USERNAME: c.user },
          }),
        ],
        network: { namespace: "keycloak-system", egressTo: [{ namespace: c.secret.namespace, ports: [c.port] }] },
      });
    };
    const consumer = keycloak(pg);
    const tree = render(cluster({ name: "apps", values: {}, components: [deps, pg, consumer] }));
    const cm = parse(tree.files.get("components/keycloak/configmap-keycloak-db.yaml")!) as { data: Record<string, string> };
    expect(cm.data).toEqual({ KC_DB_URL: "jdbc:postgresql://keycloak-pooler.cnpg-system.svc:5432/keycloak?sslmode=verify-full", KC_DB_USERNAME: "keycloak" });
    expect(consumer.network?.egressTo).toEqual([{ namespace: "cnpg-system", ports: [5432] }]);
    const trust = parse(tree.files.get("components/keycloak/certificate-keycloak-db-ca.yaml")!) as { spec: { issuerRef: unknown } };
    expect(trust.spec.issuerRef).toEqual(internalCaIssuer);
    const only = sharedPostgres({ ...base, tenants: [base.tenants[0]] }, deps);
    // @ts-expect-error a cluster without a keycloak tenant cannot feed the keycloak consumer.
    expect(() => keycloak(only)).toThrow();
  });
});
