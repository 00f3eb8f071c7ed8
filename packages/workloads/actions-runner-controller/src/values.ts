import type { IPodSpec } from "kubernetes-models/v1";

/**
 * The values of the two ARC charts (actions/actions-runner-controller, charts
 * gha-runner-scale-set-controller and gha-runner-scale-set at 0.13.0), as far as this package
 * sets them. Neither chart ships a values.schema.json at that tag (only values.yaml), so there
 * is no generated type and no run-time validator: these keys are typed by hand from the
 * values.yaml files and the templates that read them. Pod templates are Kubernetes' own PodSpec.
 */

export interface Resources {
  requests?: { cpu?: string; memory?: string };
  limits?: { cpu?: string; memory?: string };
}

export interface ControllerValues {
  replicaCount?: number;
  image?: { repository?: string; tag?: string; pullPolicy?: "IfNotPresent" | "Always" };
  serviceAccount?: { create?: boolean; name?: string };
  podLabels?: Record<string, string>;
  podSecurityContext?: IPodSpec["securityContext"];
  securityContext?: {
    allowPrivilegeEscalation?: boolean;
    readOnlyRootFilesystem?: boolean;
    runAsNonRoot?: boolean;
    capabilities?: { drop?: string[] };
    seccompProfile?: { type?: "RuntimeDefault" };
  };
  resources?: Resources;
  topologySpreadConstraints?: IPodSpec["topologySpreadConstraints"];
  /** Absent: the chart passes empty addresses and neither the controller nor the listeners serve metrics. */
  metrics?: { controllerManagerAddr?: string; listenerAddr?: string; listenerEndpoint?: string };
  flags?: {
    logLevel?: "debug" | "info" | "warn" | "error";
    logFormat?: "text" | "json";
    watchSingleNamespace?: string;
    runnerMaxConcurrentReconciles?: number;
    /** eventual: an upgrade waits for running jobs instead of recreating listeners and runners at once. */
    updateStrategy?: "immediate" | "eventual";
  };
}

/** The pod template of runners or the listener: a PodSpec and labels/annotations. */
export interface PodTemplate {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: IPodSpec;
}

export interface ScaleSetValues {
  githubConfigUrl?: string;
  /** The name of a Secret in the release's namespace (github_app_id, github_app_installation_id, github_app_private_key). */
  githubConfigSecret?: string;
  runnerScaleSetName?: string;
  runnerGroup?: string;
  minRunners?: number;
  maxRunners?: number;
  /** Unset: no container mode, the template runs as given (the runner with its own Docker sidecar). */
  containerMode?: { type?: "dind" | "kubernetes" | "kubernetes-novolume" };
  /** The controller's ServiceAccount: the chart binds the scale set's manager Role to it. */
  controllerServiceAccount?: { namespace?: string; name?: string };
  listenerTemplate?: PodTemplate;
  template?: PodTemplate;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}
