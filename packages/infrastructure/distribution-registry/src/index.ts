import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2";
import { ServiceMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import {
  classifyData,
  component,
  ConfigError,
  dnsName,
  healthCheck,
  namespace,
  RELOADER_AUTO,
  type Component,
  type DataClassification,
  type DnsName,
  type OnePasswordField,
  type Resource,
} from "@k8s-gitops/core";
import { externalSecret, type SecretStore } from "@k8s-gitops/external-secrets";
import { httpRoute, type Gateways } from "@k8s-gitops/gateway";
import { Deployment } from "kubernetes-models/apps/v1";
import { ConfigMap, PersistentVolumeClaim, Service } from "kubernetes-models/v1";
import pkg from "../package.json" with { type: "json" };
import { registryAlerts } from "./alerts.ts";
import { configFile, PATHS, registryConfig } from "./config.ts";

export { registryAlerts } from "./alerts.ts";
export { configFile, PATHS, registryConfig, type ConfigOptions, type RegistryConfig } from "./config.ts";

export const NAMESPACE = "artifact-registry";
/** The component, and the name of its Deployment, Service, route and claim. */
export const NAME = "artifact-registry";
/** The registry API (the route's backend). */
export const HTTP_PORT = 5000;
/** Distribution's debug server: /metrics and /debug/health, never behind the route. */
export const METRICS_PORT = 5001;

/**
 * The Docker official image of CNCF Distribution, pinned: 3.1.1 (distribution/distribution tag
 * v3.1.1, the `3.1.1` tag of docker-library's `registry`). The 3.x line is the one still
 * released (the last 2.8 release is v2.8.3, October 2023); it reads /etc/distribution/config.yml.
 */
export const IMAGE = { repository: "docker.io/library/registry", tag: "3.1.1" } as const;

/** The image's files belong to root; any unprivileged id runs it (the volume is given to its group). */
const USER = 65532;

export type Resources = { requests: { cpu: string; memory: string }; limits: { memory: string } };

export interface DistributionRegistryOptions {
  /** The cluster's name (errors name it). */
  cluster: string;
  /** The registry's name on the internal gateway: one its certificate covers (e.g. registry.<domain>). */
  hostname: DnsName | string;
  /**
   * The 1Password field holding the whole htpasswd file, bcrypt entries only (`htpasswd -Bbn
   * user password`, one line per user): the push credential and each cluster's Flux pull
   * credential. Distribution's htpasswd auth has no per-user rights: every user may push.
   */
  htpasswd: OnePasswordField;
  /** The claim the blobs live on. */
  storage: { storageClass: string; size?: `${number}Gi` };
  /**
   * Manifest and blob deletion through the API (default false: no credential can take away an
   * artifact a cluster pulls; space is reclaimed by a maintenance step, see the README).
   */
  deleteEnabled?: boolean;
  /** What the volume holds: rendered cluster manifests, no secret. Default internal. */
  classification?: DataClassification;
  /** The ServiceMonitor and the alerts. Default true. */
  monitoring?: boolean;
  resources?: Resources;
}

export interface DistributionRegistryOutputs {
  /** What a cluster's `artifact.registry` names to pull from here. */
  readonly host: DnsName;
}

/** The gateway's Envoy reaches the registry as Cilium's reserved ingress identity, not as a namespace. */
function gatewayIngress(ns: string): CiliumNetworkPolicy {
  return new CiliumNetworkPolicy({
    metadata: { name: "allow-gateway-ingress", namespace: ns },
    spec: { endpointSelector: {}, ingress: [{ fromEntities: ["ingress"], toPorts: [{ ports: [{ port: String(HTTP_PORT), protocol: "TCP" }] }] }] },
  });
}

/**
 * CNCF Distribution as a small OCI registry for cluster artifacts: one replica (it serves a few
 * small artifacts; a second would need shared storage and a shared `http.secret`) on a
 * classified volume, htpasswd auth from 1Password, on the internal gateway only (the LAN), its
 * metrics on the debug port. It depends on the gateways (its route), the secret store (the
 * htpasswd file), the volumes' provider (its claim) and the monitoring CRDs.
 */
export function distributionRegistry(
  o: DistributionRegistryOptions,
  deps: { gateways: Gateways; secretStore: SecretStore; storage: Component; monitoringCrds: Component },
): Component<DistributionRegistryOutputs> {
  const where = { cluster: o.cluster, component: NAME };
  const monitoring = o.monitoring ?? true;
  const host = dnsName(o.hostname, { ...where, field: "hostname" });
  if (host.startsWith("*.")) throw new ConfigError(`${host} is a wildcard: the registry needs one name`, { ...where, field: "hostname" });
  if (o.htpasswd.item.trim() === "" || o.htpasswd.property.trim() === "") {
    throw new ConfigError("the htpasswd field needs a 1Password item and property", { ...where, object: `ExternalSecret/${NAMESPACE}/${NAME}-htpasswd`, field: "htpasswd" });
  }
  const size = o.storage.size ?? "10Gi";
  if (!/^[1-9][0-9]*Gi$/.test(size)) throw new ConfigError(`storage size ${size} is not a whole number of Gi`, { ...where, object: `PersistentVolumeClaim/${NAMESPACE}/${NAME}`, field: "spec.resources.requests.storage" });

  const labels = { "app.kubernetes.io/name": NAME, "app.kubernetes.io/component": "registry" };
  const htpasswdSecret = `${NAME}-htpasswd`;
  const config = configFile(registryConfig({ host, httpPort: HTTP_PORT, metricsPort: METRICS_PORT, deleteEnabled: o.deleteEnabled ?? false, realm: host }));
  const claim = classifyData(
    new PersistentVolumeClaim({
      metadata: { name: NAME, namespace: NAMESPACE },
      spec: { storageClassName: o.storage.storageClass, accessModes: ["ReadWriteOnce"], resources: { requests: { storage: size } } },
    }),
    { classification: o.classification ?? "internal" },
  );
  const deployment = new Deployment({
    // The htpasswd file is read once, at start: a rotated or added user needs a new pod.
    metadata: { name: NAME, namespace: NAMESPACE, labels, annotations: { ...RELOADER_AUTO } },
    spec: {
      replicas: 1,
      // One ReadWriteOnce volume: the old pod lets go of it before the new one mounts it.
      strategy: { type: "Recreate" },
      selector: { matchLabels: labels },
      template: {
        metadata: { labels, annotations: { "checksum/config": config.digest } },
        spec: {
          automountServiceAccountToken: false,
          enableServiceLinks: false,
          securityContext: { runAsNonRoot: true, runAsUser: USER, runAsGroup: USER, fsGroup: USER, fsGroupChangePolicy: "OnRootMismatch", seccompProfile: { type: "RuntimeDefault" } },
          containers: [
            {
              name: "registry",
              image: `${IMAGE.repository}:${IMAGE.tag}`,
              command: ["registry", "serve", PATHS.configFile],
              // The default exporter sends traces to localhost:4318, where nothing listens.
              env: [{ name: "OTEL_TRACES_EXPORTER", value: "none" }],
              ports: [
                { name: "http", containerPort: HTTP_PORT, protocol: "TCP" },
                { name: "metrics", containerPort: METRICS_PORT, protocol: "TCP" },
              ],
              // GET / answers 200 without auth, and 503 while the storage check fails.
              readinessProbe: { httpGet: { path: "/", port: "http" }, periodSeconds: 10, failureThreshold: 3 },
              // Only "the process answers": a restart does not mend a failing volume.
              livenessProbe: { tcpSocket: { port: "http" }, initialDelaySeconds: 10, periodSeconds: 20, failureThreshold: 3 },
              resources: o.resources ?? { requests: { cpu: "10m", memory: "64Mi" }, limits: { memory: "256Mi" } },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ["ALL"] } },
              volumeMounts: [
                { name: "config", mountPath: PATHS.config, readOnly: true },
                { name: "htpasswd", mountPath: PATHS.htpasswdDir, readOnly: true },
                { name: "data", mountPath: PATHS.data },
                { name: "tmp", mountPath: "/tmp" },
              ],
            },
          ],
          volumes: [
            { name: "config", configMap: { name: `${NAME}-config` } },
            { name: "htpasswd", secret: { secretName: htpasswdSecret, items: [{ key: "htpasswd", path: "htpasswd" }] } },
            { name: "data", persistentVolumeClaim: { claimName: NAME } },
            { name: "tmp", emptyDir: { sizeLimit: "64Mi" } },
          ],
        },
      },
    },
  });
  const resources: Resource[] = [
    namespace(NAMESPACE),
    new ConfigMap({ metadata: { name: `${NAME}-config`, namespace: NAMESPACE }, data: { "config.yml": config.text } }),
    externalSecret({ name: htpasswdSecret, namespace: NAMESPACE, store: deps.secretStore.outputs.storeRef, data: { htpasswd: o.htpasswd } }),
    claim,
    deployment,
    new Service({
      metadata: { name: NAME, namespace: NAMESPACE, labels },
      spec: {
        selector: labels,
        ports: [
          { name: "http", port: HTTP_PORT, targetPort: "http", protocol: "TCP" },
          { name: "metrics", port: METRICS_PORT, targetPort: "metrics", protocol: "TCP" },
        ],
      },
    }),
    httpRoute({ name: NAME, namespace: NAMESPACE, parent: deps.gateways.outputs.internal, hostnames: [host], backend: { service: NAME, port: HTTP_PORT } }),
    gatewayIngress(NAMESPACE),
    ...(monitoring
      ? [
          new ServiceMonitor({
            metadata: { name: NAME, namespace: NAMESPACE, labels },
            spec: { selector: { matchLabels: labels }, endpoints: [{ port: "metrics", path: "/metrics", interval: "30s", scrapeTimeout: "10s" }] },
          }),
          registryAlerts({ name: NAME, namespace: NAMESPACE, claim: NAME }),
        ]
      : []),
  ];
  return component<DistributionRegistryOutputs>({
    name: NAME,
    namespace: NAMESPACE,
    dependsOn: [deps.gateways, deps.secretStore, deps.storage, deps.monitoringCrds],
    resources,
    healthChecks: [healthCheck(Deployment, NAME, NAMESPACE)],
    // In: the gateway only (its CiliumNetworkPolicy; the metrics agent's scrape is the baseline's).
    // Out: nothing but DNS: no Kubernetes API, no peer pods, no address outside.
    network: { namespace: NAMESPACE, kubeApi: false, internal: false },
    outputs: { host },
    package: pkg,
  });
}
