import { standIn } from "@k8s-gitops/core/testing";
import type { SecretStoreOutputs } from "@k8s-gitops/external-secrets";
import { testGateways } from "@k8s-gitops/gateway/testing";
import type { PostgresConnection } from "@k8s-gitops/postgres-shared";
import { keycloak, type KeycloakDatabase, type KeycloakDeps, type KeycloakOptions, type RealmDefinition } from "../src/index.ts";

export type TestClient = "harbor" | "gitlab" | "grafana";

export const realm: RealmDefinition<TestClient> = {
  name: "platform",
  displayName: "Platform Services",
  host: "sso.monosense.io",
  clients: {
    harbor: { name: "Harbor", redirectUris: ["https://harbor.monosense.io/c/oidc/callback"], secret: { item: "kubernetes/apps/keycloak/oidc-harbor", property: "client-secret" } },
    gitlab: {
      name: "GitLab",
      redirectUris: ["https://gitlab.monosense.io/users/auth/openid_connect/callback"],
      secret: { item: "kubernetes/apps/keycloak/oidc-gitlab", property: "client-secret" },
      optionalClientScopes: ["offline_access"],
    },
    grafana: { name: "Grafana", redirectUris: ["https://grafana.monosense.io/login/generic_oauth"], secret: { item: "kubernetes/apps/keycloak/oidc-grafana", property: "client-secret" } },
  },
};

/** The connection postgres-shared gives the `keycloak` tenant of a cluster named `cluster`. */
export function connection(cluster = "postgres-apps", tenant = "keycloak", namespace = "cnpg-system"): PostgresConnection {
  return {
    host: `${tenant}-pooler.${namespace}.svc`,
    port: 5432,
    database: tenant,
    user: tenant,
    secret: { namespace, name: `${cluster}-${tenant}-credentials` },
    credentials: { item: `kubernetes/apps/cloudnative-pg/${tenant}` },
    ca: { issuer: { name: `${cluster}-internal-ca`, kind: "ClusterIssuer", group: "cert-manager.io" }, key: "ca.crt" },
    sslMode: "verify-full",
  };
}

export function postgres(keycloakConnection: PostgresConnection = connection()) {
  return standIn<KeycloakDatabase>("postgres-shared", { namespace: "cnpg-system", outputs: { connections: { keycloak: keycloakConnection } } });
}

export function deps(over: Partial<KeycloakDeps> = {}): KeycloakDeps {
  const gateways = testGateways();
  // The gateways' own stand-in for Cilium: a cluster holds one component of a name.
  const cilium = gateways.dependsOn.find((c) => c.name === "cilium")!;
  return {
    cilium,
    coredns: standIn("coredns", { bootstrapPhase: 2 }),
    secretStore: standIn<SecretStoreOutputs>("external-secrets-store", { outputs: { storeRef: { kind: "ClusterSecretStore", name: "onepassword" } } }),
    // Not "cert-manager-issuers": the gateways' stand-in of that name has the wildcard outputs only.
    issuers: standIn("issuers", { outputs: { clusterIssuers: { staging: "letsencrypt-staging", production: "letsencrypt-production" } } }),
    gateways,
    postgres: postgres(),
    prometheusOperatorCrds: standIn("prometheus-operator-crds", { bootstrapPhase: 1 }),
    ...over,
  };
}

export const options: KeycloakOptions<TestClient> = { cluster: "apps", hostname: "sso.monosense.io", secretsPath: "kubernetes/apps/keycloak", realm };

export function build(o: Partial<KeycloakOptions<TestClient>> = {}, d: Partial<KeycloakDeps> = {}) {
  return keycloak({ ...options, ...o }, deps(d));
}
