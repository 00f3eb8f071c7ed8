import { PodMonitor, type PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { toYaml } from "@k8s-gitops/core";
import { alertRules, type Alert } from "@k8s-gitops/prometheus-operator-crds";
import { ConfigMap } from "kubernetes-models/v1";

/** The key of the JMX exporter configuration in its ConfigMap. */
export const JMX_CONFIG_KEY = "kafka-metrics-config.yml";

/** One rule of the Prometheus JMX exporter: the first whose pattern matches a bean attribute names it. */
interface JmxRule {
  pattern: string;
  name: string;
  type: "GAUGE" | "COUNTER";
  labels?: Record<string, string>;
}

/**
 * The JMX exporter's rules for the brokers and controllers: the old repository's set, with its
 * faults mended. Its catch-all gauge came before the ReplicaManager rule (which then never
 * matched), and no rule read a meter's count, so ISR shrinks, the request handlers' idle share and
 * the network processors' were never exported although its alerts read them. The specific rules
 * come first: the exporter uses the first match.
 */
const JMX_RULES: readonly JmxRule[] = [
  { pattern: "kafka.log<type=Log, name=Size, topic=(.+), partition=(.+)><>Value", name: "kafka_log_log_size", type: "GAUGE", labels: { topic: "$1", partition: "$2" } },
  { pattern: "kafka.server<type=BrokerTopicMetrics, name=(\\w+)PerSec, topic=(.+)><>Count", name: "kafka_server_brokertopicmetrics_$1_total", type: "COUNTER", labels: { topic: "$2" } },
  // A meter: its one-minute rate is the share of time the request handlers were idle.
  { pattern: "kafka.server<type=KafkaRequestHandlerPool, name=RequestHandlerAvgIdlePercent><>OneMinuteRate", name: "kafka_server_kafkarequesthandlerpool_requesthandleravgidlepercent", type: "GAUGE" },
  // Meters as counters of their count: IsrShrinksPerSec is kafka_server_replicamanager_isrshrinks_total.
  { pattern: "kafka.(server|controller|network)<type=(\\w+), name=(\\w+)PerSec><>Count", name: "kafka_$1_$2_$3_total", type: "COUNTER" },
  // Gauges without further keys: ReplicaManager, KafkaController, SocketServer, LogManager.
  { pattern: "kafka.(server|controller|network|log)<type=(\\w+), name=(\\w+)><>Value", name: "kafka_$1_$2_$3", type: "GAUGE" },
  { pattern: "java.lang<type=Memory><HeapMemoryUsage>(used|committed|max)", name: "jvm_memory_heap_$1", type: "GAUGE" },
  { pattern: "java.lang<type=GarbageCollector, name=(.+)><>CollectionTime", name: "jvm_gc_collection_time_ms_total", type: "COUNTER", labels: { gc: "$1" } },
  { pattern: "java.lang<type=GarbageCollector, name=(.+)><>CollectionCount", name: "jvm_gc_collection_count_total", type: "COUNTER", labels: { gc: "$1" } },
];

/** The ConfigMap the Kafka's `metricsConfig` reads, in the cluster's namespace. */
export function kafkaMetricsConfig(cluster: string, namespace: string): ConfigMap {
  return new ConfigMap({
    metadata: { name: `${cluster}-kafka-metrics`, namespace, labels: { "strimzi.io/cluster": cluster } },
    data: { [JMX_CONFIG_KEY]: toYaml({ lowercaseOutputName: true, lowercaseOutputLabelNames: true, rules: JMX_RULES.map((r) => ({ ...r })) }) },
  });
}

/**
 * The cluster's pods as Strimzi's own examples scrape them: the brokers, controllers and the Kafka
 * Exporter (`strimzi.io/kind: Kafka`) on `tcp-prometheus`, the entity operator's topic and user
 * operators on `healthcheck`. Strimzi's labels become target labels (strimzi_io_pool_name, ...).
 */
export function kafkaPodMonitors(cluster: string, namespace: string): PodMonitor[] {
  const strimziLabels = [{ action: "labelmap" as const, regex: "__meta_kubernetes_pod_label_(strimzi_io_.+)", replacement: "$1" }];
  return [
    new PodMonitor({
      metadata: { name: `${cluster}-kafka`, namespace },
      spec: {
        selector: { matchLabels: { "strimzi.io/cluster": cluster, "strimzi.io/kind": "Kafka" } },
        podMetricsEndpoints: [{ port: "tcp-prometheus", path: "/metrics", relabelings: strimziLabels }],
      },
    }),
    new PodMonitor({
      metadata: { name: `${cluster}-entity-operator`, namespace },
      spec: {
        selector: { matchLabels: { "strimzi.io/cluster": cluster, "app.kubernetes.io/name": "entity-operator" } },
        podMetricsEndpoints: [{ port: "healthcheck", path: "/metrics", relabelings: strimziLabels }],
      },
    }),
  ];
}

/** The cluster operator's pods, on its `http` port. */
export function operatorPodMonitor(namespace: string): PodMonitor {
  return new PodMonitor({
    metadata: { name: "strimzi-cluster-operator", namespace },
    spec: { selector: { matchLabels: { "strimzi.io/kind": "cluster-operator" } }, podMetricsEndpoints: [{ port: "http", path: "/metrics" }] },
  });
}

/**
 * The old repository's Kafka alerts on the metrics the JMX rules above export. Mended: the
 * broker's liveness is its scrape (a broker leading no partition is not down), disk use is its
 * volume's (not a partition's size against a fixed 100 GB), "high" was no severity, and the
 * leader election rate is gone (KRaft controllers do not report it).
 */
export function kafkaAlerts(o: { name: string; namespace: string; brokers: number }): PrometheusRule {
  const ns = `namespace="${o.namespace}"`;
  const brokers = `${ns}, pod=~"${o.name}-broker-[0-9]+"`;
  const controllers = `${ns}, pod=~"${o.name}-controller-[0-9]+"`;
  const all = `${ns}, pod=~"${o.name}-(broker|controller)-[0-9]+"`;
  const pvc = `${ns}, persistentvolumeclaim=~"data-[0-9]+-${o.name}-broker-[0-9]+"`;
  const cluster = `${o.namespace}/${o.name}`;
  const availability: Alert[] = [
    { alert: "KafkaBrokerDown", expr: `up{${brokers}} == 0`, for: "5m", severity: "critical", summary: "A Kafka broker is down", description: `Broker {{ $labels.pod }} of ${cluster} has not answered for 5 minutes` },
    { alert: "KafkaControllerDown", expr: `up{${controllers}} == 0`, for: "5m", severity: "critical", summary: "A KRaft controller is down", description: `Controller {{ $labels.pod }} of ${cluster} has not answered for 5 minutes: one more loss stops the quorum` },
    {
      alert: "KafkaUnderReplicatedPartitions",
      expr: `sum(kafka_server_replicamanager_underreplicatedpartitions{${brokers}}) > 0`,
      for: "15m",
      severity: "warning",
      summary: "Kafka has under-replicated partitions",
      description: `${cluster} has had {{ $value }} under-replicated partitions for 15 minutes: a broker failure now risks data`,
    },
    {
      alert: "KafkaUnderMinIsrPartitions",
      expr: `sum(kafka_server_replicamanager_underminisrpartitioncount{${brokers}}) > 0`,
      for: "5m",
      severity: "critical",
      summary: "Kafka partitions are under min.insync.replicas",
      description: `${cluster} has {{ $value }} partitions under min.insync.replicas: producers with acks=all are refused`,
    },
    {
      alert: "KafkaOfflinePartitions",
      expr: `sum(kafka_controller_kafkacontroller_offlinepartitionscount{${all}}) > 0`,
      for: "5m",
      severity: "critical",
      summary: "Kafka has offline partitions",
      description: `${cluster} has {{ $value }} partitions without a leader: their data is unavailable`,
    },
    {
      alert: "KafkaISRShrinkRateHigh",
      expr: `sum(rate(kafka_server_replicamanager_isrshrinks_total{${brokers}}[5m])) > 0`,
      for: "15m",
      severity: "warning",
      summary: "Kafka in-sync replica sets keep shrinking",
      description: `ISRs of ${cluster} have shrunk at {{ $value }} a second for 15 minutes: replicas fall behind their leaders`,
    },
    {
      alert: "KafkaNoActiveController",
      expr: `(sum(kafka_controller_kafkacontroller_activecontrollercount{${all}}) or on() vector(0)) != 1`,
      for: "5m",
      severity: "critical",
      summary: "Kafka has no single active controller",
      description: `${cluster} has had {{ $value }} active controllers for 5 minutes: metadata changes are blocked`,
    },
  ];
  const resources: Alert[] = [
    {
      alert: "KafkaDiskUsageHigh",
      expr: `kubelet_volume_stats_used_bytes{${pvc}} / kubelet_volume_stats_capacity_bytes{${pvc}} > 0.8`,
      for: "30m",
      severity: "warning",
      summary: "A Kafka broker's volume is over 80% full",
      description: "Volume {{ $labels.persistentvolumeclaim }} is {{ $value | humanizePercentage }} full: shorten retention or grow the volume",
    },
    {
      alert: "KafkaConsumerGroupLagHigh",
      expr: `max by (consumergroup, topic) (kafka_consumergroup_lag{${ns}}) > 10000`,
      for: "15m",
      severity: "warning",
      summary: "A Kafka consumer group lags",
      description: "Consumer group {{ $labels.consumergroup }} is {{ $value }} messages behind on topic {{ $labels.topic }}",
    },
    {
      alert: "KafkaRequestHandlerIdleLow",
      expr: `kafka_server_kafkarequesthandlerpool_requesthandleravgidlepercent{${brokers}} < 0.2`,
      for: "30m",
      severity: "warning",
      summary: "A Kafka broker's request handlers are busy",
      description: "Broker {{ $labels.pod }}'s request handlers are idle {{ $value | humanizePercentage }} of the time: the broker is overloaded",
    },
    {
      alert: "KafkaNetworkHandlerIdleLow",
      expr: `kafka_network_socketserver_networkprocessoravgidlepercent{${brokers}} < 0.2`,
      for: "30m",
      severity: "warning",
      summary: "A Kafka broker's network threads are busy",
      description: "Broker {{ $labels.pod }}'s network processors are idle {{ $value | humanizePercentage }} of the time",
    },
    {
      alert: "KafkaHeapUsageHigh",
      expr: `jvm_memory_heap_used{${all}} / jvm_memory_heap_max{${all}} > 0.9`,
      for: "15m",
      severity: "warning",
      summary: "A Kafka node's heap is over 90% used",
      description: "{{ $labels.pod }} uses {{ $value | humanizePercentage }} of its heap",
    },
    {
      alert: "KafkaGCTimeHigh",
      expr: `sum by (pod) (rate(jvm_gc_collection_time_ms_total{${all}}[5m])) > 100`,
      for: "15m",
      severity: "warning",
      summary: "A Kafka node spends much time in GC",
      description: "{{ $labels.pod }} spends {{ $value }} ms a second collecting garbage",
    },
    {
      alert: "KafkaEntityOperatorDown",
      expr: `up{${ns}, pod=~"${o.name}-entity-operator-.+"} == 0`,
      for: "10m",
      severity: "warning",
      summary: "Kafka's entity operator is down",
      description: `The topic or user operator of ${cluster} has not answered for 10 minutes: KafkaTopics and KafkaUsers are not reconciled`,
    },
  ];
  return alertRules({
    name: `${o.name}-kafka`,
    namespace: o.namespace,
    groups: [
      { name: "kafka.availability", interval: "30s", alerts: availability },
      { name: "kafka.resources", interval: "30s", alerts: resources },
    ],
  });
}

/**
 * The old repository's operator alerts, mended: reconciliation time is the timer's maximum (its
 * histogram buckets are not exported), throttling the share of throttled CFS periods (not
 * seconds), and the duplicate "CRD validation" alert is the failed-reconciliations one.
 */
export function operatorAlerts(namespace: string, replicas: number): PrometheusRule {
  const sel = `namespace="${namespace}", pod=~"strimzi-cluster-operator-.+"`;
  const container = `${sel}, container="strimzi-cluster-operator"`;
  return alertRules({
    name: "strimzi-operator",
    namespace,
    groups: [
      {
        name: "strimzi.operator",
        interval: "30s",
        alerts: [
          {
            alert: "StrimziOperatorDown",
            expr: `absent(up{${sel}} == 1)`,
            for: "5m",
            severity: "critical",
            summary: "The Strimzi operator is down",
            description: "No Strimzi cluster operator has answered for 5 minutes: Kafka clusters, topics and users are not reconciled",
          },
          {
            alert: "StrimziOperatorNotHighlyAvailable",
            expr: `kube_deployment_status_replicas_available{namespace="${namespace}", deployment="strimzi-cluster-operator"} < ${replicas}`,
            for: "15m",
            severity: "warning",
            summary: "The Strimzi operator runs fewer replicas than asked",
            description: `The Strimzi operator has {{ $value }} of ${replicas} replicas available`,
          },
          {
            alert: "StrimziOperatorHighRestarts",
            expr: `increase(kube_pod_container_status_restarts_total{${container}}[15m]) > 2`,
            for: "5m",
            severity: "warning",
            summary: "The Strimzi operator keeps restarting",
            description: "Strimzi operator pod {{ $labels.pod }} restarted {{ $value }} times in 15 minutes",
          },
          {
            alert: "StrimziReconciliationsFailing",
            expr: `sum by (kind) (increase(strimzi_reconciliations_failed_total{${sel}}[15m])) > 0`,
            for: "15m",
            severity: "warning",
            summary: "Strimzi keeps failing to reconcile",
            description: "{{ $value }} reconciliations of {{ $labels.kind }} failed in 15 minutes: an invalid resource or a broken cluster",
          },
          {
            alert: "StrimziSlowReconciliation",
            expr: `max by (kind) (strimzi_reconciliations_duration_seconds_max{${sel}}) > 300`,
            for: "15m",
            severity: "warning",
            summary: "Strimzi reconciliations are slow",
            description: "A reconciliation of {{ $labels.kind }} took {{ $value }}s",
          },
          {
            alert: "StrimziOperatorHighMemoryUsage",
            expr: `max by (pod) (container_memory_working_set_bytes{${container}} / container_spec_memory_limit_bytes{${container}}) > 0.9`,
            for: "10m",
            severity: "warning",
            summary: "The Strimzi operator is near its memory limit",
            description: "Strimzi operator pod {{ $labels.pod }} uses {{ $value | humanizePercentage }} of its memory limit",
          },
          {
            alert: "StrimziOperatorCPUThrottling",
            expr: `sum by (pod) (rate(container_cpu_cfs_throttled_periods_total{${container}}[5m])) / sum by (pod) (rate(container_cpu_cfs_periods_total{${container}}[5m])) > 0.5`,
            for: "10m",
            severity: "warning",
            summary: "The Strimzi operator is CPU-throttled",
            description: "Strimzi operator pod {{ $labels.pod }} is throttled in {{ $value | humanizePercentage }} of its CPU periods",
          },
        ],
      },
    ],
  });
}
