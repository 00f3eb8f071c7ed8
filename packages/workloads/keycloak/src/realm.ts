import { ConfigError, dnsName, type DnsName, type OidcClient, type OnePasswordField } from "@k8s-gitops/core";
import { KeycloakRealmImport, type IKeycloakRealmImport } from "./generated/models/k8s.keycloak.org/v2alpha1/KeycloakRealmImport.ts";

type RealmRepresentation = NonNullable<IKeycloakRealmImport["spec"]>["realm"];
type ClientRepresentation = NonNullable<RealmRepresentation["clients"]>[number];

/**
 * The client scopes every client gets by default. `basic` carries the `sub` claim since
 * Keycloak 25: a client whose default scopes leave it out gets tokens without a subject, which
 * no OIDC relying party accepts.
 */
export const DEFAULT_CLIENT_SCOPES = ["acr", "basic", "email", "profile", "roles", "web-origins"] as const;

/** One confidential OIDC client of a realm (authorization code flow with PKCE, a client secret). */
export interface RealmClient {
  /** Display name on the consent and account pages. */
  name: string;
  description?: string;
  /** Where Keycloak may send the browser back to, exactly as the application registers them. */
  redirectUris: readonly `https://${string}`[];
  /** Origins allowed for CORS (default: each redirect URI's origin). */
  webOrigins?: readonly `https://${string}`[];
  /** The client secret in 1Password: the realm import and the application both read it from there. */
  secret: OnePasswordField;
  /** Client attributes on top of PKCE S256. */
  attributes?: Readonly<Record<string, string>>;
  /** Default client scopes (default `DEFAULT_CLIENT_SCOPES`). */
  defaultClientScopes?: readonly string[];
  optionalClientScopes?: readonly string[];
}

/** Realm settings as Keycloak's RealmRepresentation names them, for the few the platform sets. */
export type RealmSettings = Pick<
  RealmRepresentation,
  | "registrationAllowed"
  | "registrationEmailAsUsername"
  | "rememberMe"
  | "verifyEmail"
  | "loginWithEmailAllowed"
  | "duplicateEmailsAllowed"
  | "resetPasswordAllowed"
  | "editUsernameAllowed"
  | "bruteForceProtected"
  | "permanentLockout"
  | "maxFailureWaitSeconds"
  | "minimumQuickLoginWaitSeconds"
  | "waitIncrementSeconds"
  | "quickLoginCheckMilliSeconds"
  | "maxDeltaTimeSeconds"
  | "failureFactor"
  | "ssoSessionIdleTimeout"
  | "ssoSessionMaxLifespan"
  | "accessTokenLifespan"
  | "accessTokenLifespanForImplicitFlow"
  | "accessCodeLifespan"
  | "accessCodeLifespanUserAction"
  | "accessCodeLifespanLogin"
>;

/**
 * A realm and its clients, keyed by client id: the keys are literal types, so
 * `oidcClients(realm).harbr` does not compile when the realm has a `harbor` client.
 */
export interface RealmDefinition<C extends string> {
  /** The realm's name (and id): part of the issuer URL. */
  name: string;
  displayName: string;
  /** The host Keycloak serves the realm on (the instance's hostname). */
  host: DnsName | string;
  clients: { readonly [K in C]: RealmClient };
  settings?: RealmSettings;
}

const CLIENT_ID_RE = /^[a-z][a-z0-9-]{0,62}$/;
/** Short enough for `<name>-realm-clients` to stay a DNS label. */
const REALM_NAME_RE = /^[a-z][a-z0-9-]{0,40}$/;

/** The realm's issuer: what `/.well-known/openid-configuration` is served under. */
export function issuerUrl(realm: Pick<RealmDefinition<string>, "name" | "host">): `https://${string}` {
  return `https://${dnsName(realm.host, { component: "keycloak-realm", object: `realm ${realm.name}`, field: "host" })}/realms/${encodeURIComponent(realm.name)}`;
}

/** The client ids of a realm, in a stable order. */
export function clientIds<C extends string>(realm: RealmDefinition<C>): C[] {
  // Object.keys widens to string[]; the keys are exactly the clients' ids, C.
  return (Object.keys(realm.clients) as C[]).sort();
}

function checkClient(realm: string, id: string, c: RealmClient): void {
  const where = { component: "keycloak-realm", object: `realm ${realm}`, field: `clients.${id}` };
  if (!CLIENT_ID_RE.test(id)) throw new ConfigError(`client id "${id}" must be lowercase letters, digits and '-' (it is also a Secret key and an environment variable's name)`, where);
  if (c.redirectUris.length === 0) throw new ConfigError("a client needs at least one redirect URI: Keycloak rejects every login without one", { ...where, field: `${where.field}.redirectUris` });
  c.redirectUris.forEach((u, i) => {
    let url: URL;
    try {
      url = new URL(u);
    } catch {
      throw new ConfigError(`"${u}" is not a URL`, { ...where, field: `${where.field}.redirectUris[${i}]` });
    }
    // A wildcard lets any path of the host receive codes; the platform's clients name their callbacks.
    if (url.protocol !== "https:" || u.includes("*")) throw new ConfigError(`"${u}" must be an exact https:// callback URL, without wildcards`, { ...where, field: `${where.field}.redirectUris[${i}]` });
  });
}

/**
 * What each client's application needs to sign its users in, computed from the realm alone: a
 * pure function, so a consumer without the Keycloak component (Grafana on the other cluster)
 * gets the same values the realm import is built from.
 */
export function oidcClients<const C extends string>(realm: RealmDefinition<C>): { readonly [K in C]: OidcClient } {
  const issuer = issuerUrl(realm);
  const entries = clientIds(realm).map((id): [C, OidcClient] => {
    const c: RealmClient = realm.clients[id];
    checkClient(realm.name, id, c);
    return [id, Object.freeze({ issuerUrl: issuer, clientId: id, secret: c.secret, redirectUris: Object.freeze([...c.redirectUris]) })];
  });
  // fromEntries widens the keys to string; the entries are exactly the realm's client ids.
  return Object.freeze(Object.fromEntries(entries)) as { readonly [K in C]: OidcClient };
}

/** The environment variable the realm import replaces with a client's secret. */
export function secretPlaceholder(clientId: string): string {
  return `KC_CLIENT_SECRET_${clientId.toUpperCase().replace(/-/g, "_")}`;
}

function clientRepresentation(id: string, c: RealmClient): ClientRepresentation {
  return {
    clientId: id,
    name: c.name,
    ...(c.description ? { description: c.description } : {}),
    enabled: true,
    protocol: "openid-connect",
    publicClient: false,
    clientAuthenticatorType: "client-secret",
    // Replaced by the import job from the placeholder's Secret: the value is never in the object.
    secret: `\${${secretPlaceholder(id)}}`,
    standardFlowEnabled: true,
    implicitFlowEnabled: false,
    directAccessGrantsEnabled: false,
    serviceAccountsEnabled: false,
    authorizationServicesEnabled: false,
    redirectUris: [...c.redirectUris],
    webOrigins: [...(c.webOrigins ?? [...new Set(c.redirectUris.map((u) => new URL(u).origin))])],
    attributes: { "pkce.code.challenge.method": "S256", ...c.attributes },
    defaultClientScopes: [...(c.defaultClientScopes ?? DEFAULT_CLIENT_SCOPES)],
    ...(c.optionalClientScopes ? { optionalClientScopes: [...c.optionalClientScopes] } : {}),
  };
}

export interface RealmImportOptions<C extends string> {
  realm: RealmDefinition<C>;
  namespace: string;
  /** The Keycloak CR the import runs against. */
  keycloak: string;
  /** The Secret (in `namespace`) holding each client's secret under its client id. */
  secretsSecret: string;
}

/**
 * The realm as a KeycloakRealmImport: each client's secret is a `${KC_CLIENT_SECRET_<ID>}`
 * placeholder that the operator's import job fills from `secretsSecret` (spec.placeholders),
 * so no secret value is ever in the rendered object.
 */
export function realmImport<C extends string>(o: RealmImportOptions<C>): KeycloakRealmImport {
  const ids = clientIds(o.realm);
  if (!REALM_NAME_RE.test(o.realm.name)) {
    throw new ConfigError(`realm name "${o.realm.name}" must be lowercase letters, digits and '-': it names the import and its Secret`, { component: "keycloak-realm", field: "realm.name" });
  }
  for (const id of ids) checkClient(o.realm.name, id, o.realm.clients[id]);
  return new KeycloakRealmImport({
    metadata: { name: `${o.realm.name}-realm`, namespace: o.namespace, labels: { "app.kubernetes.io/name": "keycloak", "app.kubernetes.io/component": "realm" } },
    spec: {
      keycloakCRName: o.keycloak,
      placeholders: Object.fromEntries(ids.map((id) => [secretPlaceholder(id), { secret: { name: o.secretsSecret, key: id } }])),
      realm: {
        id: o.realm.name,
        realm: o.realm.name,
        displayName: o.realm.displayName,
        enabled: true,
        ...o.realm.settings,
        clients: ids.map((id) => clientRepresentation(id, o.realm.clients[id])),
      },
    },
  });
}
