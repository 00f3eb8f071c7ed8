import { ConfigError } from "./errors.ts";
import type { ModelType } from "./model.ts";
import type { NetworkAllowances } from "./network.ts";
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

/** A namespaced object by name: a Secret, ConfigMap or Service another component reads. */
export interface ObjectRef {
  readonly namespace: string;
  readonly name: string;
}

/**
 * What a component makes available to the components that depend on it once Flux reports it
 * Ready, beyond the objects in its own folder (which the reconcile check sees by itself): what
 * its chart or operator creates. The build checks every consumer against these declarations,
 * so a dependency that is missing from `dependsOn` is an error, not a deploy that hangs.
 */
export interface Provides {
  /** Custom kinds ("group/Kind", as core's API resource table keys them) whose CRDs it installs. */
  readonly crds?: readonly string[];
  /** Secrets it creates at run time (an operator's credentials, a chart's generated secret). */
  readonly secrets?: readonly ObjectRef[];
  readonly configMaps?: readonly ObjectRef[];
  /** Services it serves that others address (by DNS name or mesh). */
  readonly services?: readonly ObjectRef[];
  /** It gives LoadBalancer Services their addresses (an IP pool and its announcement). */
  readonly addressPools?: boolean;
}

/** A field of a 1Password item: `item` is the item's path in the vault, `property` the field label. */
export interface OnePasswordField {
  readonly item: string;
  readonly property: string;
}

/**
 * A Secret that cannot come from external-secrets because the secret machinery itself needs it
 * (the 1Password Connect token, the registry credential Flux pulls with): day zero's phase 3
 * creates it from 1Password with `op` before Flux starts. Only the 1Password location is
 * written anywhere, never the value.
 */
export interface BootstrapSecret {
  readonly namespace: string;
  readonly name: string;
  /** Secret key -> the 1Password field it is filled from. */
  readonly data: Readonly<Record<string, OnePasswordField>>;
  /**
   * A registry credential instead of an opaque Secret: day zero writes a
   * kubernetes.io/dockerconfigjson Secret for this registry host from the `username` and
   * `password` fields of `data`.
   */
  readonly dockerRegistry?: string;
}

/**
 * The day-zero phase that installs a component before Flux (Flux adopts it afterwards):
 * 1 for CRDs everything else needs, 2 for the CNI and cluster DNS, without which no pod of
 * Flux's can start.
 */
export type BootstrapPhase = 1 | 2;

export interface ComponentSpec<O extends object = object> {
  /** Unique in a cluster; the folder components/<name>/ and the Flux Kustomization's name. */
  name: string;
  /** The namespace the component mainly deploys to (used for file names and defaults). */
  namespace?: string;
  resources: readonly Resource[];
  /** The components that must be ready first: values, not names, so a dangling one cannot compile. */
  dependsOn?: readonly Component[];
  /** Explicit health checks (see `healthCheck`); without them Flux waits for every object (`wait: true`). */
  healthChecks?: readonly HealthCheck[];
  /** Flux Kustomization timeout (default 5m). */
  timeout?: Duration;
  /** Flux reconcile interval (default 10m). */
  interval?: Duration;
  /** Delete objects that disappear from the component (default true). */
  prune?: boolean;
  package?: PackageInfo;
  /** What it makes available to its dependants (checked by the build's reconcile check). */
  provides?: Provides;
  /** What its namespace needs beyond the deny-all baseline; the cluster's network-policies component collects these. */
  network?: NetworkAllowances;
  /** Installed by day zero before Flux, in this phase. */
  bootstrapPhase?: BootstrapPhase;
  /** Secrets day zero creates for it before Flux (see `BootstrapSecret`). */
  bootstrapSecrets?: readonly BootstrapSecret[];
  /** Typed values its dependants use (a store reference, a gateway, connection facts). */
  outputs?: O;
}

declare const componentBrand: unique symbol;

/**
 * One unit Flux applies and reports on: a folder of objects, one Kustomization. Immutable; the
 * typed `outputs` are what dependants read from it, so they cannot misspell a name it chose.
 */
export interface Component<O extends object = object> {
  readonly name: string;
  readonly namespace: string | undefined;
  readonly resources: readonly Resource[];
  readonly dependsOn: readonly Component[];
  readonly healthChecks: readonly HealthCheck[];
  readonly timeout: Duration;
  readonly interval: Duration;
  readonly prune: boolean;
  readonly package: PackageInfo | undefined;
  readonly provides: Provides;
  readonly network: NetworkAllowances | undefined;
  readonly bootstrapPhase: BootstrapPhase | undefined;
  readonly bootstrapSecrets: readonly BootstrapSecret[];
  readonly outputs: O;
  /** The component this one was derived from (by `patch` or `withComponent`): its dependants accept this one in its place. */
  readonly origin: Component | undefined;
  readonly [componentBrand]: true;
}

/**
 * What a package returns when it is more than one component: its components by role, e.g.
 * `{ operator, store }`. A cluster lists groups and components alike; the group's keys are
 * what a reader sees, the components' own names are what Flux sees.
 */
export type ComponentGroup = { readonly [role: string]: Component };

const COMPONENTS = new WeakSet<object>();

/** The components of a list of components and groups, groups flattened in their keys' order. */
export function componentsOf(entries: readonly (Component | ComponentGroup)[]): Component[] {
  return entries.flatMap((entry) => (isComponent(entry) ? [entry] : Object.values(entry)));
}

export function isComponent(value: unknown): value is Component {
  return typeof value === "object" && value !== null && COMPONENTS.has(value);
}

function sortedRefs(refs: readonly ObjectRef[] | undefined): readonly ObjectRef[] | undefined {
  if (!refs || refs.length === 0) return undefined;
  const key = (r: ObjectRef) => `${r.namespace}/${r.name}`;
  const unique = new Map(refs.map((r) => [key(r), { namespace: r.namespace, name: r.name }]));
  return Object.freeze([...unique.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, r]) => Object.freeze(r)));
}

/** Provides with empty fields dropped and lists sorted: the canonical form the render writes. */
function normaliseProvides(p: Provides | undefined, where: { component: string }): Provides {
  const crds = [...new Set(p?.crds ?? [])].sort();
  for (const k of crds) {
    if (!/^[a-z0-9.-]+\/[A-Z][A-Za-z0-9]*$/.test(k)) throw new ConfigError(`provides.crds "${k}" is not "<group>/<Kind>"`, { ...where, field: "provides.crds" });
  }
  const out: { -readonly [K in keyof Provides]: Provides[K] } = {};
  if (crds.length) out.crds = Object.freeze(crds);
  const secrets = sortedRefs(p?.secrets);
  if (secrets) out.secrets = secrets;
  const configMaps = sortedRefs(p?.configMaps);
  if (configMaps) out.configMaps = configMaps;
  const services = sortedRefs(p?.services);
  if (services) out.services = services;
  if (p?.addressPools) out.addressPools = true;
  return Object.freeze(out);
}

/** Builds a component, checking what can be checked without the cluster around it. */
export function component<O extends object = object>(spec: ComponentSpec<O>): Component<O> {
  return build(spec, undefined);
}

function build<O extends object>(spec: ComponentSpec<O>, origin: Component | undefined): Component<O> {
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
  for (const s of spec.bootstrapSecrets ?? []) {
    if (Object.keys(s.data).length === 0) throw new ConfigError(`bootstrap secret ${s.namespace}/${s.name} has no data`, { ...where, field: "bootstrapSecrets" });
  }
  const built = Object.freeze({
    name: spec.name,
    namespace: spec.namespace,
    resources: Object.freeze([...spec.resources]),
    dependsOn: Object.freeze([...(spec.dependsOn ?? [])]),
    healthChecks: Object.freeze([...(spec.healthChecks ?? [])]),
    timeout: spec.timeout ?? "5m",
    interval: spec.interval ?? "10m",
    prune: spec.prune ?? true,
    package: spec.package,
    provides: normaliseProvides(spec.provides, where),
    network: spec.network,
    bootstrapPhase: spec.bootstrapPhase,
    bootstrapSecrets: Object.freeze([...(spec.bootstrapSecrets ?? [])].sort((a, b) => `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`))),
    outputs: Object.freeze({ ...(spec.outputs ?? ({} as O)) }),
    origin,
  }) as Omit<Component<O>, typeof componentBrand>;
  COMPONENTS.add(built);
  // The brand is a compile-time marker only; the WeakSet above is its run-time counterpart.
  return built as Component<O>;
}

/** The spec a component was built from, to derive another one from it. */
export function specOf<O extends object>(c: Component<O>): ComponentSpec<O> {
  return {
    name: c.name,
    namespace: c.namespace,
    resources: c.resources,
    dependsOn: c.dependsOn,
    healthChecks: c.healthChecks,
    timeout: c.timeout,
    interval: c.interval,
    prune: c.prune,
    package: c.package,
    provides: c.provides,
    network: c.network,
    bootstrapPhase: c.bootstrapPhase,
    bootstrapSecrets: c.bootstrapSecrets,
    outputs: c.outputs,
  };
}

/**
 * A component with some of its spec changed. The result records `base` as its origin, so the
 * components that depend on `base` depend on the result once both are in a cluster (the
 * cluster resolves dependencies to its own instances): a patched component needs no rewiring.
 */
export function withComponent<O extends object>(base: Component<O>, changes: Partial<ComponentSpec<O>>): Component<O> {
  return build({ ...specOf(base), ...changes }, base);
}

/** Whether `c` is `ancestor` or was derived from it by `withComponent`/`patch`. */
export function derivesFrom(c: Component, ancestor: Component): boolean {
  for (let x: Component | undefined = c; x; x = x.origin) if (x === ancestor) return true;
  return false;
}

/**
 * A health check on an object of a model's kind: `healthCheck(Deployment, "coredns", "kube-system")`.
 * The apiVersion and kind come from the model, so a check cannot name a kind that does not exist.
 */
export function healthCheck(model: Pick<ModelType<Resource>, "apiVersion" | "kind">, name: string, namespace?: string): HealthCheck {
  return { apiVersion: model.apiVersion, kind: model.kind, name, ...(namespace !== undefined ? { namespace } : {}) };
}
