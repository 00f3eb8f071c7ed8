import { component, ConfigError, healthCheck, helmRelease, namespace, ociChart, type Component, type DeepPartial, type ObjectRef } from "@k8s-gitops/core";
import { Deployment } from "kubernetes-models/apps/v1";
import pkg from "../package.json" with { type: "json" };
import { JMX_CONFIG_KEY, kafkaAlerts, kafkaMetricsConfig, kafkaPodMonitors, operatorAlerts, operatorPodMonitor } from "./monitoring.ts";
import { Kafka } from "./generated/models/kafka.strimzi.io/v1beta2/Kafka.ts";
import { KafkaNodePool } from "./generated/models/kafka.strimzi.io/v1beta2/KafkaNodePool.ts";
import { KafkaTopic } from "./generated/models/kafka.strimzi.io/v1beta2/KafkaTopic.ts";
import { KafkaUser, type IKafkaUser } from "./generated/models/kafka.strimzi.io/v1beta2/KafkaUser.ts";

export { Kafka, type IKafka } from "./generated/models/kafka.strimzi.io/v1beta2/Kafka.ts";
export { KafkaNodePool, type IKafkaNodePool } from "./generated/models/kafka.strimzi.io/v1beta2/KafkaNodePool.ts";
export { KafkaTopic, type IKafkaTopic } from "./generated/models/kafka.strimzi.io/v1beta2/KafkaTopic.ts";
export { KafkaUser, type IKafkaUser } from "./generated/models/kafka.strimzi.io/v1beta2/KafkaUser.ts";
export { JMX_CONFIG_KEY, kafkaAlerts, kafkaMetricsConfig, kafkaPodMonitors, operatorAlerts, operatorPodMonitor } from "./monitoring.ts";

export const OPERATOR_NAMESPACE = "strimzi-operator-system";

/** The TLS listener every client uses: SCRAM-SHA-512 over TLS. */
export const TLS_LISTENER = { name: "tls", port: 9093 } as const;

/**
 * The chart's values as far as the platform sets them: the chart ships no values.schema.json,
 * so there is no generated type or run-time validator; these keys are from its values.yaml.
 */
export interface StrimziValues {
  replicas?: number;
  watchNamespaces?: string[];
  watchAnyNamespace?: boolean;
  generateNetworkPolicy?: boolean;
  logLevel?: "INFO" | "DEBUG" | "WARN" | "ERROR";
  extraEnvs?: { name: string; value: string }[];
  podSecurityContext?: { runAsNonRoot?: boolean; seccompProfile?: { type?: "RuntimeDefault" } };
  securityContext?: { allowPrivilegeEscalation?: boolean; readOnlyRootFilesystem?: boolean; capabilities?: { drop?: string[] } };
  resources?: { requests?: { cpu?: string; memory?: string }; limits?: { cpu?: string; memory?: string } };
  dashboards?: { enabled?: boolean };
}

/** The operator chart, pinned (quay.io/strimzi-helm/strimzi-kafka-operator 0.48.0). */
export function chart(version = "0.48.0") {
  return ociChart<StrimziValues>({ name: "strimzi-kafka-operator", url: "oci://quay.io/strimzi-helm/strimzi-kafka-operator", version });
}

/**
 * Two replicas (leader election); the namespaces it watches are never its own (the chart
 * would bind its roles there twice); no NetworkPolicies of its own (they would open every
 * listener to every namespace next to the platform's per-tenant allowances); operands with the
 * restricted pod security provider, so they run in a namespace that enforces `restricted`.
 */
export const defaults = {
  replicas: 2,
  watchAnyNamespace: false,
  generateNetworkPolicy: false,
  logLevel: "INFO",
  extraEnvs: [{ name: "STRIMZI_POD_SECURITY_PROVIDER_CLASS", value: "restricted" }],
  // Its own namespace enforces the restricted Pod Security level too.
  podSecurityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
  securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
  resources: { requests: { cpu: "200m", memory: "384Mi" }, limits: { cpu: "1000m", memory: "512Mi" } },
  dashboards: { enabled: false },
} satisfies StrimziValues;

/** The kinds the chart's CRDs serve. */
export const CRDS = [
  "core.strimzi.io/StrimziPodSet",
  "kafka.strimzi.io/Kafka",
  "kafka.strimzi.io/KafkaBridge",
  "kafka.strimzi.io/KafkaConnect",
  "kafka.strimzi.io/KafkaConnector",
  "kafka.strimzi.io/KafkaMirrorMaker2",
  "kafka.strimzi.io/KafkaNodePool",
  "kafka.strimzi.io/KafkaRebalance",
  "kafka.strimzi.io/KafkaTopic",
  "kafka.strimzi.io/KafkaUser",
] as const;

export interface StrimziOperatorOptions {
  version?: string;
  /** A PodMonitor of the operator and its alerts. Default true. */
  monitoring?: boolean;
  values?: DeepPartial<StrimziValues>;
  /**
   * The namespaces it manages. The chart binds its roles there at install, so this component
   * creates them: the Kafka components that depend on it declare their allowances for them.
   */
  watchNamespaces: readonly string[];
}

/** The Strimzi cluster operator with its CRDs from the chart, watching only the namespaces given, with its PodMonitor and alerts. */
export function strimziOperator(o: StrimziOperatorOptions, deps: { cilium: Component; coredns: Component; monitoringCrds: Component }): Component {
  if (o.watchNamespaces.length === 0) throw new ConfigError("watchNamespaces is empty: the operator would manage nothing", { component: "strimzi-operator", field: "watchNamespaces" });
  if (o.watchNamespaces.includes(OPERATOR_NAMESPACE)) {
    throw new ConfigError(`watchNamespaces includes the operator's own namespace ${OPERATOR_NAMESPACE}: the chart would create its RoleBindings there twice`, { component: "strimzi-operator", field: "watchNamespaces" });
  }
  const watched = [...o.watchNamespaces].sort();
  const monitoring = o.monitoring ?? true;
  return component({
    name: "strimzi-operator",
    namespace: OPERATOR_NAMESPACE,
    dependsOn: [deps.cilium, deps.coredns, deps.monitoringCrds],
    timeout: "10m",
    resources: [
      namespace(OPERATOR_NAMESPACE),
      ...watched.map((ns) => namespace(ns)),
      ...helmRelease({
        name: "strimzi-operator",
        namespace: OPERATOR_NAMESPACE,
        chart: chart(o.version),
        defaults: { ...defaults, watchNamespaces: watched },
        values: o.values,
        crds: "CreateReplace",
        timeout: "10m",
      }),
      ...(monitoring ? [operatorPodMonitor(OPERATOR_NAMESPACE), operatorAlerts(OPERATOR_NAMESPACE, o.values?.replicas ?? defaults.replicas)] : []),
    ],
    healthChecks: [healthCheck(Deployment, "strimzi-cluster-operator", OPERATOR_NAMESPACE)],
    provides: { crds: [...CRDS] },
    // It manages the brokers and controllers through their admin and agent ports.
    network: { namespace: OPERATOR_NAMESPACE, egressTo: watched.map((ns) => ({ namespace: ns })) },
    package: pkg,
  });
}

/** One topic, as the topic operator creates it in the cluster. */
export interface TopicSpec {
  name: string;
  partitions: number;
  replicas: number;
  /** Topic configuration (retention.ms, cleanup.policy, ...). */
  config?: Readonly<Record<string, string | number>>;
}

/** One ACL rule of a KafkaUser, as the CRD types it. */
export type KafkaAcl = NonNullable<NonNullable<IKafkaUser["spec"]>["authorization"]>["acls"][number];

/** One SCRAM-SHA-512 user of one tenant, with its ACLs. */
export interface UserSpec<U extends string> {
  name: U;
  /** The tenant's namespace: its pods may reach the TLS listener. */
  namespace: string;
  acls: readonly KafkaAcl[];
}

/** How a user reaches the cluster: the bootstrap Service over TLS with SCRAM-SHA-512. */
export interface KafkaConnection {
  readonly bootstrap: string;
  readonly port: number;
  readonly mechanism: "SCRAM-SHA-512";
  /** The user operator's Secret (keys `password`, `sasl.jaas.config`) in the Kafka namespace. */
  readonly secret: ObjectRef;
  /** The cluster CA (key `ca.crt`). */
  readonly ca: ObjectRef & { readonly key: "ca.crt" };
}

export interface KafkaClusterOutputs<U extends string> {
  readonly users: { readonly [K in U]: KafkaConnection };
}

export interface KafkaClusterOptions<U extends string> {
  name: string;
  /** A namespace the operator watches (and creates). */
  namespace: string;
  /** Kafka version (default 4.1.0, supported by Strimzi 0.48). */
  version?: string;
  storageClass: string;
  /** Controller and broker pools: replicas, volume size, resources. */
  controllers?: { replicas?: number; size?: string };
  brokers?: { replicas?: number; size?: string; resources?: { requests: { cpu: string; memory: string }; limits: { cpu: string; memory: string } } };
  topics?: readonly TopicSpec[];
  users?: readonly UserSpec<U>[];
  /**
   * The brokers' and controllers' JMX exporter, the Kafka Exporter (consumer lag), PodMonitors
   * of them and of the entity operator, and the cluster's alerts. Default true.
   */
  monitoring?: boolean;
}

const RESOURCES = { requests: { cpu: "500m", memory: "2Gi" }, limits: { cpu: "2000m", memory: "4Gi" } };

/**
 * A KRaft Kafka cluster: a controller pool and a broker pool (one pod per node each), one
 * internal listener with TLS and SCRAM-SHA-512, simple authorization, the entity operator, its
 * topics and users; with `monitoring` the JMX exporter, the Kafka Exporter, their PodMonitors and
 * the alerts. Outputs: each user's connection facts by its name.
 */
export function kafkaCluster<const U extends string = never>(
  o: KafkaClusterOptions<U>,
  deps: { strimziOperator: Component; storage: Component; monitoringCrds: Component },
): Component<KafkaClusterOutputs<U>> {
  const where = { object: `Kafka/${o.namespace}/${o.name}` };
  const brokers = o.brokers?.replicas ?? 3;
  const controllers = o.controllers?.replicas ?? 3;
  if (controllers % 2 === 0) throw new ConfigError(`controllers ${controllers}: a KRaft quorum needs an odd number of voters`, { ...where, field: "controllers.replicas" });
  if (brokers < 3) throw new ConfigError(`brokers ${brokers}: min.insync.replicas 2 with replication factor 3 needs 3 brokers`, { ...where, field: "brokers.replicas" });
  for (const t of o.topics ?? []) {
    if (t.replicas > brokers) throw new ConfigError(`topic ${t.name}: ${t.replicas} replicas on ${brokers} brokers`, { object: `KafkaTopic/${o.namespace}/${t.name}`, field: "spec.replicas" });
  }
  const clusterLabel = { "strimzi.io/cluster": o.name };
  const monitoring = o.monitoring ?? true;
  const metricsConfig = kafkaMetricsConfig(o.name, o.namespace);
  const pool = (name: string, role: "controller" | "broker", replicas: number, size: string, resources: typeof RESOURCES) => {
    const selector = { ...clusterLabel, "strimzi.io/pool-name": name };
    return new KafkaNodePool({
      metadata: { name, namespace: o.namespace, labels: clusterLabel },
      spec: {
        replicas,
        roles: [role],
        storage: { type: "jbod", volumes: [{ id: 0, type: "persistent-claim", size, class: o.storageClass, deleteClaim: false, kraftMetadata: "shared" }] },
        resources,
        template: {
          pod: { affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: selector }, topologyKey: "kubernetes.io/hostname" }] } } },
        },
      },
    });
  };
  const kafka = new Kafka({
    // Strimzi 0.48 runs KRaft with node pools only; the annotations say so explicitly.
    metadata: { name: o.name, namespace: o.namespace, annotations: { "strimzi.io/kraft": "enabled", "strimzi.io/node-pools": "enabled" } },
    spec: {
      kafka: {
        version: o.version ?? "4.1.0",
        listeners: [{ name: TLS_LISTENER.name, port: TLS_LISTENER.port, type: "internal", tls: true, authentication: { type: "scram-sha-512" } }],
        authorization: { type: "simple" },
        config: {
          "default.replication.factor": 3,
          "min.insync.replicas": 2,
          "offsets.topic.replication.factor": 3,
          "transaction.state.log.replication.factor": 3,
          "transaction.state.log.min.isr": 2,
          // Topics are KafkaTopic objects, reviewed like any other change.
          "auto.create.topics.enable": false,
        },
        ...(monitoring
          ? { metricsConfig: { type: "jmxPrometheusExporter" as const, valueFrom: { configMapKeyRef: { name: metricsConfig.metadata?.name ?? "", key: JMX_CONFIG_KEY } } } }
          : {}),
      },
      entityOperator: {
        topicOperator: { resources: { requests: { cpu: "100m", memory: "256Mi" }, limits: { cpu: "500m", memory: "512Mi" } } },
        userOperator: { resources: { requests: { cpu: "100m", memory: "256Mi" }, limits: { cpu: "500m", memory: "512Mi" } } },
      },
      // Consumer group lag and topic offsets, which the brokers' JMX metrics do not have.
      ...(monitoring ? { kafkaExporter: { topicRegex: ".*", groupRegex: ".*", resources: { requests: { cpu: "100m", memory: "64Mi" }, limits: { cpu: "500m", memory: "128Mi" } } } } : {}),
    },
  });
  const topics = (o.topics ?? []).map(
    (t) =>
      new KafkaTopic({
        metadata: { name: t.name, namespace: o.namespace, labels: clusterLabel },
        spec: { partitions: t.partitions, replicas: t.replicas, ...(t.config ? { config: { ...t.config } } : {}) },
      }),
  );
  const users = o.users ?? [];
  const userObjects = users.map(
    (u) =>
      new KafkaUser({
        metadata: { name: u.name, namespace: o.namespace, labels: clusterLabel },
        spec: { authentication: { type: "scram-sha-512" }, authorization: { type: "simple", acls: [...u.acls] } },
      }),
  );
  const connections = Object.fromEntries(
    users.map((u): [U, KafkaConnection] => [
      u.name,
      {
        bootstrap: `${o.name}-kafka-bootstrap.${o.namespace}.svc`,
        port: TLS_LISTENER.port,
        mechanism: "SCRAM-SHA-512",
        secret: { namespace: o.namespace, name: u.name },
        ca: { namespace: o.namespace, name: `${o.name}-cluster-ca-cert`, key: "ca.crt" },
      },
    ]),
    // fromEntries widens the keys to string; the entries are exactly the users' names.
  ) as { [K in U]: KafkaConnection };
  return component({
    name: o.name,
    namespace: o.namespace,
    dependsOn: [deps.strimziOperator, deps.storage, deps.monitoringCrds],
    timeout: "15m",
    resources: [
      kafka,
      pool("controller", "controller", controllers, o.controllers?.size ?? "20Gi", { requests: { cpu: "250m", memory: "1Gi" }, limits: { cpu: "1000m", memory: "2Gi" } }),
      pool("broker", "broker", brokers, o.brokers?.size ?? "100Gi", o.brokers?.resources ?? RESOURCES),
      ...topics,
      ...userObjects,
      ...(monitoring ? [metricsConfig, ...kafkaPodMonitors(o.name, o.namespace), kafkaAlerts({ name: o.name, namespace: o.namespace, brokers })] : []),
    ],
    healthChecks: [healthCheck(Kafka, o.name, o.namespace)],
    network: {
      namespace: o.namespace,
      ingressFrom: [{ namespace: OPERATOR_NAMESPACE }, ...[...new Set(users.map((u) => u.namespace))].sort().map((ns) => ({ namespace: ns, ports: [TLS_LISTENER.port] }))],
    },
    outputs: { users: connections },
    package: pkg,
  });
}
