import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { PodMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { cidr, component, ConfigError, healthCheck, helmRelease, namespace, ociChart, waive, type Component, type DeepPartial, type Resource } from "@k8s-gitops/core";
import { externalSecret, type SecretStore } from "@k8s-gitops/external-secrets";
import { Deployment } from "kubernetes-models/apps/v1";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import type { IContainer } from "kubernetes-models/v1";
import pkg from "../package.json" with { type: "json" };
import { arcAlerts } from "./alerts.ts";
import type { ControllerValues, PodTemplate, Resources, ScaleSetValues } from "./values.ts";

export { arcAlerts } from "./alerts.ts";
export type { ControllerValues, PodTemplate, Resources, ScaleSetValues } from "./values.ts";

/** The controller and the listeners (the controller starts one per scale set in its own namespace). */
export const CONTROLLER_NAMESPACE = "actions-runner-system";
/** The runners: every job's code runs here, so nothing else does. */
export const RUNNERS_NAMESPACE = "actions-runners";
export const CONTROLLER_RELEASE = "arc";
/** The chart names the Deployment and its ServiceAccount <release>-gha-rs-controller. */
export const CONTROLLER_NAME = `${CONTROLLER_RELEASE}-gha-rs-controller`;
export const METRICS_PORT = 8080;
const CHARTS = "oci://ghcr.io/actions/actions-runner-controller-charts";

/** The kinds the controller chart's CRDs serve (its crds/ folder; the same files are vendored at vendor/crds/gha-runner-scale-set-controller/0.13.0). */
export const CRDS = [
  "actions.github.com/AutoscalingListener",
  "actions.github.com/AutoscalingRunnerSet",
  "actions.github.com/EphemeralRunner",
  "actions.github.com/EphemeralRunnerSet",
] as const;

/** The controller chart, pinned. No values.schema.json upstream at 0.13.0: no validator. */
export function controllerChart(version = "0.13.0") {
  return ociChart<ControllerValues>({ name: "gha-runner-scale-set-controller", url: `${CHARTS}/gha-runner-scale-set-controller`, version });
}

/** The scale set chart, pinned. No values.schema.json upstream at 0.13.0: no validator. */
export function scaleSetChart(version = "0.13.0") {
  return ociChart<ScaleSetValues>({ name: "gha-runner-scale-set", url: `${CHARTS}/gha-runner-scale-set`, version });
}

const restrictedContainer = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  capabilities: { drop: ["ALL"] },
  seccompProfile: { type: "RuntimeDefault" as const },
};

/**
 * Two controllers (leader election) under the restricted Pod Security level, metrics for the
 * controller and the listeners on 8080, JSON logs at info, and upgrades that wait for running
 * jobs (eventual) instead of recreating every runner at once.
 */
export const controllerDefaults = {
  replicaCount: 2,
  podSecurityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
  securityContext: restrictedContainer,
  resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "500m", memory: "512Mi" } },
  topologySpreadConstraints: [
    { maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "ScheduleAnyway", labelSelector: { matchLabels: { "app.kubernetes.io/name": "gha-rs-controller" } } },
  ],
  metrics: { controllerManagerAddr: `:${METRICS_PORT}`, listenerAddr: `:${METRICS_PORT}`, listenerEndpoint: "/metrics" },
  flags: { logLevel: "info", logFormat: "json", runnerMaxConcurrentReconciles: 2, updateStrategy: "eventual" },
} satisfies ControllerValues;

/** GitHub's API and the Actions service the controller and the listeners long-poll. */
const GITHUB = [{ name: "github.com" }, { name: "api.github.com" }, { pattern: "*.actions.githubusercontent.com" }];

export interface ControllerOptions {
  cluster: string;
  /** PodMonitors and alerts, on by default. */
  monitoring?: boolean;
  version?: string;
  values?: DeepPartial<ControllerValues>;
}

export type ArcController = Component<{ readonly namespace: string; readonly serviceAccount: { readonly namespace: string; readonly name: string } }>;

/**
 * The controller (gha-runner-scale-set-controller) with its CRDs from the chart, in a namespace
 * that reaches only the Kubernetes API and GitHub: the listeners it starts there long-poll
 * GitHub for jobs and patch the runner sets through the API.
 */
export function arcController(o: ControllerOptions, deps: { cilium: Component; coredns: Component; monitoringCrds?: Component }): ArcController {
  const where = { cluster: o.cluster, component: "actions-runner-controller" };
  const monitoring = o.monitoring ?? true;
  if (monitoring && !deps.monitoringCrds) {
    throw new ConfigError("monitoring needs the monitoring CRDs (PodMonitor, PrometheusRule): pass deps.monitoringCrds", { ...where, field: "monitoring" });
  }
  const ns = CONTROLLER_NAMESPACE;
  const podMonitor = (name: string, labels: Record<string, string>, whose: string) =>
    waive(
      new PodMonitor({
        metadata: { name, namespace: ns },
        spec: { selector: { matchLabels: labels }, podMetricsEndpoints: [{ port: "metrics", path: "/metrics", interval: "30s" }] },
      }),
      "scrape-selector",
      `${whose} carry these labels and the metrics port, and they are not objects of the tree`,
    );
  const resources: Resource[] = [
    namespace(ns, { podSecurity: "restricted" }),
    ...helmRelease({ name: CONTROLLER_RELEASE, namespace: ns, chart: controllerChart(o.version), defaults: controllerDefaults, values: o.values, crds: "CreateReplace" }),
    new PodDisruptionBudget({
      metadata: { name: CONTROLLER_NAME, namespace: ns },
      spec: { maxUnavailable: 1, selector: { matchLabels: { "app.kubernetes.io/name": "gha-rs-controller", "app.kubernetes.io/instance": CONTROLLER_RELEASE } } },
    }),
    ...(monitoring
      ? [
          podMonitor("arc-controller", { "app.kubernetes.io/name": "gha-rs-controller", "app.kubernetes.io/component": "controller-manager" }, "the chart's controller pods"),
          podMonitor("arc-listeners", { "app.kubernetes.io/component": "runner-scale-set-listener" }, "the listener pods the controller starts for each scale set"),
          arcAlerts({ namespace: ns, runnersNamespace: RUNNERS_NAMESPACE, controllerDeployment: CONTROLLER_NAME }),
        ]
      : []),
  ];
  return component({
    name: "actions-runner-controller",
    namespace: ns,
    dependsOn: [deps.cilium, deps.coredns, ...(monitoring && deps.monitoringCrds ? [deps.monitoringCrds] : [])],
    resources,
    healthChecks: [healthCheck(Deployment, CONTROLLER_NAME, ns)],
    provides: { crds: [...CRDS] },
    network: {
      namespace: ns,
      kubeApi: true,
      // The controller and the listeners talk through the API only.
      internal: false,
      egressFqdns: [{ name: "allow-github", hosts: GITHUB, ports: [443] }],
    },
    outputs: { namespace: ns, serviceAccount: { namespace: ns, name: CONTROLLER_NAME } },
    package: pkg,
  });
}

/** The address ranges that are not the internet: private, carrier-grade NAT, link-local, loopback. */
export const NON_INTERNET = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16", "127.0.0.0/8"] as const;

/**
 * HTTP and HTTPS to the internet for the runners: every public address, none of the LAN's (the
 * nodes, the NAS, the router) nor the cluster's (Cilium never applies a CIDR rule to its own
 * endpoints and nodes). Jobs fetch from wherever their workflows say (GitHub, registries,
 * package mirrors), so no list of names can allow them; what they must not reach is known.
 */
export function internetEgress(ns: string): NetworkPolicy {
  return new NetworkPolicy({
    metadata: { name: "allow-internet-egress", namespace: ns },
    spec: {
      podSelector: {},
      policyTypes: ["Egress"],
      egress: [
        {
          to: [{ ipBlock: { cidr: cidr("0.0.0.0/0"), except: NON_INTERNET.map((c) => cidr(c)) } }],
          ports: [
            { protocol: "TCP", port: 80 },
            { protocol: "TCP", port: 443 },
          ],
        },
      ],
    },
  });
}

/** One runner scale set: a GitHub repository's (or organisation's) self-hosted runners. */
export interface RunnerScaleSet {
  /** The scale set's name: the `runs-on` label of workflows, the release and the AutoscalingRunnerSet. */
  name: string;
  /** https://github.com/<org> or https://github.com/<org>/<repo>. */
  githubConfigUrl: `https://github.com/${string}`;
  /** 1Password item of the GitHub App (fields github_app_id, github_app_installation_id, github_app_private_key). */
  githubApp: string;
  minRunners: number;
  maxRunners: number;
  /** Each runner's work volume (the workspace and Docker's images), from node-local storage. */
  workVolume: { storageClass: string; size: string };
  /** Image tags: ghcr.io/actions/actions-runner and docker (the rootless dind variant). */
  runnerVersion?: string;
  dockerVersion?: string;
  runnerResources?: Resources;
  dockerResources?: Resources;
  version?: string;
  values?: DeepPartial<ScaleSetValues>;
}

/** The runner's user in ghcr.io/actions/actions-runner, and the rootless Docker user of docker:*-dind-rootless. */
const RUNNER_UID = 1001;
const ROOTLESS_UID = 1000;
const SOCKET_DIR = "/dind-sock";
const WORK = "/home/runner/_work";
const EXTERNALS = "/home/runner/externals";

/**
 * Runner pods with a rootless Docker daemon beside the runner, as a native sidecar (it stops
 * when the job's runner exits). Rootless dockerd runs as uid 1000 in a user namespace of its
 * own, but Docker's rootless image still needs a privileged container to create it; the
 * runner itself is unprivileged, without capabilities or service account token, and reaches
 * the daemon's socket through a shared directory and the daemon's group. The chart's `dind`
 * container mode is not used: it replaces any container named dind with a root, privileged
 * docker:dind.
 */
export function runnerTemplate(s: RunnerScaleSet): PodTemplate {
  const dockerHost = { name: "DOCKER_HOST", value: `unix://${SOCKET_DIR}/docker.sock` };
  const mounts = [
    { name: "work", mountPath: WORK },
    { name: "dind-sock", mountPath: SOCKET_DIR },
    { name: "externals", mountPath: EXTERNALS },
  ];
  const runnerImage = `ghcr.io/actions/actions-runner:${s.runnerVersion ?? "2.329.0"}`;
  // Job containers mount the runner's externals (node for JavaScript actions) by path: the
  // daemon must see them at the same path, so they are copied to a shared volume first.
  const externals: IContainer = {
    name: "init-externals",
    image: runnerImage,
    command: ["cp", "-r", `${EXTERNALS}/.`, "/externals-copy/"],
    securityContext: { ...restrictedContainer, readOnlyRootFilesystem: true, runAsUser: RUNNER_UID },
    volumeMounts: [{ name: "externals", mountPath: "/externals-copy" }],
    resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "500m", memory: "256Mi" } },
  };
  const dind: IContainer = {
    name: "dind",
    image: `docker.io/library/docker:${s.dockerVersion ?? "28.5.2"}-dind-rootless`,
    restartPolicy: "Always",
    // Not under /run: rootlesskit copies /run (and /etc) up into its own namespace, so a socket there is invisible to the runner.
    args: [`--host=unix://${SOCKET_DIR}/docker.sock`, `--data-root=${WORK}/.docker`],
    env: [{ name: "DOCKER_TLS_CERTDIR", value: "" }],
    securityContext: { privileged: true, runAsUser: ROOTLESS_UID, runAsGroup: ROOTLESS_UID },
    startupProbe: { exec: { command: ["docker", `--host=unix://${SOCKET_DIR}/docker.sock`, "info"] }, periodSeconds: 5, failureThreshold: 24 },
    livenessProbe: { exec: { command: ["docker", `--host=unix://${SOCKET_DIR}/docker.sock`, "info"] }, periodSeconds: 30, timeoutSeconds: 10, failureThreshold: 3 },
    volumeMounts: mounts,
    resources: s.dockerResources ?? { requests: { cpu: "1", memory: "2Gi" }, limits: { cpu: "4", memory: "8Gi" } },
  };
  const runner: IContainer = {
    name: "runner",
    image: runnerImage,
    command: ["/home/runner/run.sh"],
    env: [dockerHost, { name: "RUNNER_WAIT_FOR_DOCKER_IN_SECONDS", value: "120" }],
    securityContext: { allowPrivilegeEscalation: false, runAsNonRoot: true, runAsUser: RUNNER_UID, capabilities: { drop: ["ALL"] }, seccompProfile: { type: "RuntimeDefault" } },
    volumeMounts: mounts,
    resources: s.runnerResources ?? { requests: { cpu: "1", memory: "2Gi" }, limits: { cpu: "4", memory: "8Gi" } },
  };
  return {
    metadata: { labels: { "app.kubernetes.io/name": s.name, "app.kubernetes.io/component": "runner" } },
    spec: {
      automountServiceAccountToken: false,
      restartPolicy: "Never",
      // The daemon's socket belongs to its group (the rootless user's): the runner joins it.
      securityContext: { supplementalGroups: [ROOTLESS_UID] },
      initContainers: [externals, dind],
      containers: [runner],
      volumes: [
        {
          name: "work",
          ephemeral: {
            volumeClaimTemplate: {
              metadata: { labels: { "app.kubernetes.io/name": s.name } },
              spec: { accessModes: ["ReadWriteOnce"], storageClassName: s.workVolume.storageClass, resources: { requests: { storage: s.workVolume.size } } },
            },
          },
        },
        { name: "dind-sock", emptyDir: { medium: "Memory", sizeLimit: "16Mi" } },
        { name: "externals", emptyDir: { sizeLimit: "1Gi" } },
      ],
    },
  };
}

/** The listener pod the controller starts in its namespace, under the restricted level. */
const listenerTemplate: PodTemplate = {
  spec: {
    securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
    containers: [{ name: "listener", securityContext: restrictedContainer, resources: { requests: { cpu: "20m", memory: "64Mi" }, limits: { cpu: "250m", memory: "256Mi" } } }],
  },
};

export function scaleSetValues(s: RunnerScaleSet, controller: ArcController["outputs"], secret: string): ScaleSetValues {
  return {
    githubConfigUrl: s.githubConfigUrl,
    githubConfigSecret: secret,
    runnerScaleSetName: s.name,
    minRunners: s.minRunners,
    maxRunners: s.maxRunners,
    controllerServiceAccount: { ...controller.serviceAccount },
    listenerTemplate,
    template: runnerTemplate(s),
  };
}

export interface RunnersOptions {
  cluster: string;
  scaleSets: readonly RunnerScaleSet[];
}

/**
 * The runners' namespace and one scale set release per repository or organisation, each with
 * its GitHub App credentials from 1Password. The namespace enforces the privileged level (the
 * Docker sidecar is a privileged container) and is closed but for DNS and HTTP(S) to the
 * internet: no Kubernetes API, no pod of the cluster, no address of the LAN.
 */
export function runnerScaleSets(o: RunnersOptions, deps: { controller: ArcController; secretStore: SecretStore; storage: Component }): Component {
  const where = { cluster: o.cluster, component: "actions-runners" };
  if (o.scaleSets.length === 0) throw new ConfigError("no runner scale set", { ...where, field: "scaleSets" });
  const names = new Set<string>();
  o.scaleSets.forEach((s, i) => {
    const at = (f: string) => ({ ...where, field: `scaleSets[${i}].${f}` });
    if (!/^[a-z0-9]([-a-z0-9]{0,43}[a-z0-9])?$/.test(s.name)) throw new ConfigError(`scale set name "${s.name}" must be a DNS label of at most 45 characters (the chart derives object names from it)`, at("name"));
    if (names.has(s.name)) throw new ConfigError(`two scale sets are named ${s.name}`, at("name"));
    names.add(s.name);
    if (!/^https:\/\/github\.com\/[A-Za-z0-9-]+(\/[A-Za-z0-9._-]+)?$/.test(s.githubConfigUrl)) {
      throw new ConfigError(`githubConfigUrl ${s.githubConfigUrl} is not https://github.com/<org> or https://github.com/<org>/<repo>`, at("githubConfigUrl"));
    }
    if (!Number.isInteger(s.minRunners) || s.minRunners < 0) throw new ConfigError(`minRunners ${s.minRunners} must be an integer >= 0`, at("minRunners"));
    if (!Number.isInteger(s.maxRunners) || s.maxRunners < 1) throw new ConfigError(`maxRunners ${s.maxRunners} must be an integer >= 1`, at("maxRunners"));
    if (s.minRunners > s.maxRunners) throw new ConfigError(`minRunners ${s.minRunners} is above maxRunners ${s.maxRunners}`, at("minRunners"));
  });
  const ns = RUNNERS_NAMESPACE;
  const store = deps.secretStore.outputs.storeRef;
  const sets = [...o.scaleSets].sort((a, b) => a.name.localeCompare(b.name));
  const releases = sets.flatMap((s) => {
    const secret = `${s.name}-github-app`;
    return [
      externalSecret({
        name: secret,
        namespace: ns,
        store,
        data: Object.fromEntries(["github_app_id", "github_app_installation_id", "github_app_private_key"].map((f) => [f, { item: s.githubApp, property: f }])),
      }),
      ...helmRelease({ name: s.name, namespace: ns, chart: scaleSetChart(s.version), defaults: scaleSetValues(s, deps.controller.outputs, secret), values: s.values }),
    ];
  });
  return component({
    name: "actions-runners",
    namespace: ns,
    dependsOn: [deps.controller, deps.secretStore, deps.storage],
    resources: [namespace(ns, { podSecurity: "privileged" }), ...releases, internetEgress(ns)],
    healthChecks: sets.map((s) => healthCheck(HelmRelease, s.name, ns)),
    network: { namespace: ns, kubeApi: false, internal: false },
    package: pkg,
  });
}
