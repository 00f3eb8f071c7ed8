/**
 * The Harbor chart's values (goharbor/harbor-helm 1.18.0), as far as this package sets them.
 * The chart ships no values.schema.json (its tag v1.18.0 has values.yaml only), so there is no
 * generated type and no run-time validator: these keys are typed by hand from its values.yaml
 * and the templates that read them. A key outside this subset does not compile.
 */

export interface Resources {
  requests?: { cpu?: string; memory?: string };
  limits?: { cpu?: string; memory?: string };
}

/** The chart adds the component's own labelSelector to each constraint. */
export interface SpreadConstraint {
  maxSkew: number;
  topologyKey: string;
  whenUnsatisfiable: "DoNotSchedule" | "ScheduleAnyway";
}

export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string } };
}

/** Fields every Harbor component's section shares. */
export interface ComponentValues {
  replicas?: number;
  resources?: Resources;
  topologySpreadConstraints?: SpreadConstraint[];
  extraEnvVars?: EnvVar[];
  podLabels?: Record<string, string>;
  podAnnotations?: Record<string, string>;
  automountServiceAccountToken?: boolean;
}

export interface HarborValues {
  /** route: the chart's HTTPRoute; clusterIP/ingress/nodePort/loadBalancer put an nginx in front. */
  expose?: {
    type?: "route" | "clusterIP" | "ingress" | "nodePort" | "loadBalancer";
    tls?: { enabled?: boolean };
    route?: {
      parentRefs?: { group?: string; kind?: string; name: string; namespace?: string; sectionName?: string }[];
      hosts?: string[];
      labels?: Record<string, string>;
      annotations?: Record<string, string>;
    };
  };
  externalURL?: string;
  /** Secret (key ca.crt) added to the trust store of core, jobservice, registry, trivy and the exporter. */
  caBundleSecretName?: string;
  existingSecretAdminPassword?: string;
  existingSecretAdminPasswordKey?: string;
  /** Secret with key `secretKey`: the 16-character key Harbor encrypts stored credentials with. */
  existingSecretSecretKey?: string;
  internalTLS?: { enabled?: boolean };
  ipFamily?: { ipv6?: { enabled?: boolean }; ipv4?: { enabled?: boolean } };
  logLevel?: "debug" | "info" | "warning" | "error" | "fatal";
  updateStrategy?: { type?: "RollingUpdate" | "Recreate" };
  containerSecurityContext?: {
    privileged?: boolean;
    allowPrivilegeEscalation?: boolean;
    readOnlyRootFilesystem?: boolean;
    runAsNonRoot?: boolean;
    seccompProfile?: { type?: "RuntimeDefault" };
    capabilities?: { drop?: string[] };
  };
  persistence?: {
    enabled?: boolean;
    resourcePolicy?: "keep" | "";
    persistentVolumeClaim?: {
      trivy?: { storageClass?: string; size?: string; accessMode?: "ReadWriteOnce" };
    };
    imageChartStorage?: {
      /** Off: MinIO serves no pre-signed redirects the clients could follow through the gateway. */
      disableredirect?: boolean;
      type?: "filesystem" | "s3";
      s3?: {
        region?: string;
        bucket?: string;
        regionendpoint?: string;
        /** Secret with REGISTRY_STORAGE_S3_ACCESSKEY and REGISTRY_STORAGE_S3_SECRETKEY. */
        existingSecret?: string;
        secure?: boolean;
        skipverify?: boolean;
        v4auth?: boolean;
        chunksize?: string;
        rootdirectory?: string;
      };
    };
  };
  metrics?: {
    enabled?: boolean;
    serviceMonitor?: { enabled?: boolean; interval?: string; additionalLabels?: Record<string, string> };
  };
  cache?: { enabled?: boolean; expireHours?: number };
  portal?: ComponentValues;
  core?: ComponentValues & {
    /** Secret with key CSRF_KEY (32 characters). */
    existingXsrfSecret?: string;
    existingXsrfSecretKey?: string;
    gdpr?: { deleteUser?: boolean; auditLogsCompliant?: boolean };
  };
  jobservice?: ComponentValues & {
    maxJobWorkers?: number;
    jobLoggers?: ("file" | "database" | "stdout")[];
    loggerSweeperDuration?: number;
  };
  registry?: {
    registry?: { resources?: Resources; extraEnvVars?: EnvVar[] };
    controller?: { resources?: Resources; extraEnvVars?: EnvVar[] };
    replicas?: number;
    topologySpreadConstraints?: SpreadConstraint[];
    podLabels?: Record<string, string>;
    relativeurls?: boolean;
    /** Secret with REGISTRY_PASSWD and REGISTRY_HTPASSWD: core's credential for the registry. */
    credentials?: { username?: string; existingSecret?: string };
    middleware?: { enabled?: boolean };
    upload_purging?: { enabled?: boolean; age?: string; interval?: string; dryrun?: boolean };
  };
  trivy?: ComponentValues & {
    enabled?: boolean;
    vulnType?: string;
    severity?: string;
    ignoreUnfixed?: boolean;
    skipUpdate?: boolean;
    skipJavaDBUpdate?: boolean;
    offlineScan?: boolean;
    timeout?: string;
  };
  exporter?: ComponentValues & { cacheDuration?: number };
  database?: {
    type?: "internal" | "external";
    external?: {
      host?: string;
      port?: string;
      username?: string;
      coreDatabase?: string;
      /** Secret with key `password`. */
      existingSecret?: string;
      sslmode?: "disable" | "require" | "verify-ca" | "verify-full";
    };
    maxIdleConns?: number;
    maxOpenConns?: number;
  };
  redis?: {
    type?: "internal" | "external";
    external?: {
      /** host:port */
      addr?: string;
      tlsOptions?: { enable?: boolean };
      coreDatabaseIndex?: string;
      jobserviceDatabaseIndex?: string;
      registryDatabaseIndex?: string;
      trivyAdapterIndex?: string;
    };
  };
}
