import { Certificate } from "@kubernetes-models/cert-manager/cert-manager.io/v1";
import { ExternalSecret, SecretStore } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { cluster, render, type Component, type OidcClient } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import type { DragonflyConnection } from "@k8s-gitops/dragonfly";
import type { SecretStoreOutputs } from "@k8s-gitops/external-secrets";
import { testGateways } from "@k8s-gitops/gateway/testing";
import type { PostgresConnection, SharedPostgresOutputs } from "@k8s-gitops/postgres-shared";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1";
import { Role } from "kubernetes-models/rbac.authorization.k8s.io/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { describe, expect, it } from "vitest";
import { caBundle, defaults, harbor, SECRETS, type HarborDeps, type HarborOptions, type HarborValues } from "../src/index.ts";

const connection: PostgresConnection = {
  host: "harbor-pooler.cnpg-system.svc",
  port: 5432,
  database: "harbor",
  user: "harbor",
  secret: { namespace: "cnpg-system", name: "postgres-apps-harbor-credentials" },
  credentials: { item: "kubernetes/apps/cloudnative-pg/harbor" },
  ca: { issuer: { name: "platform-internal-ca", kind: "ClusterIssuer", group: "cert-manager.io" }, key: "ca.crt" },
  sslMode: "verify-full",
};
const cacheConnection: DragonflyConnection = {
  host: "dragonfly-harbor.dragonfly-harbor.svc",
  port: 6379,
  tls: true,
  password: { namespace: "dragonfly-harbor", name: "dragonfly-harbor-auth", key: "password", item: "kubernetes/apps/dragonfly/harbor" },
  ca: { issuer: { name: "platform-internal-ca", kind: "ClusterIssuer", group: "cert-manager.io" }, key: "ca.crt" },
};
const client: OidcClient = {
  issuerUrl: "https://sso.monosense.io/realms/platform",
  clientId: "harbor",
  secret: { item: "kubernetes/apps/keycloak/clients/harbor", property: "client-secret" },
  redirectUris: ["https://harbor.monosense.io/c/oidc/callback"],
};

function depsWith(db: PostgresConnection = connection, cache: DragonflyConnection = cacheConnection): HarborDeps {
  return {
    gateways: testGateways(),
    secretStore: standIn<SecretStoreOutputs>("external-secrets-store", { outputs: { storeRef: { kind: "ClusterSecretStore", name: "onepassword" } } }),
    postgres: standIn<SharedPostgresOutputs<"harbor">>("postgres-shared", { outputs: { connections: { harbor: db } } }),
    dragonfly: standIn<{ connection: DragonflyConnection }>("dragonfly-harbor", { outputs: { connection: cache } }),
    storage: standIn("rook-ceph-cluster"),
    monitoringCrds: standIn("prometheus-operator-crds"),
  };
}

const options: HarborOptions = {
  cluster: "apps",
  host: "harbor.monosense.io",
  objectStore: { endpoint: "https://s3.monosense.io:9000" },
  credentials: { admin: "kubernetes/apps/harbor/admin", core: "kubernetes/apps/harbor/core", s3: "kubernetes/apps/harbor/s3" },
  storageClass: "rook-ceph-block",
};

const releaseOf = (c: Component) => c.resources.find((r): r is HelmRelease => HelmRelease.is(r))!;
const valuesOf = (c: Component) => releaseOf(c).spec?.values as HarborValues;
const externalSecret = (c: Component, name: string) => c.resources.find((r): r is ExternalSecret => ExternalSecret.is(r) && r.metadata?.name === name);

describe("harbor", () => {
  it("renders in a cluster with its dependencies", () => {
    const deps = depsWith();
    const files = render(cluster({ name: "apps", values: {}, components: [...deps.gateways.dependsOn, ...Object.values(deps), harbor(options, deps)] })).files;
    expect(files.has("components/harbor/helmrelease-harbor.yaml")).toBe(true);
    expect(files.has("components/harbor/certificate-harbor-trust-platform-internal-ca.yaml")).toBe(true);
  });

  it("takes the database, cache and object store settings from the typed connections", () => {
    const v = valuesOf(harbor(options, depsWith()));
    expect(v.database?.external).toEqual({ existingSecret: SECRETS.database, host: "harbor-pooler.cnpg-system.svc", port: "5432", username: "harbor", coreDatabase: "harbor", sslmode: "verify-full" });
    expect(v.redis?.external?.addr).toBe("dragonfly-harbor.dragonfly-harbor.svc:6379");
    expect(v.redis?.external?.tlsOptions).toEqual({ enable: true });
    expect(v.persistence?.imageChartStorage?.s3).toMatchObject({ regionendpoint: "https://s3.monosense.io:9000", secure: true, skipverify: false, existingSecret: SECRETS.s3 });
    // The password is read from the Secret at install, never written into the values.
    expect(releaseOf(harbor(options, depsWith())).spec?.valuesFrom).toEqual([{ kind: "Secret", name: SECRETS.redis, valuesKey: "password", targetPath: "redis.external.password" }]);
  });

  it("follows a change of the connections into the render", () => {
    const moved = harbor(
      { ...options, objectStore: { endpoint: "https://minio.example.org" } },
      depsWith(
        {
          ...connection,
          host: "registry-pooler.databases.svc",
          port: 6432,
          database: "registry",
          user: "registry",
          secret: { namespace: "databases", name: "x" },
          ca: { issuer: { name: "other-ca", kind: "ClusterIssuer", group: "cert-manager.io" }, key: "ca.crt" },
        },
        {
          ...cacheConnection,
          host: "cache.cache-ns.svc",
          port: 7000,
          password: { ...cacheConnection.password, namespace: "cache-ns", item: "kubernetes/apps/cache" },
        },
      ),
    );
    const v = valuesOf(moved);
    expect(v.database?.external).toMatchObject({ host: "registry-pooler.databases.svc", port: "6432", username: "registry", coreDatabase: "registry" });
    expect(v.redis?.external?.addr).toBe("cache.cache-ns.svc:7000");
    expect(v.persistence?.imageChartStorage?.s3?.regionendpoint).toBe("https://minio.example.org");
    expect(moved.network?.egressTo).toEqual([
      { namespace: "databases", podLabels: { "cnpg.io/poolerName": "registry-pooler" }, ports: [6432] },
      { namespace: "cache-ns", ports: [7000] },
    ]);
    expect(moved.network?.egressFqdns).toEqual([{ name: "allow-object-store", hosts: [{ name: "minio.example.org" }], ports: [443] }]);
    expect(externalSecret(moved, SECRETS.redis)?.spec?.data?.[0]?.remoteRef).toEqual({ key: "kubernetes/apps/cache", property: "password" });
    // Two issuers now: a trust certificate from each in Harbor's namespace, joined into one bundle.
    const trust = moved.resources.filter((r): r is Certificate => Certificate.is(r));
    expect(trust.map((c) => [c.spec?.secretName, c.spec?.issuerRef.name])).toEqual([
      ["harbor-trust-other-ca", "other-ca"],
      ["harbor-trust-platform-internal-ca", "platform-internal-ca"],
    ]);
    const bundle = externalSecret(moved, SECRETS.caBundle);
    expect(bundle?.spec?.data?.map((d) => [d.sourceRef?.storeRef?.name, d.remoteRef.key, d.remoteRef.property])).toEqual([
      ["ca-harbor", "harbor-trust-other-ca", "ca.crt"],
      ["ca-harbor", "harbor-trust-platform-internal-ca", "ca.crt"],
    ]);
    expect(valuesOf(moved).caBundleSecretName).toBe(SECRETS.caBundle);
  });

  it("puts the OIDC configuration in an ExternalSecret template, the client secret only as a 1Password reference", () => {
    const deps = depsWith();
    const c = harbor({ ...options, oidc: { client, adminGroup: "platform-admins" } }, deps);
    const es = externalSecret(c, SECRETS.oidc)!;
    expect(es.spec?.data).toEqual([{ secretKey: "clientSecret", remoteRef: { key: client.secret.item, property: client.secret.property } }]);
    const template = es.spec?.target?.template?.data?.["CONFIG_OVERWRITE_JSON"] ?? "";
    expect(template).toContain('"oidc_client_secret":{{ .clientSecret | toJson }}');
    // With the template expression filled as external-secrets would, it is Harbor's JSON.
    const config = JSON.parse(template.replace("{{ .clientSecret | toJson }}", JSON.stringify("s3cr3t\"quoted"))) as Record<string, unknown>;
    expect(config).toMatchObject({ auth_mode: "oidc_auth", oidc_endpoint: client.issuerUrl, oidc_client_id: "harbor", oidc_client_secret: 's3cr3t"quoted', oidc_admin_group: "platform-admins", oidc_verify_cert: true });
    expect(valuesOf(c).core?.extraEnvVars).toEqual([{ name: "CONFIG_OVERWRITE_JSON", valueFrom: { secretKeyRef: { name: SECRETS.oidc, key: "CONFIG_OVERWRITE_JSON" } } }]);
    // No Secret object at all: every one comes from an ExternalSecret.
    expect(c.resources.some((r) => r.kind === "Secret")).toBe(false);
    const files = render(cluster({ name: "apps", values: {}, components: [...deps.gateways.dependsOn, ...Object.values(deps), c] })).files;
    expect([...files.values()].join("\n")).not.toContain("s3cr3t");
  });

  it("trusts the one internal CA through a certificate of its own namespace, without a copy", () => {
    const c = harbor(options, depsWith());
    const trust = c.resources.filter((r): r is Certificate => Certificate.is(r));
    expect(trust.map((t) => [t.metadata?.namespace, t.spec?.secretName, t.spec?.issuerRef.name])).toEqual([["harbor", "harbor-trust-platform-internal-ca", "platform-internal-ca"]]);
    expect(valuesOf(c).caBundleSecretName).toBe("harbor-trust-platform-internal-ca");
    expect(c.resources.some((r) => SecretStore.is(r))).toBe(false);
  });

  it("copies a CA Secret of another namespace with a reader that may get exactly it", () => {
    const { resources, secretName } = caBundle("harbor", [{ namespace: "cache-ns", name: "cache-tls", key: "ca.crt" }]);
    expect(secretName).toBe(SECRETS.caBundle);
    const role = resources.find((r): r is Role => Role.is(r))!;
    expect([role.metadata?.namespace, role.rules?.[0]?.resourceNames, role.rules?.[0]?.verbs]).toEqual(["cache-ns", ["cache-tls"], ["get"]]);
    const store = resources.find((r): r is SecretStore => SecretStore.is(r));
    expect(store?.spec?.provider?.kubernetes?.remoteNamespace).toBe("cache-ns");
  });

  it("keeps database accounts without an OIDC client", () => {
    const c = harbor(options, depsWith());
    expect(externalSecret(c, SECRETS.oidc)).toBeUndefined();
    expect(valuesOf(c).core?.extraEnvVars).toBeUndefined();
  });

  it("merges a nested override over the defaults, keeping the siblings", () => {
    const v = valuesOf(harbor({ ...options, values: { core: { resources: { limits: { memory: "2Gi" } } } } }, depsWith()));
    expect(v.core).toEqual({ ...defaults.core, resources: { ...defaults.core.resources, limits: { ...defaults.core.resources.limits, memory: "2Gi" } } });
    expect(v.portal).toEqual(defaults.portal);
  });

  it("guards the parts with budgets, the namespace with its allowances, and alerts on real metrics", () => {
    const c = harbor(options, depsWith());
    expect(c.resources.filter((r): r is PodDisruptionBudget => PodDisruptionBudget.is(r)).map((p) => [p.metadata?.name, p.spec?.maxUnavailable])).toEqual([
      ["harbor-core", 1],
      ["harbor-portal", 1],
      ["harbor-jobservice", 1],
      ["harbor-registry", 1],
      ["harbor-trivy", 1],
    ]);
    const internet = c.resources.find((r): r is NetworkPolicy => NetworkPolicy.is(r) && r.metadata?.name === "allow-internet-egress")!;
    expect(internet.spec?.egress?.[0]?.to?.[0]?.ipBlock?.except).toContain("10.0.0.0/8");
    expect(c.network).toMatchObject({ namespace: "harbor", kubeApi: false });
    // No scrape ingress of its own: the baseline's rule admits the metrics agent.
    expect(c.network?.ingressFrom).toBeUndefined();
    const rule = c.resources.find((r): r is PrometheusRule => PrometheusRule.is(r))!;
    const exprs = rule.spec?.groups?.flatMap((g) => (g.rules ?? []).map((r) => String(r.expr))) ?? [];
    expect(exprs.some((e) => e.includes('service="harbor-core"'))).toBe(true);
    expect(exprs.join("\n")).not.toMatch(/job="harbor-core"|_errors_total|certificate_expiry/);
    expect(c.dependsOn.map((d) => d.name)).toContain("prometheus-operator-crds");
  });

  it("refuses a host the gateway's certificate does not cover, and monitoring without its CRDs", () => {
    expect(() => harbor({ ...options, host: "harbor.infra.monosense.io" }, depsWith())).toThrowError(/harbor\.infra\.monosense\.io is not covered/);
    const { monitoringCrds: _, ...without } = depsWith();
    expect(() => harbor(options, without)).toThrowError(/monitoring needs the monitoring CRDs/);
    expect(harbor({ ...options, monitoring: false }, without).resources.some((r) => PrometheusRule.is(r))).toBe(false);
  });
});
