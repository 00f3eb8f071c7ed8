import { ClusterSecretStore } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import {
  component,
  deploymentHealth,
  helmRelease,
  namespace,
  ociChart,
  type Component,
  type Resource,
} from "@k8s-gitops/core";
import { hostOf, type NamespacePolicy } from "@k8s-gitops/network-policies";
import pkg from "../package.json" with { type: "json" };
import type { ExternalSecretsValues } from "./generated/values.ts";
import type { SecretStoreRef } from "./secret.ts";

export { externalSecret, type ExternalSecretOptions, type OnePasswordField, type SecretStoreRef } from "./secret.ts";
export type { ExternalSecretsValues } from "./generated/values.ts";

export const NAMESPACE = "external-secrets";

/** The chart, pinned (ghcr.io/external-secrets/charts/external-secrets). */
export function chart(version = "0.20.4") {
  return ociChart<ExternalSecretsValues>({ name: "external-secrets", url: "oci://ghcr.io/external-secrets/charts/external-secrets", version });
}

export interface ExternalSecretsOptions {
  /** Chart version (default: the pinned one). */
  version?: string;
  /** 1Password Connect server URL. */
  connectHost: `http://${string}` | `https://${string}`;
  /** The vault the platform's items live in. */
  vault: string;
  /** Secret in the external-secrets namespace holding the Connect token (created at bootstrap, outside git). */
  connectTokenSecret: { name: string; key: string };
  /** Name of the ClusterSecretStore (default onepassword). */
  storeName?: string;
  replicas?: number;
  /** Create a ServiceMonitor (needs the prometheus-operator CRDs in the cluster). Default false. */
  serviceMonitor?: boolean;
  /** Extra chart values, merged over the defaults. */
  values?: ExternalSecretsValues;
}

/** The store component, carrying the typed reference every ExternalSecret uses. */
export interface SecretStoreComponent extends Component {
  readonly storeRef: SecretStoreRef;
  readonly connectHost: string;
}

export interface ExternalSecrets {
  /** The operator (namespace, chart source, HelmRelease with its CRDs). */
  readonly operator: Component;
  /** The 1Password ClusterSecretStore; depends on the operator (its CRDs must exist first). */
  readonly store: SecretStoreComponent;
  readonly components: readonly [Component, SecretStoreComponent];
  /** What the namespace needs beyond deny-all: the API server calls its webhook, it calls 1Password Connect. */
  readonly networkPolicy: NamespacePolicy;
}

/**
 * External Secrets Operator and the 1Password Connect ClusterSecretStore. Two components,
 * because the store is a custom resource that can only be applied once the chart has
 * installed its CRDs.
 */
export function externalSecrets(o: ExternalSecretsOptions, deps: { dependsOn?: readonly Component[] } = {}): ExternalSecrets {
  const storeName = o.storeName ?? "onepassword";
  const values: ExternalSecretsValues = {
    installCRDs: true,
    replicaCount: o.replicas ?? 2,
    // The reference set metrics.enabled and metrics.serviceMonitor, which this chart does not
    // read (the typed values reject them): the ServiceMonitor switch is top-level.
    metrics: { service: { enabled: true } },
    serviceMonitor: { enabled: o.serviceMonitor ?? false },
    ...o.values,
  };
  const resources: Resource[] = [
    namespace(NAMESPACE),
    ...helmRelease({ name: "external-secrets", namespace: NAMESPACE, chart: chart(o.version), values, crds: "CreateReplace" }),
  ];
  const operator = component({
    name: "external-secrets",
    namespace: NAMESPACE,
    // What must run before the operator (the CNI and cluster DNS).
    dependsOn: deps.dependsOn,
    resources,
    healthChecks: [deploymentHealth("external-secrets", NAMESPACE), deploymentHealth("external-secrets-webhook", NAMESPACE)],
    package: pkg,
  });
  const store = new ClusterSecretStore({
    metadata: { name: storeName },
    spec: {
      provider: {
        onepassword: {
          connectHost: o.connectHost,
          vaults: { [o.vault]: 1 },
          auth: { secretRef: { connectTokenSecretRef: { name: o.connectTokenSecret.name, namespace: NAMESPACE, key: o.connectTokenSecret.key } } },
        },
      },
    },
  });
  const storeComponent: SecretStoreComponent = {
    ...component({ name: "external-secrets-store", namespace: NAMESPACE, resources: [store], dependsOn: [operator], package: pkg }),
    storeRef: { kind: "ClusterSecretStore", name: storeName },
    connectHost: o.connectHost,
  };
  const connect = new URL(o.connectHost);
  const networkPolicy: NamespacePolicy = {
    namespace: NAMESPACE,
    apiServerIngress: true,
    egressFqdns: [{ name: "allow-onepassword-connect", hosts: [{ name: hostOf(o.connectHost) }], ports: [connect.port ? Number(connect.port) : connect.protocol === "https:" ? 443 : 80] }],
  };
  return { operator, store: storeComponent, components: [operator, storeComponent], networkPolicy };
}
