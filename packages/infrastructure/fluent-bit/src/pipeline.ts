import { PodMonitor, PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { waive, type Port, type Resource } from "@k8s-gitops/core";
import { ClusterFilter } from "./generated/models/fluentbit.fluent.io/v1alpha2/ClusterFilter.ts";
import { ClusterFluentBitConfig } from "./generated/models/fluentbit.fluent.io/v1alpha2/ClusterFluentBitConfig.ts";
import { ClusterInput } from "./generated/models/fluentbit.fluent.io/v1alpha2/ClusterInput.ts";
import { ClusterOutput } from "./generated/models/fluentbit.fluent.io/v1alpha2/ClusterOutput.ts";
import { FluentBit } from "./generated/models/fluentbit.fluent.io/v1alpha2/FluentBit.ts";
import type { ResourceRequirements } from "./operator.ts";
import { TALOS_LOGS_PORT } from "./talos.ts";

/** The fluent-operator's Fluent Bit image (with its config watcher), pinned as chart 4.3.0 runs it. */
export const IMAGE = "ghcr.io/fluent/fluent-operator/fluent-bit:5.1.0";

/** Fluent Bit's HTTP server (metrics, health), on the node's address when it runs on the host network. */
export const METRICS_PORT = 2020;

/** The label that selects the pipeline's inputs, filters and outputs into its configuration. */
const SELECTOR = { "fluentbit.fluent.io/enabled": "true" } as const;
const CONFIG = "fluent-bit-config";
/** Tags: container logs from the tail input; Talos' from the TCP input, which has no tag of its own (the instance name, tcp.0). */
const KUBE_TAG = "kube.*";
const TALOS_TAG = "tcp.*";
/** The host folder of the tail positions and the filesystem buffer (the operator mounts positionDB at /fluent-bit/tail). */
const STATE_DIR = "/var/lib/fluent-bit";

/** A VictoriaLogs Service by namespace, name and port. */
export interface LogsEndpoint {
  readonly namespace: string;
  readonly name: string;
  readonly port: Port;
}

/** What the pipeline needs to know: where it ships and as whom. */
export interface PipelineSpec {
  namespace: string;
  /** The cluster's tenant: VictoriaLogs' AccountID, and the `cluster` field of every line. */
  tenant: { readonly id: number; readonly name: string };
  logs: LogsEndpoint;
  talosLogs: boolean;
  monitoring: boolean;
  resources: ResourceRequirements;
  /** Buffer on the node's disk while VictoriaLogs is unreachable (per output). */
  bufferLimit: `${number}${"M" | "G"}`;
}

/**
 * VictoriaLogs' JSON-lines ingestion path: the message and time fields, and the stream fields
 * (a stream per cluster, source and container or Talos service; never per line).
 */
export function insertPath(): string {
  const streamFields = ["cluster", "source", "kubernetes.namespace_name", "kubernetes.pod_name", "kubernetes.container_name", "talos-service"];
  return `/insert/jsonline?_stream_fields=${streamFields.join(",")}&_msg_field=log&_time_field=date`;
}

/** The URL Fluent Bit posts to (for documentation and tests: the output carries host, port and path apart). */
export function insertUrl(logs: LogsEndpoint): string {
  return `http://${serviceHost(logs)}:${logs.port}${insertPath()}`;
}

function serviceHost(logs: LogsEndpoint): string {
  return `${logs.name}.${logs.namespace}.svc`;
}

/** The FluentBit DaemonSet and its pipeline: inputs, filters, the VictoriaLogs output, and their monitoring. */
export function pipeline(s: PipelineSpec): Resource[] {
  const labels = { "app.kubernetes.io/name": "fluent-bit" };
  const fluentBit = new FluentBit({
    metadata: { name: "fluent-bit", namespace: s.namespace, labels },
    spec: {
      image: IMAGE,
      fluentBitConfigName: CONFIG,
      // Talos sends its own logs to 127.0.0.1: only a host-network listener receives them.
      ...(s.talosLogs ? { hostNetwork: true, dnsPolicy: "ClusterFirstWithHostNet" } : {}),
      // Every node, the control plane included.
      tolerations: [{ operator: "Exists" }],
      priorityClassName: "system-node-critical",
      resources: s.resources,
      // The operator's default mounts add /var/log/journal, which Talos does not have: the log
      // folder (container logs are symlinks into /var/log/pods) is mounted read-only instead.
      disableLogVolumes: true,
      volumes: [{ name: "varlog", hostPath: { path: "/var/log", type: "Directory" } }],
      volumesMounts: [{ name: "varlog", mountPath: "/var/log", readOnly: true }],
      positionDB: { hostPath: { path: STATE_DIR, type: "DirectoryOrCreate" } },
      // Root for the root-owned files under /var/log/pods, nothing else: no capability, no
      // privilege escalation, a read-only image.
      containerSecurityContext: {
        runAsUser: 0,
        runAsNonRoot: false,
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ["ALL"] },
        seccompProfile: { type: "RuntimeDefault" },
      },
      livenessProbe: { httpGet: { path: "/", port: METRICS_PORT }, initialDelaySeconds: 10, periodSeconds: 10, failureThreshold: 8 },
      readinessProbe: { httpGet: { path: "/api/v1/health", port: METRICS_PORT }, periodSeconds: 10, failureThreshold: 3 },
    },
  });
  const config = new ClusterFluentBitConfig({
    metadata: { name: CONFIG, labels },
    spec: {
      service: {
        parsersFile: "/fluent-bit/etc/parsers.conf",
        httpServer: true,
        httpPort: METRICS_PORT,
        healthCheck: true,
        flushSeconds: 5,
        logLevel: "info",
        storage: { path: "/fluent-bit/tail/buffer/", sync: "normal", checksum: "off", backlogMemLimit: "16M", maxChunksUp: 128, metrics: "on" },
      },
      inputSelector: { matchLabels: SELECTOR },
      filterSelector: { matchLabels: SELECTOR },
      parserSelector: { matchLabels: SELECTOR },
      outputSelector: { matchLabels: SELECTOR },
      multilineParserSelector: { matchLabels: SELECTOR },
    },
  });
  const meta = (name: string) => ({ name, labels: { ...SELECTOR, "fluentbit.fluent.io/component": "logging" } });
  const containers = new ClusterInput({
    metadata: meta("containers"),
    spec: {
      tail: {
        tag: KUBE_TAG,
        path: "/var/log/containers/*.log",
        // Its own lines would loop: every line it ships would be logged and shipped again on errors.
        excludePath: "/var/log/containers/fluent-bit-*_fluent-bit_*.log",
        // The CRI format, with partial lines (P) joined to their full line (F).
        multilineParser: "cri",
        db: "/fluent-bit/tail/pos.db",
        dbSync: "Normal",
        refreshIntervalSeconds: 10,
        skipLongLines: true,
        memBufLimit: "50MB",
        storageType: "filesystem",
      },
    },
  });
  const talos = new ClusterInput({
    metadata: meta("talos"),
    spec: { tcp: { listen: "127.0.0.1", port: TALOS_LOGS_PORT, format: "json" } },
  });
  const kubernetes = new ClusterFilter({
    metadata: meta("kubernetes"),
    spec: {
      match: KUBE_TAG,
      ordinal: 10,
      filters: [
        {
          kubernetes: {
            kubeURL: "https://kubernetes.default.svc:443",
            kubeCAFile: "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt",
            kubeTokenFile: "/var/run/secrets/kubernetes.io/serviceaccount/token",
            kubeTagPrefix: "kube.var.log.containers.",
            // Labels and annotations would make every line carry the pod's whole metadata.
            labels: false,
            annotations: false,
            // A pod opts out with the annotation fluentbit.io/exclude: "true".
            k8sLoggingExclude: true,
          },
        },
        { modify: { rules: [{ add: { source: "container" } }, { remove: "_p" }] } },
      ],
    },
  });
  const talosFilter = new ClusterFilter({
    metadata: meta("talos"),
    // Talos' JSON lines carry the message in `msg`: one message field for VictoriaLogs.
    spec: { match: TALOS_TAG, ordinal: 10, filters: [{ modify: { rules: [{ rename: { msg: "log" } }, { add: { source: "talos" } }] } }] },
  });
  const cluster = new ClusterFilter({
    metadata: meta("cluster"),
    spec: { match: "*", ordinal: 100, filters: [{ modify: { rules: [{ set: { cluster: s.tenant.name } }] } }] },
  });
  const output = new ClusterOutput({
    metadata: meta("victoria-logs"),
    spec: {
      match: "*",
      retry_limit: "no_limits",
      http: {
        host: serviceHost(s.logs),
        port: s.logs.port,
        uri: insertPath(),
        format: "json_lines",
        jsonDateKey: "date",
        jsonDateFormat: "iso8601",
        compress: "gzip",
        // VictoriaLogs' tenant: the cluster's AccountID (ProjectID 0).
        headers: { AccountID: String(s.tenant.id), ProjectID: "0" },
        totalLimitSize: s.bufferLimit,
      },
    },
  });
  return [
    fluentBit,
    config,
    containers,
    ...(s.talosLogs ? [talos, talosFilter] : []),
    kubernetes,
    cluster,
    output,
    ...(s.monitoring ? [podMonitor(s.namespace, labels), alerts(s.namespace)] : []),
  ];
}

function podMonitor(ns: string, labels: Readonly<Record<string, string>>): PodMonitor {
  return waive(
    new PodMonitor({
      metadata: { name: "fluent-bit", namespace: ns },
      spec: {
        selector: { matchLabels: { ...labels } },
        podMetricsEndpoints: [{ port: "metrics", path: "/api/v2/metrics/prometheus", interval: "30s" }],
      },
    }),
    "scrape-selector",
    "the operator makes the DaemonSet from FluentBit/fluent-bit: its pods carry the FluentBit's labels and the metrics port",
  );
}

/** On the metrics of the reference's Fluent Bit dashboard (grafana.com 18855): output errors, and records lost. */
export function alerts(ns: string): PrometheusRule {
  return new PrometheusRule({
    metadata: { name: "fluent-bit", namespace: ns },
    spec: {
      groups: [
        {
          name: "fluent-bit.rules",
          rules: [
            {
              alert: "FluentBitOutputErrors",
              expr: `sum by (pod, name) (rate(fluentbit_output_errors_total{namespace="${ns}"}[5m])) > 0`,
              for: "15m",
              labels: { severity: "warning" },
              annotations: { summary: "Fluent Bit output {{ $labels.name }} on {{ $labels.pod }} fails to deliver: logs are buffered on the node until its buffer is full" },
            },
            {
              alert: "FluentBitRecordsDropped",
              // Retries are unlimited: records go when the node's buffer is full (dropped) or a
              // chunk cannot be retried (retries failed).
              expr: `(sum by (pod, name) (increase(fluentbit_output_dropped_records_total{namespace="${ns}"}[10m])) > 0) or (sum by (pod, name) (increase(fluentbit_output_retries_failed_total{namespace="${ns}"}[10m])) > 0)`,
              labels: { severity: "critical" },
              annotations: { summary: "Fluent Bit on {{ $labels.pod }} gave up on records for output {{ $labels.name }}: logs were lost" },
            },
          ],
        },
      ],
    },
  });
}
