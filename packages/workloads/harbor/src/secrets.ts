import { Certificate } from "@kubernetes-models/cert-manager/cert-manager.io/v1";
import { ExternalSecret, SecretStore } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import type { ObjectRef, OidcClient, OnePasswordField, Resource } from "@k8s-gitops/core";
import type { SecretStoreRef } from "@k8s-gitops/external-secrets";
import { Role, RoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1";
import { ServiceAccount } from "kubernetes-models/v1";

/** The Secrets the release reads, by role: each made by an ExternalSecret of this package. */
export const SECRETS = {
  admin: "harbor-admin",
  /** Key `secretKey`: the key Harbor encrypts stored credentials with. */
  secretKey: "harbor-secret-key",
  /** Key CSRF_KEY. */
  xsrf: "harbor-xsrf",
  /** Keys REGISTRY_PASSWD, REGISTRY_HTPASSWD. */
  registryCredentials: "harbor-registry-credentials",
  /** Key `password`: the PostgreSQL role's. */
  database: "harbor-database",
  /** Key `password`: Dragonfly's, read by the HelmRelease (valuesFrom), never written in the tree. */
  redis: "harbor-redis",
  /** REGISTRY_STORAGE_S3_ACCESSKEY, REGISTRY_STORAGE_S3_SECRETKEY. */
  s3: "harbor-s3",
  /** Key ca.crt: the CAs of the pooler's and Dragonfly's server certificates, when they are several. */
  caBundle: "harbor-ca-bundle",
  /** Key CONFIG_OVERWRITE_JSON: the OIDC settings with the client secret. */
  oidc: "harbor-oidc",
} as const;

/** Where the Harbor-owned credentials live in 1Password. */
export interface HarborCredentials {
  /** Field `password`: the initial admin password. */
  admin: string;
  /** Fields `secret_key` (exactly 16 characters), `xsrf_key` (32) and `registry_password`. */
  core: string;
  /** Fields `accesskey` and `secretkey` of the object store user that owns the bucket. */
  s3: string;
}

const field = (item: string, property: string): OnePasswordField => ({ item, property });

function external(
  name: string,
  namespace: string,
  store: SecretStoreRef,
  data: Readonly<Record<string, OnePasswordField>>,
  template?: Readonly<Record<string, string>>,
): ExternalSecret {
  const keys = Object.keys(data).sort();
  return new ExternalSecret({
    metadata: { name, namespace },
    spec: {
      refreshInterval: "1h",
      secretStoreRef: { kind: store.kind, name: store.name },
      target: {
        name,
        creationPolicy: "Owner",
        ...(template ? { template: { engineVersion: "v2", type: "Opaque", data: { ...template } } } : {}),
      },
      data: keys.map((secretKey) => ({ secretKey, remoteRef: { key: data[secretKey]!.item, property: data[secretKey]!.property } })),
    },
  });
}

/**
 * The credentials Harbor reads, each from its 1Password field through the store; templates
 * only rename keys or build what Harbor expects (an htpasswd line) from the fetched values.
 */
export function credentialSecrets(o: {
  namespace: string;
  store: SecretStoreRef;
  credentials: HarborCredentials;
  database: { readonly item: string };
  redis: { readonly item: string };
  registryUser: string;
}): ExternalSecret[] {
  const { namespace: ns, store, credentials: c } = o;
  return [
    external(SECRETS.admin, ns, store, { HARBOR_ADMIN_PASSWORD: field(c.admin, "password") }),
    external(SECRETS.secretKey, ns, store, { secretKey: field(c.core, "secret_key") }),
    external(SECRETS.xsrf, ns, store, { CSRF_KEY: field(c.core, "xsrf_key") }),
    external(
      SECRETS.registryCredentials,
      ns,
      store,
      { password: field(c.core, "registry_password") },
      // Sprig's htpasswd (bcrypt): the registry checks core's credential against this line.
      { REGISTRY_PASSWD: "{{ .password }}", REGISTRY_HTPASSWD: `{{ htpasswd "${o.registryUser}" .password }}` },
    ),
    external(SECRETS.database, ns, store, { password: field(o.database.item, "password") }),
    external(SECRETS.redis, ns, store, { password: field(o.redis.item, "password") }),
    external(SECRETS.s3, ns, store, { REGISTRY_STORAGE_S3_ACCESSKEY: field(c.s3, "accesskey"), REGISTRY_STORAGE_S3_SECRETKEY: field(c.s3, "secretkey") }),
  ];
}

/**
 * A CA Harbor must trust, as its provider gives it: a Secret of another namespace (key ca.crt),
 * or a cert-manager ClusterIssuer whose CA a certificate of Harbor's own namespace carries.
 */
export type TrustedCa =
  | (ObjectRef & { readonly key: "ca.crt" })
  | { readonly issuer: { readonly name: string; readonly kind: "ClusterIssuer"; readonly group: "cert-manager.io" }; readonly key: "ca.crt" };

/**
 * The CA bundle (caBundleSecretName) Harbor's parts add to their trust store, from CAs that
 * live elsewhere. A pod mounts Secrets of its own namespace only, and these CAs are written by
 * operators (cert-manager, CloudNativePG), not held in 1Password. An issuer's CA comes with a
 * short-lived client certificate from that issuer in Harbor's namespace (its Secret carries the
 * CA as ca.crt); one issuer for every server (the platform's internal CA) is the whole bundle.
 * Otherwise a Secret of another namespace is read by a SecretStore of external-secrets'
 * Kubernetes provider per namespace, with a ServiceAccount that may `get` exactly those Secrets,
 * and one ExternalSecret joins the certificates; only `ca.crt` is ever copied.
 */
export function caBundle(namespace: string, cas: readonly TrustedCa[]): { resources: Resource[]; secretName: string } {
  const trustName = (issuer: string) => `harbor-trust-${issuer}`;
  const issuers = [...new Map(cas.flatMap((ca) => ("issuer" in ca ? [[ca.issuer.name, ca.issuer] as const] : []))).values()];
  const trust = issuers.map(
    (issuer) =>
      new Certificate({
        metadata: { name: trustName(issuer.name), namespace },
        spec: {
          secretName: trustName(issuer.name),
          commonName: `harbor-trust.${namespace}`,
          duration: "2160h",
          renewBefore: "720h",
          privateKey: { algorithm: "ECDSA", size: 256, rotationPolicy: "Always" },
          usages: ["digital signature", "client auth"],
          issuerRef: { name: issuer.name, kind: issuer.kind, group: issuer.group },
        },
      }),
  );
  const key = (r: ObjectRef) => `${r.namespace}/${r.name}`;
  const sources = [
    ...new Map(cas.map((ca): ObjectRef => ("issuer" in ca ? { namespace, name: trustName(ca.issuer.name) } : { namespace: ca.namespace, name: ca.name })).map((r) => [key(r), r])).values(),
  ];
  const only = sources.length === 1 ? sources[0] : undefined;
  if (only && only.namespace === namespace) return { resources: trust, secretName: only.name };
  const reader = "harbor-ca-reader";
  const byNamespace = new Map<string, string[]>();
  for (const s of sources) byNamespace.set(s.namespace, [...(byNamespace.get(s.namespace) ?? []), s.name]);
  const storeName = (source: string) => `ca-${source}`;
  const access = [...byNamespace.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([source, names]): Resource[] => [
      new Role({
        metadata: { name: `${namespace}-ca-reader`, namespace: source },
        rules: [{ apiGroups: [""], resources: ["secrets"], resourceNames: [...new Set(names)].sort(), verbs: ["get"] }],
      }),
      new RoleBinding({
        metadata: { name: `${namespace}-ca-reader`, namespace: source },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: `${namespace}-ca-reader` },
        subjects: [{ kind: "ServiceAccount", name: reader, namespace }],
      }),
      new SecretStore({
        metadata: { name: storeName(source), namespace },
        spec: {
          provider: {
            kubernetes: {
              remoteNamespace: source,
              server: { caProvider: { type: "ConfigMap", name: "kube-root-ca.crt", key: "ca.crt" } },
              auth: { serviceAccount: { name: reader } },
            },
          },
        },
      }),
    ]);
  const keyOf = (i: number) => `ca${i}`;
  const bundle = new ExternalSecret({
    metadata: { name: SECRETS.caBundle, namespace },
    spec: {
      refreshInterval: "1h",
      secretStoreRef: { kind: "SecretStore", name: storeName(sources[0]?.namespace ?? namespace) },
      target: {
        name: SECRETS.caBundle,
        creationPolicy: "Owner",
        template: { engineVersion: "v2", type: "Opaque", data: { "ca.crt": sources.map((_, i) => `{{ .${keyOf(i)} }}`).join("\n") } },
      },
      data: sources.map((s, i) => ({
        secretKey: keyOf(i),
        sourceRef: { storeRef: { kind: "SecretStore", name: storeName(s.namespace) } },
        remoteRef: { key: s.name, property: "ca.crt" },
      })),
    },
  });
  return {
    resources: [new ServiceAccount({ metadata: { name: reader, namespace }, automountServiceAccountToken: false }), ...trust, ...access, bundle],
    secretName: SECRETS.caBundle,
  };
}

/** Harbor's OIDC settings (its configuration keys), without the secret. */
export interface OidcSettings {
  /** The name on the login button. */
  name: string;
  /** Claim holding the user name Harbor onboards (preferred_username: stable and readable). */
  userClaim: string;
  groupsClaim: string;
  /** Members of this group are Harbor administrators. */
  adminGroup?: string;
  scopes: readonly string[];
}

/**
 * The Secret core reads CONFIG_OVERWRITE_JSON from: Harbor's OIDC configuration, applied at
 * every start over what the database holds. Everything but the client secret is written here;
 * the secret is inserted by external-secrets' template from its 1Password field (`toJson`
 * quotes and escapes it), so the tree holds only the template.
 */
export function oidcSecret(namespace: string, store: SecretStoreRef, client: OidcClient, s: OidcSettings): ExternalSecret {
  const placeholder = "__OIDC_CLIENT_SECRET__";
  const config = {
    auth_mode: "oidc_auth",
    oidc_name: s.name,
    oidc_endpoint: client.issuerUrl,
    oidc_client_id: client.clientId,
    oidc_client_secret: placeholder,
    oidc_scope: s.scopes.join(","),
    oidc_verify_cert: true,
    oidc_auto_onboard: true,
    oidc_user_claim: s.userClaim,
    oidc_groups_claim: s.groupsClaim,
    ...(s.adminGroup ? { oidc_admin_group: s.adminGroup } : {}),
    // Users come from Keycloak: no sign-up form beside it.
    self_registration: false,
  };
  const json = JSON.stringify(config).replace(JSON.stringify(placeholder), "{{ .clientSecret | toJson }}");
  return external(SECRETS.oidc, namespace, store, { clientSecret: client.secret }, { CONFIG_OVERWRITE_JSON: json });
}
