import { Kustomization } from "@kubernetes-models/flux-cd/kustomize.toolkit.fluxcd.io/v1";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { topologicalOrder, type Cluster } from "./cluster.ts";
import { ANNOTATIONS } from "./annotations.ts";
import type { Component, ObjectRef } from "./component.ts";
import { ConfigError } from "./errors.ts";
import { describeObject, groupOf, scopeOf, toPlain, type PlainObject, type Resource } from "./resource.ts";
import { DNS_SUBDOMAIN_RE } from "./values.ts";
import { canonicalObject, toYaml } from "./yaml.ts";

/** A rendered cluster: relative path -> file content, in sorted path order. */
export interface RenderedTree {
  readonly cluster: string;
  readonly files: ReadonlyMap<string, string>;
  /** The npm packages (name -> version) whose components went into the tree. */
  readonly packages: ReadonlyMap<string, string>;
}

export const FLUX_DIR = "flux";
export const COMPONENTS_DIR = "components";

/** Labels every Flux Kustomization the render emits carries. */
export function fluxLabels(clusterName: string, componentName: string): Record<string, string> {
  return {
    "app.kubernetes.io/managed-by": "k8s-gitops",
    "k8s-gitops.io/cluster": clusterName,
    "k8s-gitops.io/component": componentName,
  };
}

interface RenderedObject {
  file: string;
  plain: PlainObject;
}

function identity(r: Resource): string {
  return `${groupOf(r.apiVersion)}/${r.kind}/${r.metadata?.namespace ?? ""}/${r.metadata?.name ?? ""}`;
}

function fileBase(r: Resource, c: Component): string {
  const ns = r.metadata?.namespace;
  const kind = r.kind.toLowerCase();
  const name = r.metadata?.name ?? "";
  return ns && ns !== c.namespace ? `${kind}-${ns}-${name}` : `${kind}-${name}`;
}

function renderComponent(cluster: Cluster, c: Component, seen: Map<string, string>): RenderedObject[] {
  const where = { cluster: cluster.name, component: c.name };
  if (c.resources.length === 0) {
    throw new ConfigError("the component has no resources: an empty Kustomization would prune everything it once applied", where);
  }
  const used = new Set<string>();
  return c.resources.map((r) => {
    const object = describeObject(r);
    const name = r.metadata?.name;
    if (!name) throw new ConfigError("object has no metadata.name", { ...where, object, field: "metadata.name" });
    if (!DNS_SUBDOMAIN_RE.test(name)) {
      throw new ConfigError(`metadata.name "${name}" is not a valid object name (lowercase RFC 1123)`, { ...where, object, field: "metadata.name" });
    }
    let scope: ReturnType<typeof scopeOf>;
    try {
      scope = scopeOf(r);
    } catch (e) {
      throw e instanceof ConfigError ? e.within({ ...where, object, field: "apiVersion" }) : e;
    }
    const ns = r.metadata?.namespace;
    if (scope === "Namespaced" && !ns) {
      throw new ConfigError(`${r.kind} is namespaced but has no metadata.namespace`, { ...where, object, field: "metadata.namespace" });
    }
    if (scope === "Cluster" && ns) {
      throw new ConfigError(`${r.kind} is cluster-scoped but has metadata.namespace "${ns}"`, { ...where, object, field: "metadata.namespace" });
    }
    let plain: PlainObject;
    try {
      plain = canonicalObject(toPlain(r));
    } catch (e) {
      throw e instanceof ConfigError ? e.within({ ...where, object }) : e;
    }
    const id = identity(r);
    const other = seen.get(id);
    if (other !== undefined) {
      throw new ConfigError(
        `duplicate object: ${object} (${r.apiVersion}) is also rendered by component ${other}; Flux would apply it twice and prune it from one`,
        { ...where, object },
      );
    }
    seen.set(id, c.name);
    let base = fileBase(r, c);
    if (used.has(base)) base = `${base}-${(groupOf(r.apiVersion) || "core").replaceAll(".", "-")}`;
    used.add(base);
    return { file: `${base}.yaml`, plain };
  });
}

/** JSON with object keys sorted at every level: the same declaration always gives the same bytes. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/**
 * The component contract as annotations of its Flux Kustomization: what it provides, whether day
 * zero installs it, and the Secrets day zero creates for it. The validator's reconcile check
 * reads exactly these from the built files; Flux ignores them.
 */
function contractAnnotations(c: Component): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  if (Object.keys(c.provides).length > 0) {
    // Object references as "<namespace>/<name>", the form the validator reads.
    const ref = (refs: readonly ObjectRef[] | undefined) => refs?.map((r) => `${r.namespace}/${r.name}`);
    const p = c.provides;
    out[ANNOTATIONS.provides] = sortedJson({ ...p, secrets: ref(p.secrets), configMaps: ref(p.configMaps), services: ref(p.services) });
  }
  if (c.bootstrapPhase !== undefined) out[ANNOTATIONS.bootstrapPhase] = String(c.bootstrapPhase);
  if (c.bootstrapSecrets.length > 0) {
    const secrets = c.bootstrapSecrets.map((s) => ({ namespace: s.namespace, name: s.name, keys: Object.keys(s.data).sort() }));
    out[ANNOTATIONS.bootstrapSecrets] = sortedJson(secrets);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function fluxKustomization(cluster: Cluster, c: Component): Kustomization {
  const health = c.healthChecks.length > 0;
  const annotations = contractAnnotations(c);
  return new Kustomization({
    metadata: { name: c.name, namespace: cluster.flux.namespace, labels: fluxLabels(cluster.name, c.name), ...(annotations ? { annotations } : {}) },
    spec: {
      interval: c.interval,
      retryInterval: "1m",
      timeout: c.timeout,
      prune: c.prune,
      // With explicit health checks Flux waits for those; otherwise for every object applied.
      wait: !health,
      ...(health ? { healthChecks: c.healthChecks.map((h) => ({ ...h })) } : {}),
      path: `./${COMPONENTS_DIR}/${c.name}`,
      sourceRef: { kind: cluster.flux.kind, name: cluster.flux.name },
      ...(c.dependsOn.length > 0
        ? { dependsOn: [...c.dependsOn].map((d) => d.name).sort().map((name) => ({ name })) }
        : {}),
    },
  });
}

function kustomizeIndex(resources: string[]): string {
  return toYaml({ apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources: [...resources].sort() });
}

/**
 * Renders a cluster to its file tree: flux/ holds one Flux Kustomization per component (and a
 * kustomization.yaml listing them), components/<name>/ one YAML file per object and a
 * kustomization.yaml. Paths, file names, key order and document order are all derived from the
 * input alone, so the same cluster gives the same bytes on any machine.
 */
export function render(cluster: Cluster): RenderedTree {
  const files = new Map<string, string>();
  const seen = new Map<string, string>();
  const packages = new Map<string, string>();
  const fluxFiles: string[] = [];
  for (const c of topologicalOrder(cluster.components)) {
    const objects = renderComponent(cluster, c, seen);
    const dir = `${COMPONENTS_DIR}/${c.name}`;
    for (const o of objects) files.set(`${dir}/${o.file}`, toYaml(o.plain));
    files.set(`${dir}/kustomization.yaml`, kustomizeIndex(objects.map((o) => o.file)));
    files.set(`${FLUX_DIR}/${c.name}.yaml`, toYaml(canonicalObject(toPlain(fluxKustomization(cluster, c)))));
    fluxFiles.push(`${c.name}.yaml`);
    if (c.package) {
      const prev = packages.get(c.package.name);
      if (prev && prev !== c.package.version) {
        throw new ConfigError(`package ${c.package.name} is in the cluster at two versions (${prev}, ${c.package.version})`, { cluster: cluster.name, component: c.name });
      }
      packages.set(c.package.name, c.package.version);
    }
  }
  files.set(`${FLUX_DIR}/kustomization.yaml`, kustomizeIndex(fluxFiles));
  const sorted = new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const sortedPackages = new Map([...packages.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  return { cluster: cluster.name, files: sorted, packages: sortedPackages };
}

/** Writes a rendered tree to `dir`, replacing whatever was there. */
export function writeTree(tree: RenderedTree, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [rel, content] of tree.files) {
    const file = join(dir, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}
