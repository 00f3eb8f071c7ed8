import { Deployment } from "kubernetes-models/apps/v1";
import { component, healthCheck, helmRelease, merge, namespace, ociChart, schemaValidator, type Component, type DeepPartial } from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };
import { operatorAlerts } from "./monitoring.ts";
import { validateValues } from "./generated/values-validator.ts";
import type { CloudNativePgValues } from "./generated/values.ts";

export const OPERATOR_NAMESPACE = "cnpg-system";

/** The operator chart, pinned (ghcr.io/cloudnative-pg/charts/cloudnative-pg 0.26.1 = operator 1.27.1). */
export function chart(version = "0.26.1") {
  return ociChart<CloudNativePgValues>({ name: "cloudnative-pg", url: "oci://ghcr.io/cloudnative-pg/charts/cloudnative-pg", version, validate: schemaValidator(validateValues) });
}

/**
 * The operator, cluster-wide, with its CRDs from the chart. Restricted container settings go
 * in `containerSecurityContext` (the chart has no `securityContext` or `leaderElection` keys).
 */
export const defaults = {
  fullnameOverride: "cloudnative-pg",
  replicaCount: 2,
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
  // The chart's PodMonitor of the operator; its Grafana dashboard is provisioned by id (dashboards).
  monitoring: { podMonitorEnabled: true },
} satisfies CloudNativePgValues;

/** The kinds the chart's CRDs serve that the platform uses. */
export const CRDS = [
  "postgresql.cnpg.io/Backup",
  "postgresql.cnpg.io/Cluster",
  "postgresql.cnpg.io/Database",
  "postgresql.cnpg.io/Pooler",
  "postgresql.cnpg.io/ScheduledBackup",
] as const;

export interface OperatorOptions {
  version?: string;
  /** The chart's PodMonitor of the operator and its alerts. Default true. */
  monitoring?: boolean;
  /** Chart values, deep-merged over `defaults`. */
  values?: DeepPartial<CloudNativePgValues>;
}

/** The CloudNativePG operator: the component every PostgreSQL cluster's component depends on. */
export function cnpgOperator(o: OperatorOptions, deps: { cilium: Component; coredns: Component; monitoringCrds: Component }): Component {
  const monitoring = o.monitoring ?? true;
  return component({
    name: "cloudnative-pg",
    namespace: OPERATOR_NAMESPACE,
    dependsOn: [deps.cilium, deps.coredns, deps.monitoringCrds],
    timeout: "10m",
    resources: [
      namespace(OPERATOR_NAMESPACE),
      ...helmRelease({
        name: "cloudnative-pg",
        namespace: OPERATOR_NAMESPACE,
        chart: chart(o.version),
        defaults: merge<CloudNativePgValues>(defaults, { monitoring: { podMonitorEnabled: monitoring } }),
        values: o.values,
        crds: "CreateReplace",
        timeout: "10m",
      }),
      ...(monitoring ? [operatorAlerts(OPERATOR_NAMESPACE, o.values?.replicaCount ?? defaults.replicaCount)] : []),
    ],
    healthChecks: [healthCheck(Deployment, "cloudnative-pg", OPERATOR_NAMESPACE)],
    provides: { crds: [...CRDS] },
    // It talks to the API and to every instance's pods (status, backups); the API server calls its webhooks.
    network: { namespace: OPERATOR_NAMESPACE, apiServerIngress: true },
    package: pkg,
  });
}
