import type { ClusterIssuerRef, IssuerOutputs } from "@k8s-gitops/cert-manager";
import { Certificate } from "@kubernetes-models/cert-manager/cert-manager.io/v1";
import { component, ConfigError, healthCheck, helmRelease, merge, namespace, ociChart, type Component, type DeepPartial, type ObjectRef } from "@k8s-gitops/core";
import { externalSecret, type SecretStore } from "@k8s-gitops/external-secrets";
import { Deployment } from "kubernetes-models/apps/v1";
import pkg from "../package.json" with { type: "json" };
import { instanceAlerts, instancePodMonitor, operatorAlerts } from "./monitoring.ts";
import { Dragonfly } from "./generated/models/dragonflydb.io/v1alpha1/Dragonfly.ts";

export { Dragonfly, type IDragonfly } from "./generated/models/dragonflydb.io/v1alpha1/Dragonfly.ts";
export { instanceAlerts, instancePodMonitor, operatorAlerts } from "./monitoring.ts";

export const OPERATOR_NAMESPACE = "dragonfly-operator-system";

/** Dragonfly's Redis port; the admin port is where the operator manages replication. */
export const DRAGONFLY_PORT = 6379;
export const ADMIN_PORT = 9999;

/**
 * The chart's values as far as the platform sets them: the chart ships no values.schema.json,
 * so there is no generated type or run-time validator; these keys are from its values.yaml.
 */
export interface DragonflyOperatorValues {
  replicaCount?: number;
  crds?: { install?: boolean; keep?: boolean };
  podSecurityContext?: { runAsNonRoot?: boolean; seccompProfile?: { type?: "RuntimeDefault" } };
  manager?: {
    resources?: { requests?: { cpu?: string; memory?: string }; limits?: { cpu?: string; memory?: string } };
    securityContext?: { allowPrivilegeEscalation?: boolean; readOnlyRootFilesystem?: boolean; capabilities?: { drop?: string[] } };
  };
  /** The kube-rbac-proxy in front of the metrics: with it, the manager binds them to localhost only. */
  rbacProxy?: { enabled?: boolean };
  serviceMonitor?: { enabled?: boolean };
  grafanaDashboard?: { enabled?: boolean };
}

/** The operator chart, pinned (ghcr.io/dragonflydb/dragonfly-operator/helm/dragonfly-operator v1.3.0). */
export function chart(version = "v1.3.0") {
  return ociChart<DragonflyOperatorValues>({ name: "dragonfly-operator", url: "oci://ghcr.io/dragonflydb/dragonfly-operator/helm/dragonfly-operator", version });
}

/**
 * Two replicas (leader election), the CRD from the chart (kept on uninstall: deleting it would
 * delete every instance), restricted pod security, and the chart's ServiceMonitor. Its endpoint
 * is the manager's metrics port (8080), which the manager binds to localhost while the chart's
 * kube-rbac-proxy runs: without the proxy it serves them on the pod's address, behind the
 * namespace's network baseline. No dashboard ConfigMap.
 */
export const defaults = {
  replicaCount: 2,
  crds: { install: true, keep: true },
  podSecurityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
  manager: {
    resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "500m", memory: "256Mi" } },
    securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
  },
  rbacProxy: { enabled: false },
  serviceMonitor: { enabled: true },
  grafanaDashboard: { enabled: false },
} satisfies DragonflyOperatorValues;

/** The kinds the chart's CRD serves. */
export const CRDS = ["dragonflydb.io/Dragonfly"] as const;

export interface DragonflyOperatorOptions {
  version?: string;
  /** The chart's ServiceMonitor and the operator's alert. Default true. */
  monitoring?: boolean;
  values?: DeepPartial<DragonflyOperatorValues>;
  /** The namespaces of the instances: the operator reaches their pods to set up replication. */
  instanceNamespaces: readonly string[];
}

/** The Dragonfly operator, cluster-wide, with its CRD from the chart. */
export function dragonflyOperator(o: DragonflyOperatorOptions, deps: { cilium: Component; coredns: Component; monitoringCrds: Component }): Component {
  const monitoring = o.monitoring ?? true;
  return component({
    name: "dragonfly-operator",
    namespace: OPERATOR_NAMESPACE,
    dependsOn: [deps.cilium, deps.coredns, deps.monitoringCrds],
    resources: [
      namespace(OPERATOR_NAMESPACE),
      // The chart renders its CRD as a template (crds.install), so Helm's crds/ policy does not apply.
      ...helmRelease({
        name: "dragonfly-operator",
        namespace: OPERATOR_NAMESPACE,
        chart: chart(o.version),
        defaults: merge<DragonflyOperatorValues>(defaults, { serviceMonitor: { enabled: monitoring } }),
        values: o.values,
      }),
      ...(monitoring ? [operatorAlerts(OPERATOR_NAMESPACE)] : []),
    ],
    healthChecks: [healthCheck(Deployment, "dragonfly-operator", OPERATOR_NAMESPACE)],
    provides: { crds: [...CRDS] },
    network: {
      namespace: OPERATOR_NAMESPACE,
      egressTo: [...o.instanceNamespaces].sort().map((ns) => ({ namespace: ns, ports: [DRAGONFLY_PORT, ADMIN_PORT] })),
    },
    package: pkg,
  });
}

/** How a tenant reaches its Dragonfly: the primary's Service, TLS, a password. */
export interface DragonflyConnection {
  readonly host: string;
  readonly port: number;
  readonly tls: true;
  /** The password (key `password`) in the instance's namespace, and its 1Password item for a copy in the tenant's. */
  readonly password: ObjectRef & { readonly key: "password"; readonly item: string };
  /**
   * The CA that signs the server certificate: the platform's internal CA issuer. A pod cannot
   * mount the instance namespace's Secret: the tenant renders `caTrust({ name, namespace, issuer })`
   * from @k8s-gitops/cert-manager in its own namespace and mounts the key `ca.crt`.
   */
  readonly ca: { readonly issuer: ClusterIssuerRef; readonly key: "ca.crt" };
}

export interface DragonflyInstanceOptions {
  /** The instance and its primary's Service. */
  name: string;
  /** Its own namespace, so a tenant's allowance reaches its instance and no other. */
  namespace: string;
  /** The tenant's namespace: the only one allowed in. */
  tenantNamespace: string;
  /** Pods: one primary and its replicas, one per node (default 3). */
  replicas?: number;
  /** Image tag of docker.dragonflydb.io/dragonflydb/dragonfly (default v1.34.1). */
  version?: string;
  resources?: { requests: { cpu: string; memory: string }; limits: { cpu: string; memory: string } };
  /** Evicts keys at the memory limit instead of refusing writes: for pure caches. */
  cacheMode?: boolean;
  /** Snapshots to a volume (cron, five fields), for data that must survive a restart of every pod. */
  snapshot?: { cron: string; storageClass: string; size: string };
  /** 1Password item with a `password` field. */
  passwordItem: string;
  /** A PodMonitor of the admin port and the instance's alerts. Default true. */
  monitoring?: boolean;
}

const CRON5 = /^(\S+\s+){4}\S+$/;

/**
 * One Dragonfly instance for one tenant: password from 1Password, TLS with a server certificate
 * for the Service's names from the platform's internal CA (cert-manager), one pod per node (the operator adds its PodDisruptionBudget), and ingress from the
 * tenant's namespace only; the admin port, which takes no password, only from the operator.
 * With `monitoring` (the default): a PodMonitor of the admin port, where Dragonfly serves its
 * metrics, and the instance's alerts.
 */
export function dragonfly(
  o: DragonflyInstanceOptions,
  deps: { dragonflyOperator: Component; issuers: Component<IssuerOutputs>; secretStore: SecretStore; storage?: Component; monitoringCrds: Component },
): Component<{ readonly connection: DragonflyConnection }> {
  const where = { object: `Dragonfly/${o.namespace}/${o.name}` };
  const replicas = o.replicas ?? 3;
  if (replicas < 2) throw new ConfigError(`replicas ${replicas}: one pod has no replica to fail over to`, { ...where, field: "spec.replicas" });
  if (o.snapshot && !CRON5.test(o.snapshot.cron)) throw new ConfigError(`snapshot cron "${o.snapshot.cron}" must have five fields, e.g. "0 */6 * * *"`, { ...where, field: "spec.snapshot.cron" });
  if (o.snapshot && !deps.storage) throw new ConfigError("a snapshot volume needs the storage component that creates its StorageClass (deps.storage)", { ...where, field: "spec.snapshot" });
  const auth = `${o.name}-auth`;
  const tls = `${o.name}-tls`;
  // The labels the operator puts on the instance's pods (its StatefulSet selector).
  const podLabels = { app: o.name, "app.kubernetes.io/name": "dragonfly" };
  const labels = { "app.kubernetes.io/name": "dragonfly", "app.kubernetes.io/instance": o.name };
  const dnsNames = [o.name, `${o.name}.${o.namespace}`, `${o.name}.${o.namespace}.svc`, `${o.name}.${o.namespace}.svc.cluster.local`];
  const instance = new Dragonfly({
    metadata: { name: o.name, namespace: o.namespace, labels },
    spec: {
      image: `docker.dragonflydb.io/dragonflydb/dragonfly:${o.version ?? "v1.34.1"}`,
      replicas,
      ...(o.resources ? { resources: o.resources } : { resources: { requests: { cpu: "200m", memory: "512Mi" }, limits: { cpu: "1000m", memory: "2Gi" } } }),
      args: ["--dbfilename=dump", `--cache_mode=${o.cacheMode ?? false}`],
      authentication: { passwordFromSecret: { name: auth, key: "password" } },
      tlsSecretRef: { name: tls },
      ...(o.snapshot
        ? {
            snapshot: {
              cron: o.snapshot.cron,
              persistentVolumeClaimSpec: { accessModes: ["ReadWriteOnce"], storageClassName: o.snapshot.storageClass, resources: { requests: { storage: o.snapshot.size } } },
            },
          }
        : {}),
      affinity: {
        podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: podLabels }, topologyKey: "kubernetes.io/hostname" }] },
      },
      // The image's dfly user and group (999), which the operator's default fsGroup uses too.
      podSecurityContext: { runAsNonRoot: true, runAsUser: 999, runAsGroup: 999, fsGroup: 999, seccompProfile: { type: "RuntimeDefault" } },
      containerSecurityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
    },
  });
  return component({
    name: o.name,
    namespace: o.namespace,
    dependsOn: [deps.dragonflyOperator, deps.issuers, deps.secretStore, ...(deps.storage ? [deps.storage] : []), deps.monitoringCrds],
    resources: [
      namespace(o.namespace),
      externalSecret({ name: auth, namespace: o.namespace, store: deps.secretStore.outputs.storeRef, data: { password: { item: o.passwordItem, property: "password" } } }),
      new Certificate({
        metadata: { name: tls, namespace: o.namespace },
        spec: {
          secretName: tls,
          dnsNames,
          duration: "2160h",
          renewBefore: "720h",
          privateKey: { algorithm: "ECDSA", size: 256, rotationPolicy: "Always" },
          usages: ["digital signature", "key encipherment", "server auth"],
          issuerRef: { ...deps.issuers.outputs.internalCa },
        },
      }),
      // No PodDisruptionBudget here: the operator makes one (maxUnavailable 1) for every
      // instance with more than one pod, and a second budget on the same pods blocks evictions.
      instance,
      ...((o.monitoring ?? true) ? [instancePodMonitor(o.name, o.namespace), instanceAlerts({ name: o.name, namespace: o.namespace, replicas, snapshot: o.snapshot !== undefined })] : []),
    ],
    healthChecks: [healthCheck(Dragonfly, o.name, o.namespace)],
    network: {
      namespace: o.namespace,
      ingressFrom: [
        // The operator sets up replication through the admin port, which the operator starts without a password.
        { namespace: OPERATOR_NAMESPACE, ports: [DRAGONFLY_PORT, ADMIN_PORT] },
        { namespace: o.tenantNamespace, ports: [DRAGONFLY_PORT] },
      ],
    },
    outputs: {
      connection: {
        host: `${o.name}.${o.namespace}.svc`,
        port: DRAGONFLY_PORT,
        tls: true,
        password: { namespace: o.namespace, name: auth, key: "password", item: o.passwordItem },
        ca: { issuer: deps.issuers.outputs.internalCa, key: "ca.crt" },
      },
    },
    package: pkg,
  });
}
