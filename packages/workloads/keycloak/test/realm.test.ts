import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { cluster, component, ConfigError, render, type Component, type OidcClient } from "@k8s-gitops/core";
import { ConfigMap } from "kubernetes-models/v1";
import { describe, expect, it } from "vitest";
import { DEFAULT_CLIENT_SCOPES, KeycloakRealmImport, NAMESPACE, oidcClients, realmImport, type KeycloakRealmOutputs } from "../src/index.ts";
import { build, realm, type TestClient } from "./fixtures.ts";

/** A consumer as Harbor's package would be: it reads its client from the realm component's outputs. */
function harborLike(deps: { keycloakRealm: Component<KeycloakRealmOutputs<"harbor">> }): Component {
  const client: OidcClient = deps.keycloakRealm.outputs.clients.harbor;
  return component({
    name: "harbor-like",
    namespace: "harbor",
    dependsOn: [deps.keycloakRealm],
    resources: [
      new ConfigMap({
        metadata: { name: "oidc", namespace: "harbor" },
        data: { endpoint: client.issuerUrl, clientId: client.clientId, redirect: client.redirectUris[0] ?? "", secretItem: `${client.secret.item}#${client.secret.property}` },
      }),
    ],
  });
}

describe("the realm's OIDC clients as typed values", () => {
  const group = build();
  const { realm: realmComponent } = group;

  it("gives each client's issuer, id, secret field and callbacks to a consumer component", () => {
    const consumer = harborLike({ keycloakRealm: realmComponent });
    const cm = consumer.resources[0] as ConfigMap;
    expect(cm.data).toEqual({
      endpoint: "https://sso.monosense.io/realms/platform",
      clientId: "harbor",
      redirect: "https://harbor.monosense.io/c/oidc/callback",
      secretItem: "kubernetes/apps/keycloak/oidc-harbor#client-secret",
    });
    expect(consumer.dependsOn).toEqual([realmComponent]);
  });

  it("does not compile a misspelt client", () => {
    const clients = realmComponent.outputs.clients;
    // @ts-expect-error: the realm has no client "harbr"
    expect(clients.harbr).toBeUndefined();
    // @ts-expect-error: a consumer needing a client the realm lacks cannot take this realm
    const wrong: Component<KeycloakRealmOutputs<"jenkins">> = realmComponent;
    expect(wrong.outputs.clients).not.toHaveProperty("jenkins");
  });

  it("computes the same clients without the component, from the realm definition alone", () => {
    const pure = oidcClients(realm);
    expect(pure).toEqual(realmComponent.outputs.clients);
    expect(Object.keys(pure).sort()).toEqual(["gitlab", "grafana", "harbor"]);
    const grafana: OidcClient = pure.grafana;
    expect(grafana).toEqual({
      issuerUrl: "https://sso.monosense.io/realms/platform",
      clientId: "grafana",
      secret: { item: "kubernetes/apps/keycloak/oidc-grafana", property: "client-secret" },
      redirectUris: ["https://grafana.monosense.io/login/generic_oauth"],
    });
  });

  it("rejects a callback that is not an exact https URL", () => {
    const withCallback = (u: `https://${string}`) => ({ ...realm, clients: { ...realm.clients, harbor: { ...realm.clients.harbor, redirectUris: [u] } } });
    expect(() => oidcClients(withCallback("https://harbor.monosense.io/*"))).toThrow(ConfigError);
    expect(() => oidcClients(withCallback("https://harbor.monosense.io/*"))).toThrow(/must be an exact https:\/\/ callback URL, without wildcards/);
    const http = { ...realm, clients: { ...realm.clients, harbor: { ...realm.clients.harbor, redirectUris: ["http://harbor.monosense.io/c/oidc/callback" as `https://${string}`] } } };
    expect(() => oidcClients(http)).toThrow(/must be an exact https:\/\/ callback URL/);
    expect(() => oidcClients({ ...realm, clients: { ...realm.clients, harbor: { ...realm.clients.harbor, redirectUris: [] } } })).toThrow(/at least one redirect URI/);
  });

  it("rejects a client id that cannot be a Secret key", () => {
    expect(() => oidcClients({ ...realm, clients: { Harbor_UI: realm.clients.harbor } })).toThrow(/client id "Harbor_UI" must be lowercase/);
  });
});

describe("the realm import", () => {
  const group = build();
  const imp = group.realm.resources.find((r): r is KeycloakRealmImport => KeycloakRealmImport.is(r))!;
  const secrets = group.realm.resources.find((r): r is ExternalSecret => ExternalSecret.is(r))!;

  it("fills each client's secret from a placeholder whose Secret an ExternalSecret makes from 1Password", () => {
    expect(imp.spec?.keycloakCRName).toBe("keycloak");
    expect(imp.spec?.placeholders).toEqual({
      KC_CLIENT_SECRET_GITLAB: { secret: { name: "platform-realm-clients", key: "gitlab" } },
      KC_CLIENT_SECRET_GRAFANA: { secret: { name: "platform-realm-clients", key: "grafana" } },
      KC_CLIENT_SECRET_HARBOR: { secret: { name: "platform-realm-clients", key: "harbor" } },
    });
    expect(imp.spec?.realm.clients?.map((c) => [c.clientId, c.secret])).toEqual([
      ["gitlab", "${KC_CLIENT_SECRET_GITLAB}"],
      ["grafana", "${KC_CLIENT_SECRET_GRAFANA}"],
      ["harbor", "${KC_CLIENT_SECRET_HARBOR}"],
    ]);
    expect(secrets.metadata).toMatchObject({ name: "platform-realm-clients", namespace: NAMESPACE });
    expect(secrets.spec?.target?.name).toBe("platform-realm-clients");
    expect(secrets.spec?.data?.map((d) => [d.secretKey, d.remoteRef.key, d.remoteRef.property])).toEqual([
      ["gitlab", "kubernetes/apps/keycloak/oidc-gitlab", "client-secret"],
      ["grafana", "kubernetes/apps/keycloak/oidc-grafana", "client-secret"],
      ["harbor", "kubernetes/apps/keycloak/oidc-harbor", "client-secret"],
    ]);
  });

  it("renders no secret value: the rendered realm holds placeholders and 1Password paths only", () => {
    const tree = render(cluster({ name: "test", values: {}, components: [...new Set(group.realm.dependsOn.flatMap((d) => [...d.dependsOn.flatMap((x) => [...x.dependsOn, x]), d])), group.realm] }));
    const realmFiles = [...tree.files.entries()].filter(([p]) => p.startsWith("components/keycloak-realm/") && !p.endsWith("kustomization.yaml"));
    expect(realmFiles.map(([p]) => p).sort()).toEqual([
      "components/keycloak-realm/externalsecret-platform-realm-clients.yaml",
      "components/keycloak-realm/keycloakrealmimport-platform-realm.yaml",
    ]);
    const text = realmFiles.map(([, t]) => String(t)).join("\n");
    expect(text).not.toMatch(/kind: Secret\b/);
    // Every `secret:` with a value in the import is a placeholder; the others name a Secret.
    const imported = String(tree.files.get("components/keycloak-realm/keycloakrealmimport-platform-realm.yaml"));
    const secretLines = imported.split("\n").filter((l) => /^\s*secret: \S/.test(l));
    expect(secretLines.map((l) => l.trim())).toEqual(["secret: ${KC_CLIENT_SECRET_GITLAB}", "secret: ${KC_CLIENT_SECRET_GRAFANA}", "secret: ${KC_CLIENT_SECRET_HARBOR}"]);
  });

  it("makes confidential code-flow clients with PKCE and the scopes that carry the subject", () => {
    const harbor = imp.spec?.realm.clients?.find((c) => c.clientId === "harbor");
    expect(harbor).toMatchObject({
      publicClient: false,
      clientAuthenticatorType: "client-secret",
      standardFlowEnabled: true,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
      redirectUris: ["https://harbor.monosense.io/c/oidc/callback"],
      webOrigins: ["https://harbor.monosense.io"],
      attributes: { "pkce.code.challenge.method": "S256" },
      defaultClientScopes: [...DEFAULT_CLIENT_SCOPES],
    });
    expect(harbor?.defaultClientScopes).toContain("basic");
    expect(imp.spec?.realm.clients?.find((c) => c.clientId === "gitlab")?.optionalClientScopes).toEqual(["offline_access"]);
    expect(() => imp.validate()).not.toThrow();
  });

  it("runs after the instance is ready and the secret store exists", () => {
    expect(group.realm.dependsOn.map((c) => c.name)).toEqual(["keycloak", "external-secrets-store"]);
    expect(group.realm.dependsOn[0]).toBe(group.server);
  });

  it("rejects a realm name that cannot name its objects", () => {
    expect(() => realmImport({ realm: { ...realm, name: "Platform" }, namespace: "ns", keycloak: "kc", secretsSecret: "s" })).toThrow(/realm name "Platform" must be lowercase/);
  });

  it("builds the import for any realm: clients keyed by id", () => {
    const one = realmImport({ realm: { ...realm, clients: { argo: realm.clients.harbor } }, namespace: "ns", keycloak: "kc", secretsSecret: "s" });
    expect(one.spec?.placeholders).toEqual({ KC_CLIENT_SECRET_ARGO: { secret: { name: "s", key: "argo" } } });
    const typed: Record<TestClient, unknown> = oidcClients(realm);
    expect(Object.keys(typed)).toHaveLength(3);
  });
});
