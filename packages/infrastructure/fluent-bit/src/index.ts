import { ConfigError, component, healthCheck, helmRelease, namespace, port, type Component, type DataClassification, type DeepPartial } from "@k8s-gitops/core";
import { DaemonSet, Deployment } from "kubernetes-models/apps/v1";
import pkg from "../package.json" with { type: "json" };
import { fluentOperatorCrds } from "./crds.ts";
import { chart, defaults, type FluentOperatorValues, type ResourceRequirements } from "./operator.ts";
import { insertUrl, pipeline, type LogsEndpoint } from "./pipeline.ts";
import { instanceRetention, type LogRetention, type RetentionPeriod } from "./retention.ts";

export { CRDS, FLUENT_OPERATOR_VERSION, fluentOperatorCrdObjects, fluentOperatorCrds } from "./crds.ts";
export { ClusterFilter, ClusterFluentBitConfig, ClusterInput, ClusterOutput, ClusterParser, FluentBit } from "./generated/models/fluentbit.fluent.io/v1alpha2/index.js";
export { chart, defaults, OPERATOR_METRICS_PORT, type FluentOperatorValues, type ResourceRequirements } from "./operator.ts";
export { alerts, IMAGE, insertPath, insertUrl, METRICS_PORT, type LogsEndpoint } from "./pipeline.ts";
export { instanceRetention, logRetention, type LogRetention, type RetentionPeriod } from "./retention.ts";
export { TALOS_KERNEL_LOGGING_ARG, TALOS_LOG_DESTINATION, TALOS_LOGS_ENDPOINT, TALOS_LOGS_PORT } from "./talos.ts";

export const NAMESPACE = "fluent-bit";

/**
 * Why the namespace is privileged: Fluent Bit reads the nodes' log files through a hostPath
 * (/var/log), keeps its positions and buffer in another (/var/lib/fluent-bit) and, for Talos'
 * own logs, listens on the host network; baseline forbids all three.
 */
export const POD_SECURITY_REASON = "Fluent Bit mounts the nodes' /var/log and /var/lib/fluent-bit (hostPath) and listens on the host network for Talos' logs";

export interface FluentBitOptions {
  /** The cluster's name (errors name it). */
  cluster: string;
  /** The cluster's tenant in the global log store: VictoriaLogs' AccountID, and the `cluster` field of every line. */
  tenant: { readonly id: number; readonly name: string };
  /**
   * The VictoriaLogs Service Fluent Bit ships to. On infra it is the store's own Service; on the
   * other clusters a mesh-global Service of the same name and namespace (Cilium ClusterMesh).
   */
  logs: LogsEndpoint;
  /** The data class of the logs shipped (container logs carry what the workloads print). Default confidential. */
  classification?: DataClassification;
  /** Retention per class; the store must keep `outputs.logs.retention` (see LogRetention). */
  retention: LogRetention;
  /**
   * Receive Talos' service and kernel logs on 127.0.0.1:TALOS_LOGS_PORT (puts Fluent Bit on the
   * host network). Default true.
   */
  talosLogs?: boolean;
  /** ServiceMonitor (operator), PodMonitor (Fluent Bit) and alerts: needs `deps.monitoringCrds`. Default true. */
  monitoring?: boolean;
  /** Fluent Bit's resources per node. */
  resources?: ResourceRequirements;
  /** Disk buffer per node while the store is unreachable. Default 1G. */
  bufferLimit?: `${number}${"M" | "G"}`;
  /** Operator chart version (default: the pinned one). */
  version?: string;
  /** Operator chart values, deep-merged over `defaults`. */
  operatorValues?: DeepPartial<FluentOperatorValues>;
}

/** What the shipper tells the log store: where it ships, as whom, what class and for how long the store must keep it. */
export interface FluentBitOutputs {
  readonly logs: {
    readonly url: string;
    readonly tenant: { readonly id: number; readonly name: string };
    readonly classification: DataClassification;
    readonly retention: RetentionPeriod;
  };
}

/** The package's components: the CRDs, the operator, and Fluent Bit with its pipeline. */
export type FluentBitGroup = {
  readonly crds: Component;
  readonly operator: Component;
  readonly shipper: Component<FluentBitOutputs>;
};

/**
 * The fluent-operator (chart fluent-operator, without its CRDs, which the `crds` component ships)
 * and, through its FluentBit resource, Fluent Bit on every node: container logs (tail of
 * /var/log/containers with Kubernetes metadata) and Talos' own logs (TCP on 127.0.0.1), shipped
 * to VictoriaLogs with the cluster's tenant. Metrics and alerts on by default.
 */
export function fluentBit(o: FluentBitOptions, deps: { cilium: Component; coredns: Component; monitoringCrds?: Component }): FluentBitGroup {
  const where = { cluster: o.cluster, component: "fluent-bit" };
  const monitoring = o.monitoring ?? true;
  if (monitoring && !deps.monitoringCrds) {
    throw new ConfigError("monitoring needs the prometheus-operator CRDs (ServiceMonitor, PodMonitor, PrometheusRule): pass deps.monitoringCrds", { ...where, field: "monitoring" });
  }
  if (!Number.isInteger(o.tenant.id) || o.tenant.id < 0 || o.tenant.id > 4294967295) {
    throw new ConfigError(`tenant id ${o.tenant.id} is not a VictoriaLogs AccountID (an unsigned 32-bit integer)`, { ...where, field: "tenant.id" });
  }
  port(o.logs.port, { ...where, field: "logs.port" });
  const crds = fluentOperatorCrds();
  const mon = monitoring && deps.monitoringCrds ? [deps.monitoringCrds] : [];
  const operatorValues = withMonitoring(o.operatorValues, monitoring);
  const operator = component({
    name: "fluent-operator",
    namespace: NAMESPACE,
    dependsOn: [deps.cilium, deps.coredns, crds, ...mon],
    resources: [
      // See POD_SECURITY_REASON.
      namespace(NAMESPACE, { podSecurity: "privileged" }),
      ...helmRelease({ name: "fluent-operator", namespace: NAMESPACE, chart: chart(o.version), defaults, values: operatorValues }),
    ],
    healthChecks: [healthCheck(Deployment, "fluent-operator", NAMESPACE)],
    network: {
      namespace: NAMESPACE,
      // The operator talks to the API only. Fluent Bit with Talos logs runs on the host network,
      // where Cilium applies no endpoint policy: its egress is the host's, and the log store
      // admits it from the nodes (host, remote-node). Off the host network, this is its way out.
      egressTo: [{ namespace: o.logs.namespace, ports: [o.logs.port] }],
      // No ingress of its own: the metrics agent's scrape of the operator and of Fluent Bit off
      // the host network is the baseline's.
    },
    package: pkg,
  });
  const classification = o.classification ?? "confidential";
  const shipper = component<FluentBitOutputs>({
    name: "fluent-bit",
    namespace: NAMESPACE,
    dependsOn: [operator, ...mon],
    resources: pipeline({
      namespace: NAMESPACE,
      tenant: o.tenant,
      logs: o.logs,
      talosLogs: o.talosLogs ?? true,
      monitoring,
      resources: o.resources ?? { requests: { cpu: "50m", memory: "64Mi" }, limits: { memory: "256Mi" } },
      bufferLimit: o.bufferLimit ?? "1G",
    }),
    // The operator turns the FluentBit resource into a DaemonSet of the same name.
    healthChecks: [healthCheck(DaemonSet, "fluent-bit", NAMESPACE)],
    outputs: { logs: { url: insertUrl(o.logs), tenant: { id: o.tenant.id, name: o.tenant.name }, classification, retention: instanceRetention(o.retention, [classification]) } },
    package: pkg,
  });
  return { crds, operator, shipper };
}

/** The caller's values with the monitoring switch applied (the caller's own serviceMonitor setting wins). */
function withMonitoring(values: DeepPartial<FluentOperatorValues> | undefined, monitoring: boolean): DeepPartial<FluentOperatorValues> {
  const serviceMonitor = { enable: monitoring, ...values?.operator?.serviceMonitor };
  return { ...values, operator: { ...values?.operator, serviceMonitor } };
}
