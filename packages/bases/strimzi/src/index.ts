import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { component, healthCheck, helmRelease, namespace, ociChart, type Component, type DeepPartial } from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };

export const NAMESPACE = "strimzi";

/** The chart's values, as far as this package sets them (generate them from the chart's values.schema.json where it ships one). */
export interface StrimziValues {
  replicaCount?: number;
  resources?: { requests?: { cpu?: string; memory?: string }; limits?: { memory?: string } };
}

/** The chart, pinned. */
export function chart(version = "0.48.0") {
  return ociChart<StrimziValues>({ name: "strimzi-kafka-operator", url: "oci://quay.io/strimzi-helm/strimzi-kafka-operator", version });
}

/** The chart values the platform runs with; `values` in the options is deep-merged over them. */
export const defaults = {
  replicaCount: 2,
  resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { memory: "128Mi" } },
} satisfies StrimziValues;

export interface StrimziOptions {
  /** Chart version (default: the pinned one). */
  version?: string;
  /** Chart values, deep-merged over `defaults`. */
  values?: DeepPartial<StrimziValues>;
}

/** Strimzi: the Kafka operator (chart 0.48.0), typed Kafka/KafkaNodePool/KafkaTopic/KafkaUser models generated from its CRDs, and builders for a KRaft cluster with TLS and SCRAM-SHA-512 listeners */
export function strimzi(o: StrimziOptions, deps: { cilium: Component; coredns: Component }): Component {
  return component({
    name: "strimzi",
    namespace: NAMESPACE,
    dependsOn: [deps.cilium, deps.coredns],
    resources: [namespace(NAMESPACE), ...helmRelease({ name: "strimzi", namespace: NAMESPACE, chart: chart(o.version), defaults, values: o.values })],
    healthChecks: [healthCheck(HelmRelease, "strimzi", NAMESPACE)],
    network: { namespace: NAMESPACE },
    package: pkg,
  });
}
