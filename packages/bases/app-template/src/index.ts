import type { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import type { HelmRepository, OCIRepository } from "@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1";
import { ConfigError, helmRelease, merge, ociChart, schemaValidator, type DeepPartial } from "@k8s-gitops/core";
import { validateValues } from "./generated/values-validator.ts";
import type { AppTemplateValues, Controller, Probe, Resources } from "./values.ts";

export type * from "./values.ts";

/**
 * The chart, pinned (ghcr.io/bjw-s-labs/helm/app-template). Its values are checked against the
 * bjw-s common library 4.4.0 schema the chart validates with, so a value that escaped the
 * hand-written type (a cast, JSON, plain JavaScript) fails the build naming its field.
 */
export function chart(version = "4.4.0") {
  return ociChart<AppTemplateValues>({ name: "app-template", url: "oci://ghcr.io/bjw-s-labs/helm/app-template", version, validate: schemaValidator(validateValues) });
}

/**
 * What every app runs with, whatever the options: non-root under the runtime's seccomp profile.
 * The builder merges the app (controller, Service, mounts) into these, then `values`.
 */
export const defaults = {
  controllers: {},
  defaultPodOptions: { securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } } },
} satisfies AppTemplateValues;

/** One Deployment with one container, its Service and (optionally) ServiceMonitor. */
export interface AppOptions {
  /** Release, Deployment and Service name. */
  name: string;
  namespace: string;
  /** Chart version (default: the pinned one). */
  version?: string;
  image: { repository: string; tag: string };
  command?: string[];
  args: string[];
  env?: Record<string, string>;
  /** A Secret whose keys all become environment variables (filled by an ExternalSecret). */
  envFromSecret?: string;
  replicas?: number;
  /** An existing ServiceAccount the pods run as (one with the RBAC they need). */
  serviceAccount?: string;
  /** The non-root uid/gid the pods run as. */
  user: number;
  /** The port serving metrics (and the probe path, if any): the Service's `http` port. */
  httpPort: number;
  /** HTTP path answering liveness and readiness (omit for no probes). */
  probePath?: string;
  resources: Resources;
  /** ConfigMaps mounted read-only. */
  configMaps?: readonly { name: string; path: string; subPath?: string }[];
  podAnnotations?: Record<string, string>;
  /** Annotations of the Deployment (e.g. core's `RELOADER_AUTO`, which Reloader reads on the workload). */
  annotations?: Record<string, string>;
  /** Create a ServiceMonitor (needs the prometheus-operator CRDs: the calling component depends on them). */
  serviceMonitor: boolean;
  /** Chart values, deep-merged over the app's values. */
  values?: DeepPartial<AppTemplateValues>;
}

function probe(path: string, port: number): Probe {
  return { enabled: true, custom: true, spec: { httpGet: { path, port }, periodSeconds: 10, timeoutSeconds: 1, failureThreshold: 3 } };
}

/** The chart values for `o` before `values`: `defaults` with the app merged in, locked down (non-root, read-only root, no capabilities). */
export function appValues(o: AppOptions): AppTemplateValues {
  if (!Number.isInteger(o.user) || o.user <= 0) throw new ConfigError(`user ${o.user} must be a non-root uid`, { object: `HelmRelease/${o.namespace}/${o.name}` });
  const controller: Controller = {
    ...(o.replicas !== undefined ? { replicas: o.replicas, strategy: "RollingUpdate" as const } : {}),
    ...(o.annotations ? { annotations: o.annotations } : {}),
    ...(o.serviceAccount ? { serviceAccount: { name: o.serviceAccount } } : {}),
    ...(o.podAnnotations ? { pod: { annotations: o.podAnnotations } } : {}),
    containers: {
      app: {
        image: o.image,
        ...(o.command ? { command: o.command } : {}),
        args: o.args,
        ...(o.env ? { env: o.env } : {}),
        ...(o.envFromSecret ? { envFrom: [{ secretRef: { name: o.envFromSecret } }] } : {}),
        ...(o.probePath ? { probes: { liveness: probe(o.probePath, o.httpPort), readiness: probe(o.probePath, o.httpPort) } } : {}),
        resources: o.resources,
        securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
      },
    },
  };
  const mounts = o.configMaps ?? [];
  return merge<AppTemplateValues>(defaults, {
    controllers: { [o.name]: controller },
    defaultPodOptions: { securityContext: { runAsUser: o.user, runAsGroup: o.user } },
    ...(mounts.length > 0
      ? {
          persistence: Object.fromEntries(
            mounts.map((m) => [m.name, { type: "configMap" as const, name: m.name, globalMounts: [{ path: m.path, ...(m.subPath ? { subPath: m.subPath } : {}), readOnly: true }] }]),
          ),
        }
      : {}),
    service: { app: { controller: o.name, ports: { http: { port: o.httpPort } } } },
    ...(o.serviceMonitor ? { serviceMonitor: { app: { serviceName: o.name, endpoints: [{ port: "http", scheme: "http" as const, path: "/metrics", interval: "1m" }] } } } : {}),
  });
}

/**
 * The chart source and HelmRelease of an app, its values `appValues(o)` with `values` merged
 * over them. The component that runs it waits for the Deployment the chart names `o.name`
 * (`healthCheck(Deployment, o.name, o.namespace)`).
 */
export function appRelease(o: AppOptions): [OCIRepository | HelmRepository, HelmRelease] {
  return helmRelease({ name: o.name, namespace: o.namespace, chart: chart(o.version), defaults: appValues(o), values: o.values });
}
