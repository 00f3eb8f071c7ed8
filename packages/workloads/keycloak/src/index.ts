import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2";
import { Certificate } from "@kubernetes-models/cert-manager/cert-manager.io/v1";
import { ServiceMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import type { CustomResourceDefinition } from "kubernetes-models/apiextensions.k8s.io/v1";
import { Deployment } from "kubernetes-models/apps/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { caTrust, type IssuerOutputs } from "@k8s-gitops/cert-manager";
import {
  classifyData,
  component,
  ConfigError,
  dnsName,
  healthCheck,
  kindsOf,
  namespace,
  shippedCrds,
  type Component,
  type DnsName,
  type OidcClient,
  type PodSecurityLevel,
  waive,
} from "@k8s-gitops/core";
import { externalSecret, type SecretStore } from "@k8s-gitops/external-secrets";
import { httpRoute, type Gateways } from "@k8s-gitops/gateway";
import type { PostgresConnection } from "@k8s-gitops/postgres-shared";
import pkg from "../package.json" with { type: "json" };
import { keycloakAlerts } from "./alerts.ts";
import { Keycloak } from "./generated/models/k8s.keycloak.org/v2alpha1/Keycloak.ts";
import { KEYCLOAK_IMAGE, OPERATOR_NAME, operatorObjects } from "./operator.ts";
import { clientIds, issuerUrl, oidcClients, realmImport, type RealmDefinition } from "./realm.ts";

export { keycloakAlerts, type KeycloakAlertsOptions } from "./alerts.ts";
export { Keycloak, type IKeycloak } from "./generated/models/k8s.keycloak.org/v2alpha1/Keycloak.ts";
export { KeycloakRealmImport, type IKeycloakRealmImport } from "./generated/models/k8s.keycloak.org/v2alpha1/KeycloakRealmImport.ts";
export { KEYCLOAK_IMAGE, OPERATOR_IMAGE, OPERATOR_NAME, OPERATOR_VERSION, operatorObjects } from "./operator.ts";
export {
  clientIds,
  DEFAULT_CLIENT_SCOPES,
  issuerUrl,
  oidcClients,
  realmImport,
  secretPlaceholder,
  type RealmClient,
  type RealmDefinition,
  type RealmImportOptions,
  type RealmSettings,
} from "./realm.ts";

/** Where the operator and the instance run: one namespace, as the operator watches its own only. */
export const NAMESPACE = "keycloak-system";

/** The kinds the operator's CRDs serve. */
export const CRDS = ["k8s.keycloak.org/Keycloak", "k8s.keycloak.org/KeycloakRealmImport"] as const;

/** Keycloak's ports: HTTP (the gateway's backend), HTTPS, the management interface (health, metrics). */
export const HTTP_PORT = 8080;
export const HTTPS_PORT = 8443;
export const MANAGEMENT_PORT = 9000;

/** The Pod Security level the namespace enforces: the operator and Keycloak both run under it. */
export const POD_SECURITY: PodSecurityLevel = "restricted";

/** The CRDs as objects, read once from the files shipped in the package (crds/, from vendor/ by scripts/sync-crds.mjs). */
export function keycloakCrdObjects(): readonly CustomResourceDefinition[] {
  return shippedCrds(new URL("../crds/", import.meta.url), pkg.name);
}

/**
 * The operator's CRDs as a component of their own, never pruned (deleting a CRD deletes every
 * Keycloak and realm import with it). Not a bootstrap component: nothing day zero installs
 * needs them.
 */
export function keycloakCrds(): Component {
  const crds = keycloakCrdObjects();
  return component({ name: "keycloak-crds", resources: [...crds], prune: false, provides: { crds: kindsOf(crds) }, package: pkg });
}

/** The operator from upstream's manifest (see operator.ts), in its restricted namespace. */
export function keycloakOperator(o: { namespace?: string }, deps: { cilium: Component; coredns: Component; keycloakCrds: Component }): Component {
  const ns = o.namespace ?? NAMESPACE;
  return component({
    name: "keycloak-operator",
    namespace: ns,
    dependsOn: [deps.cilium, deps.coredns, deps.keycloakCrds],
    resources: [namespace(ns, { podSecurity: POD_SECURITY }), ...operatorObjects(ns)],
    healthChecks: [healthCheck(Deployment, OPERATOR_NAME, ns)],
    // The operator only talks to the API server; the instance's component declares the rest of the namespace's allowances.
    network: { namespace: ns, kubeApi: true },
    package: pkg,
  });
}

/** The database Keycloak needs: the shared PostgreSQL's `keycloak` tenant. */
export interface KeycloakDatabase {
  readonly connections: { readonly keycloak: PostgresConnection };
}

export interface KeycloakOptions<C extends string> {
  /** The cluster, for error messages. */
  cluster: string;
  /** The public host name (on the external gateway, covered by its certificate). */
  hostname: DnsName | string;
  /** 1Password prefix: `<path>/admin` (fields `username`, `password`) is the bootstrap admin. */
  secretsPath: string;
  /** The realm imported into the instance; its clients are the realm component's outputs. */
  realm: RealmDefinition<C>;
  namespace?: string;
  /** Pods, one per node (default 2). */
  instances?: number;
  resources?: { requests: { cpu: string; memory: string }; limits: { cpu: string; memory: string } };
  /**
   * JDBC pool per pod. The tenant's pooler runs in session mode (a client connection holds a
   * server connection), so `instances × maxSize` must fit the pooler's default pool (20): the
   * default 10 leaves the pooler's reserve for the realm import job.
   */
  pool?: { minSize?: number; initialSize?: number; maxSize?: number };
}

/** What the instance gives dependants. */
export interface KeycloakServerOutputs {
  /** The public base URL. */
  readonly url: `https://${string}`;
}

/** The realm component's outputs: the issuer and one `OidcClient` per client, keyed by client id. */
export interface KeycloakRealmOutputs<C extends string> {
  readonly issuerUrl: `https://${string}`;
  readonly clients: { readonly [K in C]: OidcClient };
}

/** The package's components, in Flux order: CRDs, operator, the instance, its realm. */
export type KeycloakGroup<C extends string> = {
  readonly crds: Component;
  readonly operator: Component;
  readonly server: Component<KeycloakServerOutputs>;
  readonly realm: Component<KeycloakRealmOutputs<C>>;
};

export interface KeycloakDeps {
  cilium: Component;
  coredns: Component;
  secretStore: SecretStore;
  /** cert-manager's issuers: the ClusterIssuer of the server certificate. */
  issuers: Component<Pick<IssuerOutputs, "clusterIssuers">>;
  gateways: Gateways;
  /** The shared PostgreSQL whose `keycloak` tenant (database, role, pooler) Keycloak uses. */
  postgres: Component<KeycloakDatabase>;
  prometheusOperatorCrds: Component;
}

const SERVER = "keycloak";
/** The labels the operator puts on the instance's pods and Services. */
const podLabels = (name: string) => ({ app: "keycloak", "app.kubernetes.io/instance": name });
/** Where the pooler's CA is mounted in the Keycloak pods. */
const DB_CA_DIR = "/opt/keycloak/conf/db-ca";
/** CloudNativePG labels a pooler's pods with its name. */
const POOLER_LABEL = "cnpg.io/poolerName";

/** The pooler's Service from the connection's host (`<pooler>.<namespace>.svc`): the egress allowance targets exactly it. */
function poolerOf(c: PostgresConnection, where: { cluster: string; component: string }): { name: string; namespace: string } {
  const m = /^([a-z0-9-]+)\.([a-z0-9-]+)\.svc(\.cluster\.local)?$/.exec(c.host);
  if (!m) throw new ConfigError(`database host "${c.host}" is not a Service name <name>.<namespace>.svc: the egress allowance cannot name the pooler`, { ...where, field: "postgres.outputs.connections.keycloak.host" });
  return { name: m[1]!, namespace: m[2]! };
}

/**
 * Keycloak on the shared PostgreSQL: the operator's CRDs and the operator, the instance (its
 * database through the tenant's pooler, TLS from cert-manager, the route on the external
 * gateway, metrics and alerts), and the realm import whose clients are typed outputs.
 */
export function keycloak<const C extends string>(o: KeycloakOptions<C>, deps: KeycloakDeps): KeycloakGroup<C> {
  const ns = o.namespace ?? NAMESPACE;
  const where = { cluster: o.cluster, component: SERVER };
  const host = dnsName(o.hostname, { ...where, field: "hostname" });
  if (o.realm.host !== host) {
    throw new ConfigError(`the realm's host ${o.realm.host} is not the instance's hostname ${host}: its clients would get an issuer Keycloak does not serve`, { ...where, field: "realm.host" });
  }
  const instances = o.instances ?? 2;
  if (instances < 2) throw new ConfigError(`instances ${instances}: one pod leaves logins down during every restart and drain`, { ...where, object: `Keycloak/${ns}/${SERVER}`, field: "spec.instances" });
  const pool = { minSize: o.pool?.minSize ?? 5, initialSize: o.pool?.initialSize ?? 5, maxSize: o.pool?.maxSize ?? 10 };
  const crds = keycloakCrds();
  const operator = keycloakOperator({ namespace: ns }, { cilium: deps.cilium, coredns: deps.coredns, keycloakCrds: crds });
  const server = keycloakServer(o, { ns, host, instances, pool, where }, { ...deps, operator });
  const realmOutputs: KeycloakRealmOutputs<C> = { issuerUrl: issuerUrl(o.realm), clients: oidcClients(o.realm) };
  const clientSecrets = `${o.realm.name}-realm-clients`;
  const realm = component({
    name: "keycloak-realm",
    namespace: ns,
    // The import job runs against a ready instance and reads the clients' secrets.
    dependsOn: [server, deps.secretStore],
    resources: [
      externalSecret({
        name: clientSecrets,
        namespace: ns,
        store: deps.secretStore.outputs.storeRef,
        data: Object.fromEntries(clientIds(o.realm).map((id) => [id, o.realm.clients[id].secret])),
      }),
      realmImport({ realm: o.realm, namespace: ns, keycloak: SERVER, secretsSecret: clientSecrets }),
    ],
    outputs: realmOutputs,
    package: pkg,
  });
  return { crds, operator, server, realm };
}

function keycloakServer<C extends string>(
  o: KeycloakOptions<C>,
  c: { ns: string; host: DnsName; instances: number; pool: { minSize: number; initialSize: number; maxSize: number }; where: { cluster: string; component: string } },
  deps: KeycloakDeps & { operator: Component },
): Component<KeycloakServerOutputs> {
  const { ns, host } = c;
  const db = deps.postgres.outputs.connections.keycloak;
  const pooler = poolerOf(db, c.where);
  const tls = "sso-tls";
  const admin = "keycloak-admin";
  const dbSecret = "keycloak-db";
  const dbCa = "keycloak-db-ca";
  const service = `${SERVER}-service`;
  const labels = podLabels(SERVER);
  const instance = new Keycloak({
    metadata: { name: SERVER, namespace: ns, labels: { "app.kubernetes.io/name": "keycloak" } },
    spec: {
      instances: c.instances,
      // The operator's own release of the server: an image it was built for.
      image: KEYCLOAK_IMAGE,
      // Not a custom optimized build: Keycloak builds its configuration at start.
      startOptimized: false,
      hostname: { hostname: `https://${host}`, strict: true },
      // The gateway terminates TLS with the wildcard certificate and forwards HTTP: Cilium 1.18
      // cannot originate TLS to a backend (BackendTLSPolicy arrives in 1.20). Keycloak still
      // serves HTTPS (and its management interface) with its own certificate.
      http: { httpEnabled: true, tlsSecret: tls },
      proxy: { headers: "xforwarded" },
      ingress: { enabled: false },
      bootstrapAdmin: { user: { secret: admin } },
      db: {
        vendor: "postgres",
        host: db.host,
        port: db.port,
        database: db.database,
        usernameSecret: { name: dbSecret, key: "username" },
        passwordSecret: { name: dbSecret, key: "password" },
        poolMinSize: c.pool.minSize,
        poolInitialSize: c.pool.initialSize,
        poolMaxSize: c.pool.maxSize,
      },
      // TLS to the pooler, verified against the CA of the connection (mounted from dbCa below)
      // and the pooler's name, as the connection asks (db.sslMode).
      additionalOptions: [
        { name: "db-url-properties", value: `?sslmode=${db.sslMode}&sslrootcert=${DB_CA_DIR}/${db.ca.key}` },
        { name: "metrics-enabled", value: "true" },
        { name: "http-pool-max-threads", value: "200" },
      ],
      features: { enabled: ["token-exchange", "admin-fine-grained-authz", "client-secret-rotation"], disabled: ["impersonation"] },
      // No distributed transactions: the session-mode pooler and one datasource need none.
      transaction: { xaEnabled: false },
      resources: o.resources ?? { requests: { cpu: "500m", memory: "1Gi" }, limits: { cpu: "2000m", memory: "2Gi" } },
      scheduling: {
        affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: labels }, topologyKey: "kubernetes.io/hostname" }] } },
      },
      // The restricted Pod Security Standard; the image's user is 1000. Keycloak writes to its
      // data/tmp folder, so the root filesystem stays writable.
      unsupported: {
        podTemplate: {
          spec: {
            securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000, seccompProfile: { type: "RuntimeDefault" } },
            containers: [
              {
                name: "keycloak",
                securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: false, runAsNonRoot: true, capabilities: { drop: ["ALL"] } },
                volumeMounts: [{ name: "db-ca", mountPath: DB_CA_DIR, readOnly: true }],
              },
            ],
            // Only the CA: the trust Secret's own key stays out of the pod.
            volumes: [{ name: "db-ca", secret: { secretName: dbCa, items: [{ key: db.ca.key, path: db.ca.key }] } }],
          },
        },
      },
    },
  });
  return component({
    name: SERVER,
    namespace: ns,
    // The operator (CRD served, reconciler running), the secret store (admin and database
    // credentials), the issuers (the server certificate, the database's CA), the gateways (the route's parent), the
    // database (its role, database and pooler Service), the monitoring CRDs (ServiceMonitor, rules).
    dependsOn: [deps.operator, deps.secretStore, deps.issuers, deps.gateways, deps.postgres, deps.prometheusOperatorCrds],
    // First start builds the configuration and migrates the schema.
    timeout: "15m",
    resources: [
      externalSecret({
        name: admin,
        namespace: ns,
        store: deps.secretStore.outputs.storeRef,
        data: { username: { item: `${o.secretsPath}/admin`, property: "username" }, password: { item: `${o.secretsPath}/admin`, property: "password" } },
      }),
      // The tenant's own copy of its role's credentials, from the same 1Password item.
      externalSecret({
        name: dbSecret,
        namespace: ns,
        store: deps.secretStore.outputs.storeRef,
        data: { username: { item: db.credentials.item, property: "username" }, password: { item: db.credentials.item, property: "password" } },
      }),
      // The CA that signs the pooler's certificate, in this namespace (a pod cannot mount the database namespace's Secret).
      caTrust({ name: dbCa, namespace: ns, issuer: db.ca.issuer }),
      new Certificate({
        metadata: { name: tls, namespace: ns, labels: { "app.kubernetes.io/name": "keycloak", "app.kubernetes.io/component": "tls" } },
        spec: {
          secretName: tls,
          issuerRef: { name: deps.issuers.outputs.clusterIssuers.production, kind: "ClusterIssuer", group: "cert-manager.io" },
          dnsNames: [host],
          duration: "2160h",
          renewBefore: "720h",
          privateKey: { algorithm: "RSA", size: 2048, rotationPolicy: "Always" },
          usages: ["digital signature", "key encipherment", "server auth"],
        },
      }),
      // Identities are personal data.
      classifyData(instance, { classification: "confidential", frameworks: ["gdpr"] }),
      new PodDisruptionBudget({ metadata: { name: SERVER, namespace: ns }, spec: { maxUnavailable: 1, selector: { matchLabels: labels } } }),
      httpRoute({
        name: SERVER,
        namespace: ns,
        parent: deps.gateways.outputs.external,
        hostnames: [host],
        backend: { service, port: HTTP_PORT },
        labels: { "app.kubernetes.io/name": "keycloak", "app.kubernetes.io/component": "routing" },
      }),
      // The gateway is Cilium's Envoy, which the policy engine knows as the ingress entity.
      new CiliumNetworkPolicy({
        metadata: { name: "allow-gateway-ingress", namespace: ns },
        spec: { endpointSelector: { matchLabels: labels }, ingress: [{ fromEntities: ["ingress"], toPorts: [{ ports: [{ port: String(HTTP_PORT), protocol: "TCP" }] }] }] },
      }),
      waive(
        new ServiceMonitor({
          metadata: { name: SERVER, namespace: ns, labels: { "app.kubernetes.io/name": "keycloak", "app.kubernetes.io/component": "monitoring" } },
          spec: {
            selector: { matchLabels: labels },
            // The management interface serves HTTPS with the server certificate, issued for the host name.
            endpoints: [{ port: "management", path: "/metrics", scheme: "https", interval: "30s", scrapeTimeout: "10s", tlsConfig: { serverName: host } }],
          },
        }),
        "scrape-selector",
        `selects ${service}, which the Keycloak operator creates for the Keycloak CR with its management port`,
      ),
      keycloakAlerts({ namespace: ns, job: service, instances: c.instances, poolMaxSize: c.pool.maxSize }),
    ],
    healthChecks: [healthCheck(Keycloak, SERVER, ns)],
    provides: {
      // The operator creates both for the Keycloak: the route's backend and the cluster's discovery (DNS_PING).
      services: [
        { namespace: ns, name: service },
        { namespace: ns, name: `${SERVER}-discovery` },
      ],
    },
    network: {
      namespace: ns,
      egressTo: [{ namespace: pooler.namespace, podLabels: { [POOLER_LABEL]: pooler.name }, ports: [db.port] }],
    },
    outputs: { url: `https://${host}` },
    package: pkg,
  });
}
