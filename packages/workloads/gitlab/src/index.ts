import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import type { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import {
  classifyData,
  component,
  ConfigError,
  dnsName,
  healthCheck,
  helmRelease,
  merge,
  repositoryChart,
  type Component,
  type DataDeclaration,
  type DeepPartial,
  type OidcClient,
  type OnePasswordField,
  type Resource,
} from "@k8s-gitops/core";
import { externalSecret, type SecretStore } from "@k8s-gitops/external-secrets";
import { httpRoute, type Gateways } from "@k8s-gitops/gateway";
import {
  fromGateway,
  gateway,
  kubeApi,
  objectStore,
  oidc as oidcIssuer,
  tenant,
  type Allowance,
  type DragonflyAllowance,
  type PostgresAllowance,
  type Tenant,
  type TenantLimits,
  type TenantQuota,
} from "@k8s-gitops/tenant";
import { Deployment } from "kubernetes-models/apps/v1";
import pkg from "../package.json" with { type: "json" };
import { gitlabAlerts } from "./alerts.ts";
import type { GitLabValues } from "./values.ts";

export { gitlabAlerts } from "./alerts.ts";
export type { ContainerResources, GitLabValues, SecretKeyRef } from "./values.ts";

export const NAMESPACE = "gitlab-system";
export const RELEASE = "gitlab";
/** GitLab's version, which the chart version pins (chart 9.5 = GitLab 18.5). */
export const GITLAB_VERSION = "18.5.1";
/** Workhorse, in front of the Rails webservice: what the web route sends to. */
export const WORKHORSE_PORT = 8181;
export const REGISTRY_PORT = 5000;

/** The chart (hand-typed values: gitlab 9.5.1 ships no top-level values.schema.json). */
export function chart(version = "9.5.1") {
  return repositoryChart<GitLabValues>({ name: "gitlab", repository: "https://charts.gitlab.io", version });
}

const resources = (cpu: string, memory: string, cpuLimit: string, memoryLimit: string) => ({ requests: { cpu, memory }, limits: { cpu: cpuLimit, memory: memoryLimit } });

/** The values the platform runs GitLab with, before the connections, hosts and secrets are merged in. */
export const defaults = {
  global: {
    edition: "ce",
    gitlabVersion: GITLAB_VERSION,
    hosts: { https: true },
    // The gateway terminates TLS with the platform's wildcard certificate; no Ingress, no cert-manager of the chart's own.
    ingress: { enabled: false, configureCertmanager: false },
    // Render the ServiceMonitors and PodMonitors even where the chart cannot see the CRDs at template time.
    monitoring: { enabled: true },
    // The agent server needs a host and route of its own; nothing uses it yet.
    kas: { enabled: false },
    minio: { enabled: false },
    // PgBouncer in transaction mode hands each transaction another server connection.
    psql: { preparedStatements: false },
    appConfig: {
      externalDiffs: { enabled: false },
      terraformState: { enabled: false },
      dependencyProxy: { enabled: false },
      omniauth: {
        enabled: true,
        allowSingleSignOn: ["openid_connect"],
        autoLinkUser: ["openid_connect"],
        blockAutoCreatedUsers: false,
        syncProfileFromProvider: ["openid_connect"],
        syncProfileAttributes: ["name", "email"],
      },
    },
    shell: { port: 22 },
    time_zone: "UTC",
  },
  // The chart would otherwise install its own cert-manager, NGINX, Prometheus, PostgreSQL, Redis and runner.
  installCertmanager: false,
  "nginx-ingress": { enabled: false },
  prometheus: { install: false },
  postgresql: { install: false },
  redis: { install: false },
  "gitlab-runner": { install: false },
  // The pre-upgrade version check job needs the database reachable before anything else runs; Flux's remediation covers failed upgrades.
  upgradeCheck: { enabled: false },
  "shared-secrets": { enabled: true, rbac: { create: true } },
  registry: {
    enabled: true,
    hpa: { minReplicas: 1, maxReplicas: 2 },
    resources: resources("100m", "256Mi", "500m", "512Mi"),
    metrics: { enabled: true, serviceMonitor: { enabled: true } },
  },
  gitlab: {
    webservice: {
      minReplicas: 2,
      maxReplicas: 3,
      workerProcesses: 2,
      resources: resources("500m", "2Gi", "2", "4Gi"),
      workhorse: { resources: resources("100m", "256Mi", "500m", "512Mi"), metrics: { enabled: true, serviceMonitor: { enabled: true } } },
      metrics: { enabled: true, serviceMonitor: { enabled: true } },
    },
    sidekiq: { minReplicas: 1, maxReplicas: 2, resources: resources("500m", "1Gi", "2", "2Gi"), metrics: { enabled: true, podMonitor: { enabled: true } } },
    gitaly: {
      persistence: { enabled: true, size: "50Gi" },
      resources: resources("500m", "1Gi", "2", "2Gi"),
      metrics: { enabled: true, serviceMonitor: { enabled: true } },
    },
    "gitlab-shell": { minReplicas: 2, maxReplicas: 3, resources: resources("100m", "128Mi", "500m", "256Mi"), metrics: { enabled: true, serviceMonitor: { enabled: true } } },
    "gitlab-exporter": { enabled: true, resources: resources("50m", "128Mi", "200m", "256Mi"), metrics: { enabled: true, serviceMonitor: { enabled: true } } },
    toolbox: {
      replicas: 1,
      resources: resources("100m", "256Mi", "500m", "512Mi"),
      backups: {
        // The repositories live only on Gitaly's volume: back them up daily to the object store.
        // The database has CloudNativePG's backups and the object types are in the object store already.
        cron: {
          enabled: true,
          schedule: "0 1 * * *",
          extraArgs: "--skip db --skip artifacts --skip lfs --skip uploads --skip packages --skip registry",
          resources: resources("100m", "512Mi", "1", "2Gi"),
        },
      },
    },
    migrations: { resources: resources("250m", "512Mi", "1", "1Gi") },
  },
} satisfies GitLabValues;

/** The buckets on the object store (created on the store itself, outside the cluster). */
export interface GitLabBuckets {
  artifacts: string;
  lfs: string;
  uploads: string;
  packages: string;
  ciSecureFiles: string;
  registry: string;
  backups: string;
  tmp: string;
}

export const DEFAULT_BUCKETS: GitLabBuckets = {
  artifacts: "gitlab-artifacts",
  lfs: "gitlab-lfs",
  uploads: "gitlab-uploads",
  packages: "gitlab-packages",
  ciSecureFiles: "gitlab-ci-secure-files",
  registry: "gitlab-registry",
  backups: "gitlab-backups",
  tmp: "gitlab-tmp",
};

/** The tenant's size: the release at its largest (every HPA at its maximum, a rolling update's extra webservice pod, migrations and the backup job). */
export const DEFAULT_QUOTA: TenantQuota = {
  requests: { cpu: "6", memory: "16Gi" },
  limits: { cpu: "24", memory: "32Gi" },
  pods: 30,
  persistentVolumeClaims: 2,
  storage: "60Gi",
};

export const DEFAULT_LIMITS: TenantLimits = {
  defaultRequest: { cpu: "50m", memory: "64Mi" },
  default: { cpu: "500m", memory: "512Mi" },
  max: { cpu: "4", memory: "8Gi" },
};

export interface GitLabOptions {
  /** Chart version (default 9.5.1, GitLab 18.5.1). */
  version?: string;
  namespace?: string;
  /** The domain (e-mail sender) and the web and registry host names, covered by the gateway's certificate. */
  domain: string;
  host: string;
  registryHost: string;
  /** Which gateway the routes attach to: `external` (public, through the tunnel) or `internal` (LAN). */
  gateway: "external" | "internal";
  /** The tenant's database connection, granted by `postgres(database, "gitlab")`. */
  database: PostgresAllowance;
  /** Its Dragonfly (Redis for sessions, caches and Sidekiq's queues), granted by `dragonfly(cache)`. */
  cache: DragonflyAllowance;
  objectStore: {
    endpoint: `http://${string}` | `https://${string}`;
    region?: string;
    /** 1Password item with fields ACCESS_KEY_ID and SECRET_ACCESS_KEY. */
    credentials: string;
    buckets?: Partial<GitLabBuckets>;
  };
  /** The OIDC client GitLab signs users in with (the identity provider's realm returns it). */
  oidc: OidcClient;
  rootPassword: OnePasswordField;
  /** Gitaly's volume. */
  storageClass: string;
  quota?: TenantQuota;
  limits?: TenantLimits;
  /** What GitLab holds: users' identities, code and issues are personal data. */
  data: DataDeclaration;
  values?: DeepPartial<GitLabValues>;
}

export interface GitLabDeps {
  cilium: Component;
  secretStore: SecretStore;
  gateways: Gateways;
  /** The prometheus-operator CRDs (ServiceMonitor, PodMonitor, PrometheusRule). */
  monitoringCrds: Component;
  /** The component that creates Gitaly's storage class. */
  storage: Component;
}

/** What GitLab's dependants (its runners) read: where it answers. */
export interface GitLabOutputs {
  /** The web and API URL (`https://<host>`). */
  readonly url: `https://${string}`;
  /** The container registry's host. */
  readonly registryHost: string;
}

/** GitLab as a tenant: the tenant (namespace, quota, limits, allowances) and the release in it. */
export type GitLab = { readonly tenant: Tenant; readonly gitlab: Component<GitLabOutputs> };

/**
 * GitLab on the shared PostgreSQL and its own Dragonfly, both over TLS verified with the CAs the
 * tenant copies in, objects on the S3 store, users signed in through OIDC, web and registry
 * routes on a gateway (ExternalDNS publishes their names), metrics and alerts. Every value that
 * names a server comes from a typed connection the tenant was granted, so the policies and the
 * configuration cannot disagree.
 */
export function gitlab(o: GitLabOptions, deps: GitLabDeps): GitLab {
  const ns = o.namespace ?? NAMESPACE;
  const where = { component: "gitlab" };
  const host = dnsName(o.host, { ...where, field: "host" });
  const registryHost = dnsName(o.registryHost, { ...where, field: "registryHost" });
  if (host === registryHost) throw new ConfigError(`the web and registry hosts are both ${host}: the registry needs a name of its own`, { ...where, field: "registryHost" });
  const buckets = { ...DEFAULT_BUCKETS, ...o.objectStore.buckets };
  const allowances: Allowance[] = [
    o.database,
    o.cache,
    objectStore(o.objectStore.endpoint),
    oidcIssuer(o.oidc),
    // The issuer and the runners' names may resolve to this cluster's gateways.
    gateway(),
    fromGateway([WORKHORSE_PORT, REGISTRY_PORT]),
    // The shared-secrets job writes the generated secrets through the API.
    kubeApi(),
  ];
  const t = tenant(
    { name: "gitlab", namespace: ns, podSecurity: "baseline", quota: o.quota ?? DEFAULT_QUOTA, limits: o.limits ?? DEFAULT_LIMITS, allowances },
    { cilium: deps.cilium },
  );
  const parent = deps.gateways.outputs[o.gateway];
  const routes = [
    httpRoute({ name: "gitlab-web", namespace: ns, parent, hostnames: [host], backend: { service: `${RELEASE}-webservice-default`, port: WORKHORSE_PORT } }),
    httpRoute({ name: "gitlab-registry", namespace: ns, parent, hostnames: [registryHost], backend: { service: `${RELEASE}-registry`, port: REGISTRY_PORT } }),
  ];
  const store = deps.secretStore.outputs.storeRef;
  const secrets = gitlabSecrets(o, ns, buckets, host, store);
  const release = helmRelease({
    name: RELEASE,
    namespace: ns,
    chart: chart(o.version),
    defaults: merge<GitLabValues>(defaults, connectedValues(o, t, buckets, host, registryHost)),
    values: o.values,
    timeout: "20m",
  });
  const objects: Resource[] = [
    ...secrets,
    ...release.map((r) => (HelmRelease.is(r) ? classifyData(r, o.data) : r)),
    ...routes,
    gitlabAlerts(ns, RELEASE),
  ];
  const app = component<GitLabOutputs>({
    name: "gitlab",
    namespace: ns,
    resources: objects,
    dependsOn: [t, deps.secretStore, deps.gateways, deps.monitoringCrds, deps.storage, o.database.provider, o.cache.provider],
    // The first install runs the database migrations before the webservice starts.
    timeout: "30m",
    healthChecks: [
      healthCheck(HelmRelease, RELEASE, ns),
      healthCheck(Deployment, `${RELEASE}-webservice-default`, ns),
      healthCheck(Deployment, `${RELEASE}-sidekiq-all-in-1-v2`, ns),
    ],
    provides: { services: [{ namespace: ns, name: `${RELEASE}-webservice-default` }, { namespace: ns, name: `${RELEASE}-registry` }] },
    outputs: { url: `https://${host}`, registryHost },
    package: pkg,
  });
  return { tenant: t, gitlab: app };
}

/** The values that come from the typed connections, hosts and the tenant's CA copies. */
function connectedValues(o: GitLabOptions, t: Tenant, buckets: GitLabBuckets, host: string, registryHost: string): GitLabValues {
  const db = o.database.connection;
  const cache = o.cache.connection;
  const trusted = t.outputs.trusted;
  // The chart projects every custom CA under its key name into one directory: two Secrets with key ca.crt would collide.
  if (trusted.length > 1) {
    throw new ConfigError(`the database and the cache are signed by different CAs (${trusted.map((x) => x.issuer.name).join(", ")}); GitLab's trust directory takes one ca.crt`, {
      component: "gitlab",
      field: "global.certificates.customCAs",
    });
  }
  const connection = { secret: "gitlab-object-storage", key: "connection" };
  return {
    global: {
      hosts: { domain: o.domain, gitlab: { name: host }, registry: { name: registryHost } },
      psql: { host: db.host, port: db.port, database: db.database, username: db.user, password: { useSecret: true, secret: "gitlab-postgres-password", key: "password" } },
      redis: { host: cache.host, port: cache.port, scheme: "rediss", auth: { enabled: true, secret: "gitlab-redis-password", key: "password" } },
      // The servers' CA joins the system trust store of every GitLab container: Ruby's and Go's
      // TLS clients (Redis, Workhorse) verify against it, and libpq is pointed at it below.
      certificates: { customCAs: trusted.map((ca) => ({ secret: ca.secret, keys: [ca.key] })) },
      // The chart's own PostgreSQL TLS settings demand a client certificate; libpq's environment
      // gives verify-full against the trust store without one.
      extraEnv: { PGSSLMODE: db.sslMode, PGSSLROOTCERT: "/etc/ssl/certs/ca-certificates.crt" },
      appConfig: {
        object_store: { enabled: true, proxy_download: true, connection },
        artifacts: { bucket: buckets.artifacts },
        lfs: { bucket: buckets.lfs },
        uploads: { bucket: buckets.uploads },
        packages: { bucket: buckets.packages },
        ciSecureFiles: { enabled: true, bucket: buckets.ciSecureFiles },
        backups: { bucket: buckets.backups, tmpBucket: buckets.tmp },
        omniauth: { providers: [{ secret: "gitlab-oidc", key: "provider" }] },
      },
      initialRootPassword: { secret: "gitlab-root-password", key: "password" },
      email: { from: `gitlab@${o.domain}`, display_name: "GitLab", reply_to: `noreply@${o.domain}` },
    },
    registry: { storage: { secret: "gitlab-object-storage", key: "registry" } },
    gitlab: {
      gitaly: { persistence: { storageClass: o.storageClass } },
      toolbox: { backups: { objectStorage: { backend: "s3", config: { secret: "gitlab-object-storage", key: "s3cfg" } } } },
    },
  };
}

/**
 * The Secrets GitLab reads, each from 1Password: the database role's and the cache's passwords
 * from the items their servers use (so both sides always agree), the object store's keys
 * templated into the three formats GitLab's parts read (Rails' fog connection, the registry's
 * storage driver, the toolbox's s3cmd), the root password and the OIDC provider.
 */
function gitlabSecrets(o: GitLabOptions, ns: string, buckets: GitLabBuckets, host: string, store: SecretStore["outputs"]["storeRef"]): ExternalSecret[] {
  const s3 = new URL(o.objectStore.endpoint);
  const region = o.objectStore.region ?? "us-east-1";
  const https = s3.protocol === "https:";
  const hostPort = s3.host;
  const keys = { ACCESS_KEY_ID: { item: o.objectStore.credentials, property: "ACCESS_KEY_ID" }, SECRET_ACCESS_KEY: { item: o.objectStore.credentials, property: "SECRET_ACCESS_KEY" } };
  const templated = (es: ExternalSecret, data: Record<string, string>) => merge(es, { spec: { target: { template: { engineVersion: "v2", data } } } });
  const lines = (...l: string[]) => `${l.join("\n")}\n`;
  const issuer = o.oidc.issuerUrl;
  const redirect = o.oidc.redirectUris.find((u) => u.startsWith(`https://${host}/`));
  if (!redirect) throw new ConfigError(`the OIDC client ${o.oidc.clientId} allows no redirect URI on https://${host}/ (it allows ${o.oidc.redirectUris.join(", ") || "none"})`, { component: "gitlab", field: "oidc.redirectUris" });
  return [
    externalSecret({ name: "gitlab-postgres-password", namespace: ns, store, data: { password: { item: o.database.connection.credentials.item, property: "password" } } }),
    externalSecret({ name: "gitlab-redis-password", namespace: ns, store, data: { password: { item: o.cache.connection.password.item, property: "password" } } }),
    templated(externalSecret({ name: "gitlab-object-storage", namespace: ns, store, data: keys }), {
      connection: lines(
        "provider: AWS",
        `region: ${region}`,
        "aws_access_key_id: {{ .ACCESS_KEY_ID }}",
        "aws_secret_access_key: {{ .SECRET_ACCESS_KEY }}",
        "aws_signature_version: 4",
        `host: ${s3.hostname}`,
        `endpoint: ${s3.origin}`,
        "path_style: true",
      ),
      registry: lines(
        "s3:",
        `  bucket: ${buckets.registry}`,
        "  accesskey: {{ .ACCESS_KEY_ID }}",
        "  secretkey: {{ .SECRET_ACCESS_KEY }}",
        `  region: ${region}`,
        `  regionendpoint: ${s3.origin}`,
        `  secure: ${https}`,
        "  pathstyle: true",
        "  v4auth: true",
      ),
      s3cfg: lines(
        "[default]",
        "access_key = {{ .ACCESS_KEY_ID }}",
        "secret_key = {{ .SECRET_ACCESS_KEY }}",
        `bucket_location = ${region}`,
        `host_base = ${hostPort}`,
        `host_bucket = ${hostPort}`,
        `use_https = ${https ? "True" : "False"}`,
        "signature_v2 = False",
      ),
    }),
    externalSecret({ name: "gitlab-root-password", namespace: ns, store, data: { password: o.rootPassword } }),
    templated(externalSecret({ name: "gitlab-oidc", namespace: ns, store, data: { client_secret: o.oidc.secret } }), {
      provider: lines(
        "name: openid_connect",
        "label: Single sign-on",
        "args:",
        "  name: openid_connect",
        "  scope: [openid, profile, email]",
        "  response_type: code",
        `  issuer: ${issuer}`,
        "  discovery: true",
        "  uid_field: preferred_username",
        "  pkce: true",
        "  client_options:",
        `    identifier: ${o.oidc.clientId}`,
        "    secret: '{{ .client_secret }}'",
        `    redirect_uri: ${redirect}`,
      ),
    }),
  ];
}
