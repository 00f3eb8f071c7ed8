import { component, deploymentHealth, helmRelease, namespace, ociChart, type Component } from "@k8s-gitops/core";
import type { NamespacePolicy } from "@k8s-gitops/network-policies";
import pkg from "../package.json" with { type: "json" };
import type { CloudNativePgValues } from "./generated/values.ts";

export const OPERATOR_NAMESPACE = "cnpg-system";

/** The operator chart, pinned (ghcr.io/cloudnative-pg/charts/cloudnative-pg 0.26.1 = operator 1.27.1). */
export function chart(version = "0.26.1") {
  return ociChart<CloudNativePgValues>({ name: "cloudnative-pg", url: "oci://ghcr.io/cloudnative-pg/charts/cloudnative-pg", version });
}

export interface OperatorOptions {
  version?: string;
  replicas?: number;
  values?: CloudNativePgValues;
}

export interface CnpgOperator {
  readonly component: Component;
  readonly networkPolicy: NamespacePolicy;
}

/**
 * The CloudNativePG operator, cluster-wide, with its CRDs installed by the chart. The
 * reference's `securityContext` and `leaderElection` values are not chart values (the typed
 * values reject them): the restricted container settings go in `containerSecurityContext`.
 */
export function cnpgOperator(o: OperatorOptions = {}, deps: { dependsOn?: readonly Component[] } = {}): CnpgOperator {
  const values: CloudNativePgValues = {
    fullnameOverride: "cloudnative-pg",
    replicaCount: o.replicas ?? 2,
    crds: { create: true },
    config: { clusterWide: true, maxConcurrentReconciles: 10 },
    resources: { requests: { cpu: "100m", memory: "400Mi" }, limits: { cpu: "500m", memory: "512Mi" } },
    containerSecurityContext: {
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsUser: 10001,
      runAsGroup: 10001,
      seccompProfile: { type: "RuntimeDefault" },
      capabilities: { drop: ["ALL"] },
    },
    webhook: { port: 9443, mutating: { create: true, failurePolicy: "Fail" }, validating: { create: true, failurePolicy: "Fail" } },
    monitoring: { podMonitorEnabled: false },
    ...o.values,
  };
  const c = component({
    name: "cloudnative-pg",
    namespace: OPERATOR_NAMESPACE,
    dependsOn: deps.dependsOn,
    timeout: "10m",
    resources: [
      namespace(OPERATOR_NAMESPACE),
      ...helmRelease({ name: "cloudnative-pg", namespace: OPERATOR_NAMESPACE, chart: chart(o.version), values, crds: "CreateReplace", timeout: "10m" }),
    ],
    healthChecks: [deploymentHealth("cloudnative-pg", OPERATOR_NAMESPACE)],
    package: pkg,
  });
  // The operator talks to the API and to every instance's pods (status, backups); the API
  // server calls its webhooks.
  return { component: c, networkPolicy: { namespace: OPERATOR_NAMESPACE, apiServerIngress: true } };
}
