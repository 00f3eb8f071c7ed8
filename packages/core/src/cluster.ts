import { componentsOf, derivesFrom, isComponent, withComponent, type Component, type ComponentGroup } from "./component.ts";
import { ConfigError } from "./errors.ts";
import { DNS_LABEL_RE } from "./values.ts";

/** How the cluster's Flux finds its artifact (the source every component Kustomization uses). */
export interface FluxSource {
  /** Namespace of Flux and of the component Kustomizations (default flux-system). */
  namespace: string;
  kind: "OCIRepository";
  /** Name of the OCIRepository that pulls this cluster's artifact (default flux-system). */
  name: string;
}

/** Where the cluster's OCI artifact is pushed and pulled from (Harbor in production). */
export interface ArtifactTarget {
  /** Registry host[:port], e.g. harbor.infra.monosense.io. */
  registry: string;
  /** Repository inside the registry (Harbor project/repository), e.g. k8s-gitops/cluster-infra. */
  repository: string;
}

export interface ClusterSpec<V> {
  name: string;
  values: V;
  /** Components and groups of components (a package's `{ operator, store }`), in any order. */
  components: readonly (Component | ComponentGroup)[];
  flux?: Partial<FluxSource>;
  artifact?: ArtifactTarget;
}

export interface Cluster<V = unknown> {
  readonly name: string;
  readonly values: V;
  /**
   * In the order given (groups flattened in their keys' order); render sorts what it writes.
   * Each component's `dependsOn` holds the cluster's own instances.
   */
  readonly components: readonly Component[];
  readonly flux: FluxSource;
  readonly artifact: ArtifactTarget | undefined;
}

/**
 * Assembles a cluster and checks the component graph: unique names, every dependency part of
 * the cluster (the very instance, not a look-alike of the same name), and no cycle.
 */
export function cluster<V>(spec: ClusterSpec<V>): Cluster<V> {
  if (!DNS_LABEL_RE.test(spec.name)) throw new ConfigError(`cluster name "${spec.name}" must be a DNS label`, { cluster: spec.name });
  const listed = componentsOf(spec.components);
  const byName = new Map<string, Component>();
  for (const c of listed) {
    if (!isComponent(c)) throw new ConfigError("a component group holds something that is not a component (build it with component())", { cluster: spec.name });
    if (byName.get(c.name) === c) continue; // listed twice (alone and in a group): the same value
    if (byName.has(c.name)) {
      throw new ConfigError(`duplicate component name "${c.name}": each component renders to its own folder and Flux Kustomization`, {
        cluster: spec.name,
        component: c.name,
      });
    }
    byName.set(c.name, c);
  }
  for (const c of byName.values()) {
    for (const dep of c.dependsOn) {
      const inCluster = byName.get(dep.name);
      if (!inCluster) {
        throw new ConfigError(`depends on component "${dep.name}", which is not part of the cluster: add it to the cluster's components`, {
          cluster: spec.name,
          component: c.name,
        });
      }
      // The cluster's instance may be the dependency itself or a patched version of it.
      if (!derivesFrom(inCluster, dep)) {
        throw new ConfigError(
          `depends on a component "${dep.name}" that is not the one in the cluster (two different instances share the name): pass the cluster's own instance`,
          { cluster: spec.name, component: c.name },
        );
      }
    }
  }
  const fluxName = spec.flux?.name ?? "flux-system";
  const clash = byName.get(fluxName);
  if (clash) {
    throw new ConfigError(`component name "${clash.name}" is the name of the cluster's root Flux Kustomization and source; its Kustomization would replace the root one`, {
      cluster: spec.name,
      component: clash.name,
    });
  }
  const cycle = findCycle([...byName.values()], byName);
  if (cycle) {
    throw new ConfigError(`dependency cycle: ${cycle.join(" -> ")}`, { cluster: spec.name, component: cycle[0] });
  }
  const components = resolveDependencies([...byName.values()], byName);
  return Object.freeze({
    name: spec.name,
    values: spec.values,
    components: Object.freeze(components),
    flux: { namespace: "flux-system", kind: "OCIRepository" as const, name: "flux-system", ...spec.flux },
    artifact: spec.artifact,
  });
}

/**
 * The components with every `dependsOn` entry replaced by the cluster's instance of that name
 * (a patched component stands in for the one its dependants were built with), transitively.
 * A component whose dependencies already are the cluster's instances is kept as it is.
 */
function resolveDependencies(components: readonly Component[], byName: ReadonlyMap<string, Component>): Component[] {
  const resolved = new Map<string, Component>();
  const resolve = (c: Component): Component => {
    const done = resolved.get(c.name);
    if (done) return done;
    const deps = c.dependsOn.map((d) => resolve(byName.get(d.name) ?? d));
    const out = deps.every((d, i) => d === c.dependsOn[i]) ? c : withComponent(c, { dependsOn: deps });
    resolved.set(c.name, out);
    return out;
  };
  return components.map(resolve);
}

/** The first cycle found, as component names with the first repeated at the end; undefined if none. */
export function findCycle(components: readonly Component[], byName?: ReadonlyMap<string, Component>): string[] | undefined {
  const state = new Map<Component, "visiting" | "done">();
  const stack: Component[] = [];
  const sorted = [...components].sort((a, b) => a.name.localeCompare(b.name));
  const visit = (c: Component): string[] | undefined => {
    const s = state.get(c);
    if (s === "done") return undefined;
    if (s === "visiting") {
      const from = stack.indexOf(c);
      return [...stack.slice(from), c].map((x) => x.name);
    }
    state.set(c, "visiting");
    stack.push(c);
    for (const d of c.dependsOn) {
      const found = visit(byName?.get(d.name) ?? d);
      if (found) return found;
    }
    stack.pop();
    state.set(c, "done");
    return undefined;
  };
  for (const c of sorted) {
    const found = visit(c);
    if (found) return found;
  }
  return undefined;
}

/** Components in dependency order (dependencies first, ties by name): deterministic. */
export function topologicalOrder(components: readonly Component[]): Component[] {
  const out: Component[] = [];
  const seen = new Set<Component>();
  const visit = (c: Component): void => {
    if (seen.has(c)) return;
    seen.add(c);
    for (const d of [...c.dependsOn].sort((a, b) => a.name.localeCompare(b.name))) visit(d);
    out.push(c);
  };
  for (const c of [...components].sort((a, b) => a.name.localeCompare(b.name))) visit(c);
  return out;
}
