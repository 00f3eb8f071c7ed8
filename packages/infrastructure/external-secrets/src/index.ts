import { ClusterSecretStore } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { Deployment } from "kubernetes-models/apps/v1";
import { component, healthCheck, helmRelease, merge, namespace, ociChart, schemaValidator, type Component, type DeepPartial, type OnePasswordField } from "@k8s-gitops/core";
import { alertRules, type GrafanaDashboard } from "@k8s-gitops/prometheus-operator-crds";
import type { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import pkg from "../package.json" with { type: "json" };
import { validateValues } from "./generated/values-validator.ts";
import type { ExternalSecretsValues } from "./generated/values.ts";
import type { SecretStoreRef } from "./secret.ts";

export { externalSecret, type ExternalSecretOptions, type SecretStoreRef } from "./secret.ts";
export type { ExternalSecretsValues } from "./generated/values.ts";

export const NAMESPACE = "external-secrets";

/** The chart, pinned (ghcr.io/external-secrets/charts/external-secrets). */
export function chart(version = "0.20.4") {
  return ociChart<ExternalSecretsValues>({
    name: "external-secrets",
    url: "oci://ghcr.io/external-secrets/charts/external-secrets",
    version,
    validate: schemaValidator(validateValues),
  });
}

/**
 * The chart values the platform runs with; `values` in the options is deep-merged over them.
 * Metrics Services for the controller, the webhook and the cert controller, and the chart's
 * ServiceMonitors for the three (the switch is top-level in this chart: metrics.serviceMonitor is
 * not read). They fail the install rather than vanish when the monitoring CRDs are missing.
 */
export const defaults = {
  installCRDs: true,
  replicaCount: 2,
  metrics: { service: { enabled: true } },
  webhook: { metrics: { service: { enabled: true } } },
  certController: { metrics: { service: { enabled: true } } },
  serviceMonitor: { enabled: true, renderMode: "failIfMissing" },
} satisfies ExternalSecretsValues;

/** External Secrets' dashboard on grafana.com (for whoever provisions Grafana). */
export const dashboards: readonly GrafanaDashboard[] = [{ id: 21640, revision: 4, title: "External Secrets Operator" }];

/**
 * The operator not answering, and ExternalSecrets that are not Ready (their Secret is stale or
 * missing) or keep failing to sync.
 */
export function externalSecretsAlerts(namespace: string): PrometheusRule {
  return alertRules({
    name: "external-secrets",
    namespace,
    groups: [
      {
        name: "external-secrets",
        interval: "30s",
        alerts: [
          {
            alert: "ExternalSecretsOperatorDown",
            expr: `absent(up{namespace="${namespace}", service="external-secrets-metrics"} == 1)`,
            for: "5m",
            severity: "critical",
            summary: "The External Secrets Operator is down",
            description: "No External Secrets controller has answered for 5 minutes: no Secret is created or refreshed from 1Password",
          },
          {
            alert: "ExternalSecretNotReady",
            expr: 'max by (namespace, name) (externalsecret_status_condition{condition="Ready", status="False"}) == 1',
            for: "15m",
            severity: "warning",
            summary: "An ExternalSecret is not ready",
            description: "ExternalSecret {{ $labels.namespace }}/{{ $labels.name }} has not been Ready for 15 minutes: its Secret is missing or stale",
          },
          {
            alert: "ExternalSecretSyncErrors",
            expr: "sum by (namespace, name) (increase(externalsecret_sync_calls_error[15m])) > 0",
            for: "15m",
            severity: "warning",
            summary: "An ExternalSecret keeps failing to sync",
            description: "ExternalSecret {{ $labels.namespace }}/{{ $labels.name }} has failed to sync {{ $value }} times in 15 minutes",
          },
        ],
      },
    ],
  });
}

/** The kinds the chart's CRDs serve that the platform uses. */
export const CRDS = ["external-secrets.io/ClusterSecretStore", "external-secrets.io/ExternalSecret", "external-secrets.io/SecretStore"] as const;

export interface ExternalSecretsOptions {
  /** Chart version (default: the pinned one). */
  version?: string;
  /** 1Password Connect server URL. */
  connectHost: `http://${string}` | `https://${string}`;
  /** The vault the platform's items live in. */
  vault: string;
  /**
   * The Secret (in the external-secrets namespace) holding the Connect token, and the 1Password
   * field day zero fills it from: the store cannot read its own credential through itself.
   */
  connectToken: { name: string; key: string; from: OnePasswordField };
  /** Name of the ClusterSecretStore (default onepassword). */
  storeName?: string;
  /** The chart's ServiceMonitors and the alerts. Default true. */
  monitoring?: boolean;
  /** Chart values, deep-merged over `defaults`. */
  values?: DeepPartial<ExternalSecretsValues>;
}

/** What the store component gives its dependants: the reference every ExternalSecret uses. */
export interface SecretStoreOutputs {
  readonly storeRef: SecretStoreRef;
}

/** The 1Password ClusterSecretStore component; every ExternalSecret's component depends on it. */
export type SecretStore = Component<SecretStoreOutputs>;

/** The package's components: the operator and, once its CRDs exist, the store. */
export type ExternalSecrets = {
  readonly operator: Component;
  readonly store: SecretStore;
};

/**
 * External Secrets Operator and the 1Password Connect ClusterSecretStore. Two components,
 * because the store is a custom resource that can only be applied once the chart has installed
 * its CRDs. The Connect token is a day-zero secret (bootstrap phase 3).
 */
export function externalSecrets(o: ExternalSecretsOptions, deps: { cilium: Component; coredns: Component; monitoringCrds: Component }): ExternalSecrets {
  const storeName = o.storeName ?? "onepassword";
  const connect = new URL(o.connectHost);
  const monitoring = o.monitoring ?? true;
  const operator = component({
    name: "external-secrets",
    namespace: NAMESPACE,
    dependsOn: [deps.cilium, deps.coredns, deps.monitoringCrds],
    resources: [
      namespace(NAMESPACE),
      ...helmRelease({
        name: "external-secrets",
        namespace: NAMESPACE,
        chart: chart(o.version),
        defaults: monitoring ? defaults : merge<ExternalSecretsValues>(defaults, { serviceMonitor: { enabled: false } }),
        values: o.values,
        crds: "CreateReplace",
      }),
      ...(monitoring ? [externalSecretsAlerts(NAMESPACE)] : []),
    ],
    healthChecks: [healthCheck(Deployment, "external-secrets", NAMESPACE), healthCheck(Deployment, "external-secrets-webhook", NAMESPACE)],
    provides: { crds: [...CRDS] },
    network: {
      namespace: NAMESPACE,
      // The API server calls its webhook; it calls 1Password Connect.
      apiServerIngress: true,
      egressFqdns: [{ name: "allow-onepassword-connect", hosts: [{ name: connect.hostname }], ports: [connect.port ? Number(connect.port) : connect.protocol === "https:" ? 443 : 80] }],
    },
    package: pkg,
  });
  const store = new ClusterSecretStore({
    metadata: { name: storeName },
    spec: {
      provider: {
        onepassword: {
          connectHost: o.connectHost,
          vaults: { [o.vault]: 1 },
          auth: { secretRef: { connectTokenSecretRef: { name: o.connectToken.name, namespace: NAMESPACE, key: o.connectToken.key } } },
        },
      },
    },
  });
  return {
    operator,
    store: component({
      name: "external-secrets-store",
      namespace: NAMESPACE,
      resources: [store],
      dependsOn: [operator],
      outputs: { storeRef: { kind: "ClusterSecretStore", name: storeName } },
      bootstrapSecrets: [{ namespace: NAMESPACE, name: o.connectToken.name, data: { [o.connectToken.key]: o.connectToken.from } }],
      package: pkg,
    }),
  };
}
