import { ociChart } from "@k8s-gitops/core";

/**
 * The values of the fluent-operator chart 4.3.0 this package sets, written by hand: the chart
 * ships no values.schema.json (checked at the tag in fluent/helm-charts), so there is nothing to
 * generate a type or a validator from. Only the subset used here is typed.
 */
export interface FluentOperatorValues {
  /** The chart's container runtime switch (log paths and parsers of its own pipeline). */
  containerRuntime?: "containerd" | "crio" | "docker";
  /** The chart's default Fluent Bit pipeline (FluentBit, inputs, filters, outputs). */
  Kubernetes?: boolean;
  operator?: {
    enable?: boolean;
    image?: { registry?: string; repository?: string; tag?: string };
    /** "fluentd" or "fluent-bit": the controllers the operator does not start. */
    disableComponentControllers?: "" | "fluentd" | "fluent-bit";
    resources?: ResourceRequirements;
    priorityClassName?: string;
    podSecurityContext?: Readonly<Record<string, unknown>>;
    securityContext?: Readonly<Record<string, unknown>>;
    tolerations?: readonly Readonly<Record<string, unknown>>[];
    nodeSelector?: Readonly<Record<string, string>>;
    affinity?: Readonly<Record<string, unknown>>;
    extraArgs?: readonly string[];
    service?: { enable?: boolean; port?: number; portName?: string };
    serviceMonitor?: { enable?: boolean; interval?: string; scrapeTimeout?: string; path?: string };
  };
  fluentbit?: { enable?: boolean };
  fluentd?: { enable?: boolean };
}

export interface ResourceRequirements {
  requests?: { cpu?: string; memory?: string };
  limits?: { cpu?: string; memory?: string };
}

/** The operator's metrics port (the chart's Service `fluent-operator`, port `metrics`). */
export const OPERATOR_METRICS_PORT = 8080;

/**
 * The fluent-operator chart, pinned. Chart 4.3.0 is the release of operator 3.10.0 (the vendored
 * CRDs): the chart's 3.x line ends at 3.5.0 with operator 3.5.0, and 4.x ships the CRDs in its
 * crds/ folder, which Helm (and Flux with `crds: Skip`) leaves to the CRD component.
 */
export function chart(version = "4.3.0") {
  return ociChart<FluentOperatorValues>({ name: "fluent-operator", url: "oci://ghcr.io/fluent/helm-charts/fluent-operator", version });
}

/** The chart values the platform runs with; `operatorValues` in the options is deep-merged over them. */
export const defaults = {
  containerRuntime: "containerd",
  // The package renders the FluentBit and its pipeline itself, typed from the CRD models; the
  // chart's own pipeline (systemd input, Elasticsearch/Kafka outputs) has no use on Talos.
  Kubernetes: false,
  fluentbit: { enable: false },
  fluentd: { enable: false },
  operator: {
    enable: true,
    // Only the Fluent Bit CRDs are installed: a Fluentd controller would fail to watch its kinds.
    disableComponentControllers: "fluentd",
    resources: { requests: { cpu: "20m", memory: "32Mi" }, limits: { memory: "128Mi" } },
    service: { enable: true },
    // Switched on by the builder's `monitoring`.
    serviceMonitor: { enable: false },
  },
} satisfies FluentOperatorValues;
