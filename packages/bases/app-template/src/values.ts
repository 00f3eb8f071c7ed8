// The part of app-template 4.x's values (bjw-s common library 4) the platform uses, typed by
// hand: the type generated from the library schema (src/generated/values.ts) is too loose to
// help. The generated validator (common 4.4.0, the library app-template 4.4.0 uses) checks the
// values at build time, so a value the chart would reject (`serviceAccount: { create, name }`,
// the 3.x form) fails the build even when it escapes this type.

/** Resource requests and limits, as Kubernetes quantities. */
export interface Resources {
  requests?: { cpu?: string; memory?: string };
  limits?: { cpu?: string; memory?: string };
}

export interface ContainerSecurityContext {
  allowPrivilegeEscalation?: boolean;
  readOnlyRootFilesystem?: boolean;
  capabilities?: { drop?: string[]; add?: string[] };
}

export interface PodSecurityContext {
  runAsNonRoot?: boolean;
  runAsUser?: number;
  runAsGroup?: number;
  fsGroup?: number;
  seccompProfile?: { type: "RuntimeDefault" | "Localhost" | "Unconfined" };
}

/** A probe the chart renders as written (custom: true). */
export interface Probe {
  enabled: boolean;
  custom: true;
  spec: {
    httpGet: { path: string; port: number };
    initialDelaySeconds?: number;
    periodSeconds?: number;
    timeoutSeconds?: number;
    failureThreshold?: number;
  };
}

export interface Container {
  image: { repository: string; tag: string };
  command?: string[];
  args?: string[];
  env?: Record<string, string>;
  envFrom?: { secretRef: { name: string } }[];
  probes?: { liveness?: Probe; readiness?: Probe; startup?: Probe };
  resources?: Resources;
  securityContext?: ContainerSecurityContext;
}

export interface Controller {
  type?: "deployment";
  /** Annotations of the Deployment itself (what Reloader reads), not of its pods. */
  annotations?: Record<string, string>;
  replicas?: number;
  strategy?: "RollingUpdate" | "Recreate";
  /** An existing ServiceAccount (app-template 4 has no serviceAccount.create/name any more). */
  serviceAccount?: { name: string };
  pod?: { securityContext?: PodSecurityContext; annotations?: Record<string, string> };
  containers: Record<string, Container>;
}

export interface ConfigMapPersistence {
  type: "configMap";
  name: string;
  globalMounts: { path: string; subPath?: string; readOnly?: boolean }[];
}

export interface Service {
  controller: string;
  ports: Record<string, { port: number }>;
}

export interface ServiceMonitor {
  serviceName: string;
  endpoints: { port: string; scheme?: "http" | "https"; path?: string; interval?: string }[];
}

export interface AppTemplateValues {
  controllers: Record<string, Controller>;
  defaultPodOptions?: { securityContext?: PodSecurityContext };
  persistence?: Record<string, ConfigMapPersistence>;
  service?: Record<string, Service>;
  serviceMonitor?: Record<string, ServiceMonitor>;
}
