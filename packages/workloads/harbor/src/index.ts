import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import type { HTTPRoute } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1";
import {
  classifyData,
  component,
  ConfigError,
  healthCheck,
  helmRelease,
  merge,
  namespace,
  repositoryChart,
  type Component,
  type DataDeclaration,
  type DeepPartial,
  type OidcClient,
  type Resource,
} from "@k8s-gitops/core";
import type { DragonflyConnection } from "@k8s-gitops/dragonfly";
import type { SecretStore } from "@k8s-gitops/external-secrets";
import { httpRoute, type GatewayOutputs, type Gateways } from "@k8s-gitops/gateway";
import type { PostgresConnection, SharedPostgresOutputs } from "@k8s-gitops/postgres-shared";
import { Deployment, StatefulSet } from "kubernetes-models/apps/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import pkg from "../package.json" with { type: "json" };
import { harborAlerts } from "./alerts.ts";
import { gatewayIngress, internetEgress, objectStoreEgress } from "./network.ts";
import { caBundle, credentialSecrets, oidcSecret, SECRETS, type HarborCredentials, type OidcSettings } from "./secrets.ts";
import type { HarborValues } from "./values.ts";

export { harborAlerts } from "./alerts.ts";
export { gatewayIngress, internetEgress, NON_INTERNET, objectStoreEgress } from "./network.ts";
export { caBundle, credentialSecrets, oidcSecret, SECRETS, type HarborCredentials, type OidcSettings, type TrustedCa } from "./secrets.ts";
export type { ComponentValues, HarborValues, Resources, SpreadConstraint } from "./values.ts";

export const NAMESPACE = "harbor";
/** The release; the chart names its objects harbor-<component> after it. */
export const RELEASE = "harbor";
/** The port core and the portal listen on without internal TLS. */
export const HTTP_PORT = 8080;
/** The user core authenticates to the registry as (its password is in 1Password). */
export const REGISTRY_USER = "harbor_registry_user";

/** The chart, pinned (https://helm.goharbor.io harbor 1.18.0: Harbor v2.14.0). No values.schema.json upstream: no validator. */
export function chart(version = "1.18.0") {
  return repositoryChart<HarborValues>({ name: "harbor", repository: "https://helm.goharbor.io", version });
}

const spread = [{ maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "ScheduleAnyway" as const }];
const res = (cpu: string, memory: string, cpuLimit: string, memoryLimit: string) => ({ requests: { cpu, memory }, limits: { cpu: cpuLimit, memory: memoryLimit } });

/**
 * What the platform runs: two of every stateless part spread over the nodes, the chart's own
 * HTTPRoute (path rules for core and the portal, no nginx), no internal database or Redis,
 * restricted container security, Trivy and metrics on, job logs in the database (no volume).
 * The connection facts, secrets and storage are merged in by `harbor()` from its inputs.
 */
export const defaults = {
  expose: { type: "route", tls: { enabled: false } },
  internalTLS: { enabled: false },
  logLevel: "info",
  updateStrategy: { type: "RollingUpdate" },
  containerSecurityContext: {
    privileged: false,
    allowPrivilegeEscalation: false,
    runAsNonRoot: true,
    seccompProfile: { type: "RuntimeDefault" },
    capabilities: { drop: ["ALL"] },
  },
  existingSecretAdminPassword: SECRETS.admin,
  existingSecretAdminPasswordKey: "HARBOR_ADMIN_PASSWORD",
  existingSecretSecretKey: SECRETS.secretKey,
  persistence: {
    enabled: true,
    resourcePolicy: "keep",
    persistentVolumeClaim: { trivy: { size: "5Gi", accessMode: "ReadWriteOnce" } },
    imageChartStorage: {
      disableredirect: true,
      type: "s3",
      s3: { region: "us-east-1", bucket: "harbor", existingSecret: SECRETS.s3, v4auth: true, chunksize: "5242880", rootdirectory: "/" },
    },
  },
  metrics: { enabled: true, serviceMonitor: { enabled: true } },
  portal: { replicas: 2, resources: res("100m", "128Mi", "500m", "256Mi"), topologySpreadConstraints: spread },
  core: {
    replicas: 2,
    resources: res("500m", "512Mi", "1", "1Gi"),
    topologySpreadConstraints: spread,
    existingXsrfSecret: SECRETS.xsrf,
    existingXsrfSecretKey: "CSRF_KEY",
    // A deleted user's name and email are replaced, and audit logs keep no personal data.
    gdpr: { deleteUser: true, auditLogsCompliant: true },
  },
  jobservice: {
    replicas: 2,
    resources: res("500m", "512Mi", "1", "1Gi"),
    topologySpreadConstraints: spread,
    maxJobWorkers: 10,
    jobLoggers: ["database", "stdout"],
    loggerSweeperDuration: 14,
  },
  registry: {
    replicas: 2,
    registry: {
      resources: res("500m", "512Mi", "1", "1Gi"),
      // Path-style requests: the object store's certificate is for its own name, not <bucket>.<name>.
      extraEnvVars: [{ name: "REGISTRY_STORAGE_S3_FORCEPATHSTYLE", value: "true" }],
    },
    controller: { resources: res("50m", "64Mi", "500m", "256Mi") },
    topologySpreadConstraints: spread,
    relativeurls: true,
    credentials: { username: REGISTRY_USER, existingSecret: SECRETS.registryCredentials },
    middleware: { enabled: false },
    upload_purging: { enabled: true, age: "168h", interval: "24h", dryrun: false },
  },
  trivy: {
    enabled: true,
    replicas: 2,
    resources: res("200m", "512Mi", "1", "1Gi"),
    topologySpreadConstraints: spread,
    vulnType: "os,library",
    severity: "UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL",
    ignoreUnfixed: false,
    offlineScan: false,
    timeout: "5m0s",
  },
  exporter: { replicas: 1, resources: res("50m", "64Mi", "500m", "256Mi") },
  database: { type: "external", external: { existingSecret: SECRETS.database }, maxIdleConns: 20, maxOpenConns: 100 },
  redis: { type: "external", external: { tlsOptions: { enable: true }, coreDatabaseIndex: "0", jobserviceDatabaseIndex: "1", registryDatabaseIndex: "2", trivyAdapterIndex: "5" } },
} satisfies HarborValues;

/** The parts that run two replicas by default, each with a PodDisruptionBudget (the chart has none). */
const BUDGETED = ["core", "portal", "jobservice", "registry", "trivy"] as const;

/** Registry robot accounts are Harbor API objects, not Kubernetes ones: see the README (robot accounts). */
export interface HarborOptions {
  cluster: string;
  /** The public name (https://<host>); the gateway's certificate must cover it. */
  host: string;
  /** The gateway of the gateway component the route attaches to (default external). */
  gateway?: keyof GatewayOutputs;
  /** Image storage: the S3 endpoint (TLS), its bucket and region. */
  objectStore: { endpoint: `https://${string}`; bucket?: string; region?: string };
  /** 1Password items of Harbor's own credentials. */
  credentials: HarborCredentials;
  /** The class of Trivy's cache volumes. */
  storageClass: string;
  /** Sign-in through Keycloak; without it Harbor keeps database accounts. */
  oidc?: { client: OidcClient } & Partial<OidcSettings>;
  /** ServiceMonitor (the chart's) and alerts, on by default. */
  monitoring?: boolean;
  /** Users, projects and audit logs in PostgreSQL, images in the bucket: what Harbor stores. */
  data?: DataDeclaration;
  version?: string;
  /** Chart values, deep-merged over `defaults` and the values derived from the inputs. */
  values?: DeepPartial<HarborValues>;
}

export interface HarborDeps {
  gateways: Gateways;
  secretStore: SecretStore;
  /** The shared PostgreSQL with a tenant `harbor`: its connection is read from the outputs. */
  postgres: Component<SharedPostgresOutputs<"harbor">>;
  /** Harbor's Dragonfly instance. */
  dragonfly: Component<{ readonly connection: DragonflyConnection }>;
  /** What provides `storageClass`. */
  storage: Component;
  /** The ServiceMonitor and PrometheusRule CRDs (needed when monitoring is on). */
  monitoringCrds?: Component;
}

const DEFAULT_OIDC: OidcSettings = { name: "Keycloak", userClaim: "preferred_username", groupsClaim: "groups", scopes: ["openid", "profile", "email", "offline_access"] };

/** host:port of a service name the connection gives. */
function hostPort(c: { host: string; port: number }): string {
  return `${c.host}:${c.port}`;
}

/** The first label of a Service host (<name>.<namespace>.svc): the pooler's pods carry it. */
function serviceName(host: string): string {
  return host.split(".")[0] ?? host;
}

/** The values that follow from the typed inputs, merged over `defaults` before the caller's. */
function derivedValues(
  o: HarborOptions,
  db: PostgresConnection,
  cache: DragonflyConnection,
  gateway: { name: string; namespace: string; sectionName: string },
  trustBundle: string,
): DeepPartial<HarborValues> {
  return {
    externalURL: `https://${o.host}`,
    expose: {
      route: {
        parentRefs: [{ group: "gateway.networking.k8s.io", kind: "Gateway", name: gateway.name, namespace: gateway.namespace, sectionName: gateway.sectionName }],
        hosts: [o.host],
      },
    },
    caBundleSecretName: trustBundle,
    persistence: {
      persistentVolumeClaim: { trivy: { storageClass: o.storageClass } },
      imageChartStorage: {
        s3: {
          regionendpoint: o.objectStore.endpoint,
          ...(o.objectStore.bucket ? { bucket: o.objectStore.bucket } : {}),
          ...(o.objectStore.region ? { region: o.objectStore.region } : {}),
          // The endpoint is https: TLS, verified against the public roots.
          secure: true,
          skipverify: false,
        },
      },
    },
    metrics: { enabled: o.monitoring ?? true, serviceMonitor: { enabled: o.monitoring ?? true } },
    ...(o.oidc ? { core: { extraEnvVars: [{ name: "CONFIG_OVERWRITE_JSON", valueFrom: { secretKeyRef: { name: SECRETS.oidc, key: "CONFIG_OVERWRITE_JSON" } } }] } } : {}),
    database: { external: { host: db.host, port: String(db.port), username: db.user, coreDatabase: db.database, sslmode: db.sslMode } },
    redis: { external: { addr: hostPort(cache), tlsOptions: { enable: cache.tls } } },
  };
}

/**
 * The chart renders the HTTPRoute (path rules for core and the portal); the gateway package's
 * route builder is run on the same host and parent for its checks: a ref from gateways(), a
 * host the gateway's certificate covers.
 */
function checkRoute(o: HarborOptions, parent: GatewayOutputs[keyof GatewayOutputs]): HTTPRoute {
  return httpRoute({ name: RELEASE, namespace: NAMESPACE, parent, hostnames: [o.host], backend: { service: `${RELEASE}-portal`, port: 80 } });
}

/**
 * Harbor in its namespace: the chart on the apps cluster's shared PostgreSQL (its tenant's
 * pooler, TLS verify-full), its Dragonfly (TLS, password), image storage in the S3 bucket
 * (TLS), the chart's HTTPRoute on a gateway of the gateway component (ExternalDNS publishes its
 * name), OIDC through Keycloak when a client is given, Trivy, metrics and alerts. Every secret
 * comes from 1Password through ExternalSecrets; the CAs of the pooler and Dragonfly are copied
 * from their namespaces into one bundle every Harbor part trusts.
 */
export function harbor(o: HarborOptions, deps: HarborDeps): Component {
  const where = { cluster: o.cluster, component: "harbor" };
  const monitoring = o.monitoring ?? true;
  if (monitoring && !deps.monitoringCrds) {
    throw new ConfigError("monitoring needs the monitoring CRDs (ServiceMonitor, PrometheusRule): pass deps.monitoringCrds", { ...where, field: "monitoring" });
  }
  if (!o.objectStore.endpoint.startsWith("https://")) {
    throw new ConfigError(`object store endpoint ${o.objectStore.endpoint} is not https: images would cross the network unencrypted`, { ...where, field: "objectStore.endpoint" });
  }
  const db = deps.postgres.outputs.connections.harbor;
  const cache = deps.dragonfly.outputs.connection;
  const parent = deps.gateways.outputs[o.gateway ?? "external"];
  try {
    checkRoute(o, parent);
  } catch (e) {
    throw e instanceof ConfigError ? e.within({ ...where, field: "host" }) : e;
  }
  const store = deps.secretStore.outputs.storeRef;
  const trust = caBundle(NAMESPACE, [db.ca, cache.ca]);
  const [source, release] = helmRelease({
    name: RELEASE,
    namespace: NAMESPACE,
    chart: chart(o.version),
    defaults: merge<HarborValues>(defaults, derivedValues(o, db, cache, parent, trust.secretName)),
    values: o.values,
    timeout: "15m",
  });
  // Dragonfly's password goes into the Redis URLs the chart builds; read at install from the
  // Secret (helm-controller waits for it), never written into the tree.
  const withPassword = merge(release, { spec: { valuesFrom: [{ kind: "Secret", name: SECRETS.redis, valuesKey: "password", targetPath: "redis.external.password" }] } });
  const budgets = BUDGETED.map(
    (part) =>
      new PodDisruptionBudget({
        metadata: { name: `${RELEASE}-${part}`, namespace: NAMESPACE },
        spec: { maxUnavailable: 1, selector: { matchLabels: { release: RELEASE, app: "harbor", component: part } } },
      }),
  );
  const resources: Resource[] = [
    // Harbor's images run as uid 10000 with every restricted setting the chart applies.
    namespace(NAMESPACE, { podSecurity: "restricted" }),
    ...credentialSecrets({ namespace: NAMESPACE, store, credentials: o.credentials, database: db.credentials, redis: cache.password, registryUser: REGISTRY_USER }),
    ...trust.resources,
    ...(o.oidc ? [oidcSecret(NAMESPACE, store, o.oidc.client, { ...DEFAULT_OIDC, ...o.oidc })] : []),
    source,
    classifyData(withPassword, o.data ?? { classification: "confidential", frameworks: ["gdpr"] }),
    ...budgets,
    gatewayIngress(NAMESPACE, HTTP_PORT),
    internetEgress(NAMESPACE, ["core", "jobservice", "trivy"]),
    ...(monitoring ? [harborAlerts(NAMESPACE, RELEASE)] : []),
  ];
  return component({
    name: "harbor",
    namespace: NAMESPACE,
    dependsOn: [deps.gateways, deps.secretStore, deps.postgres, deps.dragonfly, deps.storage, ...(monitoring && deps.monitoringCrds ? [deps.monitoringCrds] : [])],
    // First install migrates the database schema before core is ready.
    timeout: "20m",
    resources,
    healthChecks: [
      healthCheck(HelmRelease, RELEASE, NAMESPACE),
      ...["core", "portal", "registry", "jobservice"].map((part) => healthCheck(Deployment, `${RELEASE}-${part}`, NAMESPACE)),
      healthCheck(StatefulSet, `${RELEASE}-trivy`, NAMESPACE),
    ],
    provides: { services: [{ namespace: NAMESPACE, name: `${RELEASE}-core` }, { namespace: NAMESPACE, name: `${RELEASE}-portal` }] },
    network: {
      namespace: NAMESPACE,
      // No part of Harbor talks to the Kubernetes API.
      kubeApi: false,
      egressTo: [
        { namespace: db.secret.namespace, podLabels: { "cnpg.io/poolerName": serviceName(db.host) }, ports: [db.port] },
        { namespace: cache.password.namespace, ports: [cache.port] },
      ],
      ...objectStoreEgress(o.objectStore.endpoint),
    },
    package: pkg,
  });
}
