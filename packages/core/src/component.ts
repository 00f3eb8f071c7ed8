import { ConfigError } from "./errors.ts";
import type { Resource } from "./resource.ts";
import { DNS_LABEL_RE, isDuration, type Duration } from "./values.ts";

/** An object Flux waits for before it reports the component ready. */
export interface HealthCheck {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

/** The npm package a component comes from; recorded in the cluster artifact's annotations. */
export interface PackageInfo {
  name: string;
  version: string;
}

export interface ComponentSpec {
  /** Unique in a cluster; the folder components/<name>/ and the Flux Kustomization's name. */
  name: string;
  /** The namespace the component mainly deploys to (used for file names and defaults). */
  namespace?: string;
  resources: readonly Resource[];
  /** The components that must be ready first: values, not names, so a dangling one cannot compile. */
  dependsOn?: readonly Component[];
  /** Explicit health checks; without them Flux waits for every object (`wait: true`). */
  healthChecks?: readonly HealthCheck[];
  /** Flux Kustomization timeout (default 5m). */
  timeout?: Duration;
  /** Flux reconcile interval (default 10m). */
  interval?: Duration;
  /** Delete objects that disappear from the component (default true). */
  prune?: boolean;
  package?: PackageInfo;
}

export interface Component {
  readonly name: string;
  readonly namespace: string | undefined;
  readonly resources: readonly Resource[];
  readonly dependsOn: readonly Component[];
  readonly healthChecks: readonly HealthCheck[];
  readonly timeout: Duration;
  readonly interval: Duration;
  readonly prune: boolean;
  readonly package: PackageInfo | undefined;
}

/** Builds a component, checking what can be checked without the cluster around it. */
export function component(spec: ComponentSpec): Component {
  const where = { component: spec.name };
  if (!DNS_LABEL_RE.test(spec.name)) {
    throw new ConfigError(`component name "${spec.name}" must be a DNS label (lowercase letters, digits, '-', at most 63)`, where);
  }
  for (const field of ["timeout", "interval"] as const) {
    const v = spec[field];
    if (v !== undefined && !isDuration(v)) throw new ConfigError(`${field} "${v}" is not a duration such as 5m or 1h30m`, where);
  }
  spec.resources.forEach((r, i) => {
    if (r === null || typeof r !== "object" || typeof r.kind !== "string" || typeof r.apiVersion !== "string") {
      throw new ConfigError(`resources[${i}] is not a Kubernetes object (apiVersion and kind are required)`, where);
    }
  });
  return Object.freeze({
    name: spec.name,
    namespace: spec.namespace,
    resources: Object.freeze([...spec.resources]),
    dependsOn: Object.freeze([...(spec.dependsOn ?? [])]),
    healthChecks: Object.freeze([...(spec.healthChecks ?? [])]),
    timeout: spec.timeout ?? "5m",
    interval: spec.interval ?? "10m",
    prune: spec.prune ?? true,
    package: spec.package,
  });
}

/** A component with other resources (or anything else) changed: components are immutable values. */
export function withComponent(base: Component, changes: Partial<ComponentSpec>): Component {
  return component({ ...base, ...changes });
}

/** Health check of a Deployment, the most common kind to wait for. */
export function deploymentHealth(name: string, namespace: string): HealthCheck {
  return { apiVersion: "apps/v1", kind: "Deployment", name, namespace };
}

/** Health check of a HelmRelease: ready once the chart installed and its tests passed. */
export function helmReleaseHealth(name: string, namespace: string): HealthCheck {
  return { apiVersion: "helm.toolkit.fluxcd.io/v2", kind: "HelmRelease", name, namespace };
}
