// The gitlab chart (9.5.1) ships no values.schema.json at its top level (only its webservice and
// gitlab-shell sub-charts have small ones), so this is a hand-written type of the values the
// platform sets, checked against the chart's values.yaml and templates at that version.

export interface ContainerResources {
  requests?: { cpu?: string; memory?: string };
  limits?: { cpu?: string; memory?: string };
}

export interface SecretKeyRef {
  secret: string;
  key: string;
}

interface ObjectType {
  enabled?: boolean;
  proxy_download?: boolean;
  bucket?: string;
}

interface Hpa {
  minReplicas?: number;
  maxReplicas?: number;
}

interface Metrics {
  enabled?: boolean;
  serviceMonitor?: { enabled?: boolean };
  podMonitor?: { enabled?: boolean };
}

export interface GitLabValues {
  global?: {
    edition?: "ce" | "ee";
    gitlabVersion?: string;
    hosts?: {
      domain?: string;
      https?: boolean;
      gitlab?: { name?: string };
      registry?: { name?: string };
      ssh?: string;
    };
    ingress?: { enabled?: boolean; configureCertmanager?: boolean; tls?: { enabled?: boolean; secretName?: string } };
    monitoring?: { enabled?: boolean };
    kas?: { enabled?: boolean };
    minio?: { enabled?: boolean };
    psql?: {
      host?: string;
      port?: number;
      database?: string;
      username?: string;
      /** PgBouncer in transaction mode cannot keep server-side prepared statements. */
      preparedStatements?: boolean;
      password?: { useSecret?: boolean; secret?: string; key?: string };
    };
    redis?: {
      host?: string;
      port?: number;
      scheme?: "redis" | "rediss";
      auth?: { enabled?: boolean; secret?: string; key?: string };
    };
    appConfig?: {
      object_store?: { enabled?: boolean; proxy_download?: boolean; connection?: SecretKeyRef };
      artifacts?: ObjectType;
      lfs?: ObjectType;
      uploads?: ObjectType;
      packages?: ObjectType;
      externalDiffs?: ObjectType;
      terraformState?: ObjectType;
      ciSecureFiles?: ObjectType;
      dependencyProxy?: ObjectType;
      backups?: { bucket?: string; tmpBucket?: string };
      omniauth?: {
        enabled?: boolean;
        allowSingleSignOn?: readonly string[];
        autoLinkUser?: readonly string[];
        blockAutoCreatedUsers?: boolean;
        syncProfileFromProvider?: readonly string[];
        syncProfileAttributes?: readonly string[];
        providers?: readonly SecretKeyRef[];
      };
    };
    initialRootPassword?: SecretKeyRef;
    shell?: { port?: number };
    time_zone?: string;
    email?: { from?: string; display_name?: string; reply_to?: string };
    certificates?: { customCAs?: readonly ({ secret: string; keys?: readonly string[] } | { configMap: string; keys?: readonly string[] })[] };
    /** Environment of every GitLab container (libpq reads PGSSLMODE and PGSSLROOTCERT). */
    extraEnv?: Readonly<Record<string, string>>;
  };
  installCertmanager?: boolean;
  "nginx-ingress"?: { enabled?: boolean };
  prometheus?: { install?: boolean };
  postgresql?: { install?: boolean };
  redis?: { install?: boolean };
  "gitlab-runner"?: { install?: boolean };
  upgradeCheck?: { enabled?: boolean };
  "shared-secrets"?: { enabled?: boolean; rbac?: { create?: boolean } };
  registry?: {
    enabled?: boolean;
    hpa?: Hpa;
    storage?: { secret?: string; key?: string };
    resources?: ContainerResources;
    metrics?: Metrics;
  };
  gitlab?: {
    webservice?: {
      minReplicas?: number;
      maxReplicas?: number;
      workerProcesses?: number;
      resources?: ContainerResources;
      workhorse?: { resources?: ContainerResources; metrics?: Metrics };
      metrics?: Metrics;
    };
    sidekiq?: { minReplicas?: number; maxReplicas?: number; resources?: ContainerResources; metrics?: Metrics };
    gitaly?: {
      persistence?: { enabled?: boolean; storageClass?: string; size?: string };
      resources?: ContainerResources;
      metrics?: Metrics;
    };
    "gitlab-shell"?: { minReplicas?: number; maxReplicas?: number; resources?: ContainerResources; metrics?: Metrics };
    "gitlab-exporter"?: { enabled?: boolean; resources?: ContainerResources; metrics?: Metrics };
    toolbox?: {
      replicas?: number;
      resources?: ContainerResources;
      backups?: {
        cron?: { enabled?: boolean; schedule?: string; extraArgs?: string; resources?: ContainerResources };
        objectStorage?: { backend?: "s3"; config?: SecretKeyRef };
      };
    };
    migrations?: { resources?: ContainerResources };
    kas?: { enabled?: boolean };
  };
}
