import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { PodMonitor, PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { ConfigMap } from "kubernetes-models/v1";
import { cluster, render, type Resource } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { defaults, Kafka, kafkaCluster, KafkaNodePool, KafkaTopic, KafkaUser, strimziOperator, type KafkaClusterOptions } from "../src/index.ts";

const monitoringCrds = standIn("prometheus-operator-crds", { bootstrapPhase: 1 });
const base = { cilium: standIn("cilium"), coredns: standIn("coredns"), monitoringCrds };
const storage = standIn("rook-ceph-cluster");
const operator = strimziOperator({ watchNamespaces: ["kafka"] }, base);
const options = {
  name: "kafka",
  namespace: "kafka",
  storageClass: "rook-ceph-block",
  topics: [{ name: "synergyflow-events", partitions: 6, replicas: 3, config: { "retention.ms": 604800000, "cleanup.policy": "delete" } }],
  users: [
    {
      name: "synergyflow",
      namespace: "synergyflow",
      acls: [
        { resource: { type: "topic", name: "synergyflow-events", patternType: "literal" }, operations: ["Read", "Write", "Describe"] },
        { resource: { type: "group", name: "synergyflow", patternType: "prefix" }, operations: ["Read"] },
      ],
    },
  ],
} as const satisfies KafkaClusterOptions<"synergyflow">;
const kafka = kafkaCluster(options, { strimziOperator: operator, storage, monitoringCrds });
const find = <T extends Resource>(is: (r: Resource) => r is T, rs: readonly Resource[] = kafka.resources): T[] => rs.filter(is);
const valuesOf = (c: typeof operator) => find((r): r is HelmRelease => HelmRelease.is(r), c.resources)[0]?.spec?.values;

describe("strimziOperator", () => {
  it("installs and declares the CRDs, watches its namespaces only and creates them", () => {
    expect(operator.provides.crds).toContain("kafka.strimzi.io/KafkaNodePool");
    expect(find((r): r is HelmRelease => HelmRelease.is(r), operator.resources)[0]?.spec?.install?.crds).toBe("Create");
    expect(valuesOf(operator)).toMatchObject({ watchNamespaces: ["kafka"], watchAnyNamespace: false, generateNetworkPolicy: false, dashboards: { enabled: false } });
    expect(valuesOf(operator)).toMatchObject({ securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } }, podSecurityContext: { runAsNonRoot: true } });
    expect(operator.resources.filter((r) => r.kind === "Namespace").map((r) => r.metadata?.name)).toEqual(["strimzi-operator-system", "kafka"]);
    expect(operator.network?.egressTo).toEqual([{ namespace: "kafka" }]);
  });

  it("merges a nested override over the defaults, keeping the siblings", () => {
    const op = strimziOperator({ watchNamespaces: ["kafka"], values: { resources: { limits: { memory: "1Gi" } } } }, base);
    expect(valuesOf(op)).toMatchObject({ resources: { requests: defaults.resources.requests, limits: { cpu: "1000m", memory: "1Gi" } }, extraEnvs: defaults.extraEnvs });
  });

  it("is scraped through a PodMonitor of its http port, with alerts, by default; neither with monitoring: false", () => {
    expect(operator.dependsOn).toContain(monitoringCrds);
    const monitor = find((r): r is PodMonitor => PodMonitor.is(r), operator.resources)[0];
    expect(monitor?.spec).toEqual({ selector: { matchLabels: { "strimzi.io/kind": "cluster-operator" } }, podMetricsEndpoints: [{ port: "http", path: "/metrics" }] });
    const rules = find((r): r is PrometheusRule => PrometheusRule.is(r), operator.resources)[0]?.spec.groups?.[0]?.rules ?? [];
    expect(rules.map((r) => [r.alert, r.labels?.["severity"]])).toEqual([
      ["StrimziOperatorDown", "critical"],
      ["StrimziOperatorNotHighlyAvailable", "warning"],
      ["StrimziOperatorHighRestarts", "warning"],
      ["StrimziReconciliationsFailing", "warning"],
      ["StrimziSlowReconciliation", "warning"],
      ["StrimziOperatorHighMemoryUsage", "warning"],
      ["StrimziOperatorCPUThrottling", "warning"],
    ]);
    expect(strimziOperator({ watchNamespaces: ["kafka"], monitoring: false }, base).resources.some((r) => r.kind === "PodMonitor" || r.kind === "PrometheusRule")).toBe(false);
  });

  it("refuses to watch nothing, and its own namespace", () => {
    expect(() => strimziOperator({ watchNamespaces: [] }, base)).toThrowError("component strimzi-operator, field watchNamespaces: watchNamespaces is empty");
    expect(() => strimziOperator({ watchNamespaces: ["kafka", "strimzi-operator-system"] }, base)).toThrowError(
      "component strimzi-operator, field watchNamespaces: watchNamespaces includes the operator's own namespace strimzi-operator-system",
    );
  });
});

describe("kafkaCluster", () => {
  const k = find((r): r is Kafka => Kafka.is(r))[0]!;

  it("runs KRaft with a controller pool and a broker pool, one pod per node, on the storage class given", () => {
    expect(k.metadata?.annotations).toEqual({ "strimzi.io/kraft": "enabled", "strimzi.io/node-pools": "enabled" });
    const pools = find((r): r is KafkaNodePool => KafkaNodePool.is(r));
    expect(pools.map((p) => [p.metadata?.name, p.spec?.roles, p.spec?.replicas, p.spec?.storage.volumes?.[0]?.class, p.metadata?.labels?.["strimzi.io/cluster"]])).toEqual([
      ["controller", ["controller"], 3, "rook-ceph-block", "kafka"],
      ["broker", ["broker"], 3, "rook-ceph-block", "kafka"],
    ]);
    expect(pools[1]?.spec?.template?.pod?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.[0]?.topologyKey).toBe("kubernetes.io/hostname");
    expect(() => k.validate()).not.toThrow();
    pools.forEach((p) => expect(() => p.validate()).not.toThrow());
  });

  it("serves one TLS listener with SCRAM-SHA-512", () => {
    expect(k.spec?.kafka.listeners).toEqual([{ name: "tls", port: 9093, type: "internal", tls: true, authentication: { type: "scram-sha-512" } }]);
    expect(k.spec?.kafka.authorization).toEqual({ type: "simple" });
  });

  it("exports JMX metrics from its own ConfigMap and runs the Kafka Exporter, scraped by PodMonitors, with alerts, by default", () => {
    expect(k.spec?.kafka.metricsConfig).toEqual({ type: "jmxPrometheusExporter", valueFrom: { configMapKeyRef: { name: "kafka-kafka-metrics", key: "kafka-metrics-config.yml" } } });
    expect(k.spec?.kafkaExporter).toMatchObject({ topicRegex: ".*", groupRegex: ".*" });
    const config = find((r): r is ConfigMap => ConfigMap.is(r))[0];
    const jmx = parse(config?.data?.["kafka-metrics-config.yml"] ?? "") as { lowercaseOutputName: boolean; rules: { pattern: string; name: string }[] };
    expect(jmx.lowercaseOutputName).toBe(true);
    // The first rule that matches names the metric: the specific ones before the catch-all gauge.
    const names = jmx.rules.map((r) => r.name);
    expect(names.indexOf("kafka_log_log_size")).toBeLessThan(names.indexOf("kafka_$1_$2_$3"));
    expect(names).toContain("kafka_server_kafkarequesthandlerpool_requesthandleravgidlepercent");
    const monitors = find((r): r is PodMonitor => PodMonitor.is(r));
    expect(monitors.map((m) => [m.metadata?.name, m.spec.selector.matchLabels, m.spec.podMetricsEndpoints?.[0]?.port])).toEqual([
      ["kafka-kafka", { "strimzi.io/cluster": "kafka", "strimzi.io/kind": "Kafka" }, "tcp-prometheus"],
      ["kafka-entity-operator", { "strimzi.io/cluster": "kafka", "app.kubernetes.io/name": "entity-operator" }, "healthcheck"],
    ]);
    const rule = find((r): r is PrometheusRule => PrometheusRule.is(r))[0];
    const rules = rule?.spec.groups?.flatMap((g) => g.rules ?? []) ?? [];
    expect(rules.map((r) => r.alert)).toEqual(expect.arrayContaining(["KafkaBrokerDown", "KafkaOfflinePartitions", "KafkaNoActiveController", "KafkaConsumerGroupLagHigh", "KafkaDiskUsageHigh"]));
    for (const r of rules) {
      expect(["critical", "warning"]).toContain(r.labels?.["severity"]);
      expect(Object.keys(r.annotations ?? {})).toEqual(["summary", "description"]);
    }
    expect(kafka.dependsOn).toContain(monitoringCrds);
    expect(() => k.validate()).not.toThrow();
  });

  it("has neither exporters nor monitoring objects with monitoring: false", () => {
    const off = kafkaCluster({ ...options, monitoring: false }, { strimziOperator: operator, storage, monitoringCrds });
    const kOff = find((r): r is Kafka => Kafka.is(r), off.resources)[0];
    expect(kOff?.spec?.kafka.metricsConfig).toBeUndefined();
    expect(kOff?.spec?.kafkaExporter).toBeUndefined();
    expect(off.resources.some((r) => ["ConfigMap", "PodMonitor", "PrometheusRule"].includes(r.kind))).toBe(false);
  });

  it("makes typed topics and users of the cluster", () => {
    const topic = find((r): r is KafkaTopic => KafkaTopic.is(r))[0]!;
    expect(topic.metadata?.labels).toEqual({ "strimzi.io/cluster": "kafka" });
    expect(topic.spec).toEqual({ partitions: 6, replicas: 3, config: { "retention.ms": 604800000, "cleanup.policy": "delete" } });
    const user = find((r): r is KafkaUser => KafkaUser.is(r))[0]!;
    expect(user.spec?.authentication).toEqual({ type: "scram-sha-512" });
    expect(user.spec?.authorization?.acls).toHaveLength(2);
    expect(() => topic.validate()).not.toThrow();
    expect(() => user.validate()).not.toThrow();
  });

  it("lets in the operator and the users' namespaces on the TLS listener", () => {
    expect(kafka.network?.ingressFrom).toEqual([{ namespace: "strimzi-operator-system" }, { namespace: "synergyflow", ports: [9093] }]);
  });

  it("gives each user typed connection facts", () => {
    expect(kafka.outputs.users.synergyflow).toEqual({
      bootstrap: "kafka-kafka-bootstrap.kafka.svc",
      port: 9093,
      mechanism: "SCRAM-SHA-512",
      secret: { namespace: "kafka", name: "synergyflow" },
      ca: { namespace: "kafka", name: "kafka-cluster-ca-cert", key: "ca.crt" },
    });
    // @ts-expect-error no such user.
    expect(kafka.outputs.users.synergyflo).toBeUndefined();
  });

  it("refuses an even quorum, too few brokers and a topic with more replicas than brokers", () => {
    const deps = { strimziOperator: operator, storage, monitoringCrds };
    expect(() => kafkaCluster({ ...options, controllers: { replicas: 2 } }, deps)).toThrowError("Kafka/kafka/kafka, field controllers.replicas: controllers 2: a KRaft quorum needs an odd number of voters");
    expect(() => kafkaCluster({ ...options, brokers: { replicas: 2 } }, deps)).toThrowError(/field brokers.replicas: brokers 2/);
    expect(() => kafkaCluster({ ...options, topics: [{ name: "t", partitions: 1, replicas: 4 }] }, deps)).toThrowError("KafkaTopic/kafka/t, field spec.replicas: topic t: 4 replicas on 3 brokers");
  });

  it("renders in a cluster after the operator", () => {
    const files = render(cluster({ name: "test", values: {}, components: [base, storage, operator, kafka] })).files;
    const ks = parse(files.get("flux/kafka.yaml")!) as { spec: { dependsOn: { name: string }[] } };
    expect(ks.spec.dependsOn.map((d) => d.name)).toEqual(["prometheus-operator-crds", "rook-ceph-cluster", "strimzi-operator"]);
    expect(files.has("components/kafka/kafkanodepool-broker.yaml")).toBe(true);
  });
});
