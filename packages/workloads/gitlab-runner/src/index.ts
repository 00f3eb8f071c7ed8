import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { component, ConfigError, healthCheck, helmRelease, merge, repositoryChart, type Component, type DeepPartial, type OnePasswordField } from "@k8s-gitops/core";
import { externalSecret, type SecretStore } from "@k8s-gitops/external-secrets";
import type { GitLabOutputs } from "@k8s-gitops/gitlab";
import { gateway, internet, kubeApi, objectStore, registry, tenant, type Allowance, type Tenant, type TenantLimits, type TenantQuota } from "@k8s-gitops/tenant";
import { Deployment } from "kubernetes-models/apps/v1";
import pkg from "../package.json" with { type: "json" };

export const NAMESPACE = "gitlab-runner";
export const RELEASE = "gitlab-runner";
export const METRICS_PORT = 9252;

// The gitlab-runner chart ships no values.schema.json (checked in the published chart archives
// 0.77.2 to 0.86.0), so this is a hand-written type of the values the platform sets.
export interface GitLabRunnerValues {
  gitlabUrl?: string;
  concurrent?: number;
  checkInterval?: number;
  unregisterRunners?: boolean;
  terminationGracePeriodSeconds?: number;
  rbac?: { create?: boolean; rules?: readonly { apiGroups?: readonly string[]; resources?: readonly string[]; verbs?: readonly string[] }[]; clusterWideAccess?: boolean };
  metrics?: { enabled?: boolean; portName?: string; port?: number; serviceMonitor?: { enabled?: boolean } };
  service?: { enabled?: boolean; type?: "ClusterIP" };
  runners?: {
    /** The Secret with keys runner-token (an authentication token, glrt-) and runner-registration-token (empty). */
    secret?: string;
    /** config.toml's [[runners]] section (a Helm template: the chart renders it with tpl). */
    config?: string;
    cache?: { secretName?: string };
  };
  securityContext?: { allowPrivilegeEscalation?: boolean; readOnlyRootFilesystem?: boolean; runAsNonRoot?: boolean; privileged?: boolean; capabilities?: { drop?: readonly string[] } };
  podSecurityContext?: { runAsUser?: number; fsGroup?: number; seccompProfile?: { type: "RuntimeDefault" } };
  resources?: { requests?: { cpu?: string; memory?: string }; limits?: { cpu?: string; memory?: string } };
  podLabels?: Readonly<Record<string, string>>;
}

/** The chart (runner 18.5.0, matching GitLab 18.5; the runner picks its own helper image). */
export function chart(version = "0.82.0") {
  return repositoryChart<GitLabRunnerValues>({ name: "gitlab-runner", repository: "https://charts.gitlab.io", version });
}

export const defaults = {
  concurrent: 10,
  checkInterval: 30,
  // A glrt- token belongs to a runner created in GitLab: unregistering on stop would delete its manager, not the runner.
  unregisterRunners: false,
  rbac: {
    create: true,
    // What the Kubernetes executor needs in its own namespace, not the chart's default of every verb on every resource.
    rules: [
      { apiGroups: [""], resources: ["pods"], verbs: ["create", "delete", "get", "list", "watch"] },
      { apiGroups: [""], resources: ["pods/attach", "pods/exec"], verbs: ["create", "delete", "get", "patch"] },
      { apiGroups: [""], resources: ["pods/log"], verbs: ["get", "list"] },
      { apiGroups: [""], resources: ["secrets", "configmaps"], verbs: ["create", "delete", "get", "list", "update", "watch"] },
      { apiGroups: [""], resources: ["services"], verbs: ["create", "get"] },
      { apiGroups: [""], resources: ["events"], verbs: ["list", "watch"] },
    ],
  },
  // The ServiceMonitor selects the chart's Service, which only exists with service.enabled.
  metrics: { enabled: true, portName: "metrics", port: METRICS_PORT, serviceMonitor: { enabled: true } },
  service: { enabled: true, type: "ClusterIP" },
  securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: false, runAsNonRoot: true, privileged: false, capabilities: { drop: ["ALL"] } },
  podSecurityContext: { runAsUser: 100, fsGroup: 65533, seccompProfile: { type: "RuntimeDefault" } },
  resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "500m", memory: "512Mi" } },
  podLabels: { "app.kubernetes.io/component": "ci-cd" },
} satisfies GitLabRunnerValues;

/** What one job may use: the build container, the helper, each service container. */
export interface JobResources {
  build: { request: { cpu: string; memory: string }; limit: { cpu: string; memory: string } };
  helper: { request: { cpu: string; memory: string }; limit: { cpu: string; memory: string } };
  service: { request: { cpu: string; memory: string }; limit: { cpu: string; memory: string } };
}

export const DEFAULT_JOB_RESOURCES: JobResources = {
  build: { request: { cpu: "500m", memory: "1Gi" }, limit: { cpu: "2", memory: "4Gi" } },
  helper: { request: { cpu: "100m", memory: "128Mi" }, limit: { cpu: "500m", memory: "512Mi" } },
  service: { request: { cpu: "100m", memory: "128Mi" }, limit: { cpu: "1", memory: "1Gi" } },
};

/** Ten concurrent jobs at their limits (build and helper), plus the manager. */
export const DEFAULT_QUOTA: TenantQuota = {
  requests: { cpu: "8", memory: "16Gi" },
  limits: { cpu: "32", memory: "56Gi" },
  pods: 20,
  persistentVolumeClaims: 0,
};

export const DEFAULT_LIMITS: TenantLimits = {
  defaultRequest: { cpu: "100m", memory: "128Mi" },
  default: { cpu: "1", memory: "1Gi" },
  max: { cpu: "2", memory: "4Gi" },
};

export interface GitLabRunnerOptions {
  /** Chart version (default 0.82.0). */
  version?: string;
  namespace?: string;
  /** The runner's authentication token (glrt-, from creating the runner in GitLab). */
  token: OnePasswordField;
  /** The registries jobs pull from and push to (host names), e.g. Harbor. */
  registries: readonly string[];
  /** The shared build cache on the S3 store. */
  cache: {
    endpoint: `http://${string}` | `https://${string}`;
    bucket: string;
    region?: string;
    /** 1Password item with ACCESS_KEY_ID and SECRET_ACCESS_KEY. */
    credentials: string;
  };
  /** Default job image (pinned). */
  image?: string;
  jobResources?: JobResources;
  quota?: TenantQuota;
  limits?: TenantLimits;
  values?: DeepPartial<GitLabRunnerValues>;
}

export type GitLabRunner = { readonly tenant: Tenant; readonly runner: Component };

/** config.toml's [[runners]] section: the Kubernetes executor in the runner's namespace, its job sizes, the S3 cache. */
export function runnerConfig(o: { image: string; jobs: JobResources; cache: GitLabRunnerOptions["cache"] }): string {
  const s3 = new URL(o.cache.endpoint);
  const j = o.jobs;
  return [
    "[[runners]]",
    "  [runners.kubernetes]",
    '    namespace = "{{ .Release.Namespace }}"',
    `    image = "${o.image}"`,
    // Kaniko builds images as root in an unprivileged container; the namespace's baseline level forbids privileged pods anyway.
    "    privileged = false",
    `    cpu_request = "${j.build.request.cpu}"`,
    `    cpu_limit = "${j.build.limit.cpu}"`,
    `    memory_request = "${j.build.request.memory}"`,
    `    memory_limit = "${j.build.limit.memory}"`,
    `    helper_cpu_request = "${j.helper.request.cpu}"`,
    `    helper_cpu_limit = "${j.helper.limit.cpu}"`,
    `    helper_memory_request = "${j.helper.request.memory}"`,
    `    helper_memory_limit = "${j.helper.limit.memory}"`,
    `    service_cpu_request = "${j.service.request.cpu}"`,
    `    service_cpu_limit = "${j.service.limit.cpu}"`,
    `    service_memory_request = "${j.service.request.memory}"`,
    `    service_memory_limit = "${j.service.limit.memory}"`,
    '    pull_policy = ["if-not-present"]',
    "    [runners.kubernetes.pod_labels]",
    '      "app.kubernetes.io/component" = "ci-job"',
    "    [[runners.kubernetes.volumes.empty_dir]]",
    '      name = "kaniko-cache"',
    '      mount_path = "/cache"',
    "    [[runners.kubernetes.volumes.empty_dir]]",
    '      name = "docker-config"',
    '      mount_path = "/kaniko/.docker"',
    "  [runners.cache]",
    '    Type = "s3"',
    "    Shared = true",
    "    [runners.cache.s3]",
    // Host and port only: the scheme is Insecure's.
    `      ServerAddress = "${s3.host}"`,
    `      BucketName = "${o.cache.bucket}"`,
    `      BucketLocation = "${o.cache.region ?? "us-east-1"}"`,
    `      Insecure = ${s3.protocol === "http:"}`,
    "",
  ].join("\n");
}

function runnerAlerts(ns: string): PrometheusRule {
  return new PrometheusRule({
    metadata: { name: "gitlab-runner", namespace: ns },
    spec: {
      groups: [
        {
          name: "gitlab-runner",
          rules: [
            {
              alert: "GitLabRunnerDown",
              expr: `up{namespace="${ns}", job="${RELEASE}"} == 0`,
              for: "10m",
              labels: { severity: "warning" },
              annotations: { summary: "The GitLab Runner manager's metrics are down", description: "No CI job of the cluster starts: check the runner's pod and its connection to GitLab." },
            },
            {
              alert: "GitLabRunnerErrors",
              expr: `sum(increase(gitlab_runner_errors_total{namespace="${ns}", level="error"}[10m])) > 10`,
              for: "10m",
              labels: { severity: "warning" },
              annotations: { summary: "The GitLab Runner logged {{ $value }} errors in 10 minutes", description: "Check its log: the token, GitLab's API, the Kubernetes API or the cache." },
            },
          ],
        },
      ],
    },
  });
}

/**
 * GitLab Runner as a tenant: the Kubernetes executor in a namespace of its own, registered with
 * an authentication token from 1Password, its jobs reaching GitLab (through the gateways, or by
 * its public name), the registries, the S3 cache and the internet, and nothing else of the
 * cluster. It waits for GitLab, whose API it registers with.
 */
export function gitlabRunner(
  o: GitLabRunnerOptions,
  deps: { cilium: Component; secretStore: SecretStore; monitoringCrds: Component; gitlab: Component<GitLabOutputs> },
): GitLabRunner {
  const ns = o.namespace ?? NAMESPACE;
  if (o.registries.length === 0) throw new ConfigError("jobs need at least one registry to pull from", { component: "gitlab-runner", field: "registries" });
  const allowances: Allowance[] = [
    // The manager creates job pods and their secrets.
    kubeApi(),
    // GitLab by its name: the gateways when the name resolves on the LAN, the internet when it resolves publicly.
    gateway(),
    ...o.registries.map((r, i) => registry(r, `registry-${i + 1}`)),
    objectStore(o.cache.endpoint),
    // Jobs fetch packages and base images.
    internet(),
  ];
  const t = tenant({ name: "gitlab-runner", namespace: ns, podSecurity: "baseline", quota: o.quota ?? DEFAULT_QUOTA, limits: o.limits ?? DEFAULT_LIMITS, allowances }, { cilium: deps.cilium });
  const store = deps.secretStore.outputs.storeRef;
  const token = merge(externalSecret({ name: "gitlab-runner-token", namespace: ns, store, data: { token: o.token } }), {
    // An authentication token registers nothing: the registration token stays empty, as the chart expects.
    spec: { target: { template: { engineVersion: "v2", data: { "runner-token": "{{ .token }}", "runner-registration-token": "" } } } },
  });
  const cacheKeys = externalSecret({
    name: "gitlab-runner-cache",
    namespace: ns,
    store,
    data: { accesskey: { item: o.cache.credentials, property: "ACCESS_KEY_ID" }, secretkey: { item: o.cache.credentials, property: "SECRET_ACCESS_KEY" } },
  });
  const connected: GitLabRunnerValues = {
    gitlabUrl: deps.gitlab.outputs.url,
    runners: {
      secret: "gitlab-runner-token",
      cache: { secretName: "gitlab-runner-cache" },
      config: runnerConfig({ image: o.image ?? "alpine:3.22", jobs: o.jobResources ?? DEFAULT_JOB_RESOURCES, cache: o.cache }),
    },
  };
  const release = helmRelease({ name: RELEASE, namespace: ns, chart: chart(o.version), defaults: merge<GitLabRunnerValues>(defaults, connected), values: o.values });
  const runner = component({
    name: "gitlab-runner",
    namespace: ns,
    resources: [token, cacheKeys, ...release, runnerAlerts(ns)],
    dependsOn: [t, deps.secretStore, deps.monitoringCrds, deps.gitlab],
    healthChecks: [healthCheck(HelmRelease, RELEASE, ns), healthCheck(Deployment, RELEASE, ns)],
    package: pkg,
  });
  return { tenant: t, runner };
}
