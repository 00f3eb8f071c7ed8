// The apps cluster's public names and its platform realm: values, not components, so a consumer
// in the other cluster (Grafana on infra) takes its OIDC client from here without building apps.
import type { RealmDefinition } from "@k8s-gitops/keycloak";
import type { PlatformValues } from "@k8s-gitops/platform";

/** Harbor's public name: one label under the domain, which the gateways' wildcard certificate covers. */
export function harborHost(values: PlatformValues): string {
  return `harbor.${values.domain}`;
}

/** The platform realm's clients: `identity(...).realm.outputs.clients.<client>` is typed by these. */
export type PlatformClient = "harbor" | "gitlab" | "grafana";

/** The host Keycloak serves on the external gateway. */
export function ssoHost(values: PlatformValues): string {
  return `sso.${values.domain}`;
}

/**
 * The platform realm: who may sign in where. Each client's secret is a 1Password field the realm
 * import and the application both read (never a value here); each callback is the path the
 * application registers for OIDC on its host. A consumer outside this cluster (Grafana on infra)
 * takes its client from `oidcClients(platformRealm(appsValues)).grafana`, the same values the
 * realm component's outputs carry.
 */
export function platformRealm(values: PlatformValues): RealmDefinition<PlatformClient> {
  const secret = (client: PlatformClient) => ({ item: `kubernetes/apps/keycloak/oidc-${client}`, property: "client-secret" });
  return {
    name: "platform",
    displayName: "Platform Services",
    host: ssoHost(values),
    settings: {
      // Accounts are made by the administrators, never by self-registration.
      registrationAllowed: false,
      registrationEmailAsUsername: true,
      rememberMe: true,
      // No SMTP server is configured: with verification on, every new user would wait for a mail
      // that is never sent.
      verifyEmail: false,
      loginWithEmailAllowed: true,
      duplicateEmailsAllowed: false,
      resetPasswordAllowed: true,
      editUsernameAllowed: false,
      // Brute-force protection: 5 failures lock for up to 15 minutes, never permanently.
      bruteForceProtected: true,
      permanentLockout: false,
      maxFailureWaitSeconds: 900,
      minimumQuickLoginWaitSeconds: 60,
      waitIncrementSeconds: 60,
      quickLoginCheckMilliSeconds: 1000,
      maxDeltaTimeSeconds: 43200,
      failureFactor: 5,
      ssoSessionIdleTimeout: 1800,
      ssoSessionMaxLifespan: 36000,
      accessTokenLifespan: 300,
      accessTokenLifespanForImplicitFlow: 900,
      accessCodeLifespan: 60,
      accessCodeLifespanUserAction: 300,
      accessCodeLifespanLogin: 1800,
    },
    clients: {
      harbor: {
        name: "Harbor",
        description: "Harbor Container Registry SSO",
        redirectUris: [`https://${harborHost(values)}/c/oidc/callback`],
        secret: secret("harbor"),
        // Harbor asks for offline_access: its CLI secrets live as long as the refresh token.
        optionalClientScopes: ["offline_access"],
      },
      gitlab: {
        name: "GitLab",
        description: "GitLab SSO Integration",
        redirectUris: [`https://gitlab.${values.domain}/users/auth/openid_connect/callback`],
        secret: secret("gitlab"),
        attributes: {
          "oauth2.device.authorization.grant.enabled": "false",
          "backchannel.logout.session.required": "true",
          "backchannel.logout.revoke.offline.tokens": "false",
        },
        optionalClientScopes: ["address", "phone", "offline_access"],
      },
      grafana: {
        name: "Grafana",
        description: "Grafana SSO Integration",
        redirectUris: [`https://grafana.${values.domain}/login/generic_oauth`],
        secret: secret("grafana"),
      },
    },
  };
}
