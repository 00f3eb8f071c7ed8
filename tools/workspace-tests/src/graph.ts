import { globSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "yaml";

/** A workspace package as its package.json declares it. */
export interface WorkspacePackage {
  /** npm name, e.g. @k8s-gitops/cert-manager. */
  readonly name: string;
  /** Nx project name: package.json nx.name, else the npm name (clusters are cluster-<name>). */
  readonly project: string;
  /** Folder relative to the workspace root. */
  readonly dir: string;
  readonly version: string;
  readonly private: boolean;
  readonly scripts: Readonly<Record<string, string>>;
  /** Workspace packages it depends on (any dependency field), by npm name. */
  readonly deps: readonly string[];
  /** Those it needs at run time (dependencies, peer, optional): what a release of it pins. */
  readonly runtimeDeps: readonly string[];
  /** Those whose release releases it too (dependencies, optional; not peers, whose ranges absorb a release). */
  readonly releaseDeps: readonly string[];
}

interface PackageJson {
  name?: string;
  version?: string;
  private?: boolean;
  nx?: { name?: string };
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/**
 * The dependency graph the package.json files declare, read without Nx, so that the tests can
 * hold Nx's project graph against it: a source import Nx sees that no package.json declares
 * (which would break the published package) shows up as a difference.
 */
export class PackageGraph {
  readonly packages: ReadonlyMap<string, WorkspacePackage>;

  constructor(root: string) {
    const workspace = parse(readFileSync(join(root, "pnpm-workspace.yaml"), "utf8")) as { packages?: string[] };
    const files = (workspace.packages ?? []).flatMap((pattern) => globSync(`${pattern}/package.json`, { cwd: root }));
    const raw = files.sort().map((f) => ({ dir: dirname(f), json: JSON.parse(readFileSync(join(root, f), "utf8")) as PackageJson }));
    const names = new Set(raw.map((p) => p.json.name).filter((n): n is string => Boolean(n)));
    const packages = new Map<string, WorkspacePackage>();
    for (const { dir, json } of raw) {
      if (!json.name) continue;
      const released = { ...json.dependencies, ...json.optionalDependencies };
      const runtime = { ...released, ...json.peerDependencies };
      const declared = { ...runtime, ...json.devDependencies };
      packages.set(json.name, {
        name: json.name,
        project: json.nx?.name ?? json.name,
        dir,
        version: json.version ?? "0.0.0",
        private: json.private === true,
        scripts: json.scripts ?? {},
        deps: Object.keys(declared).filter((d) => names.has(d)).sort(),
        runtimeDeps: Object.keys(runtime).filter((d) => names.has(d)).sort(),
        releaseDeps: Object.keys(released).filter((d) => names.has(d)).sort(),
      });
    }
    this.packages = packages;
  }

  get(name: string): WorkspacePackage {
    const p = this.packages.get(name);
    if (!p) throw new Error(`no workspace package ${name}`);
    return p;
  }

  /**
   * The package and every package that depends on it, directly or not: through any dependency
   * field (what Nx's graph sees), through run-time ones (dependencies and peers), or through
   * those a release bumps (changesets bumps no package for a devDependency, nor for a peer
   * whose new version its range still accepts).
   */
  dependentsOf(name: string, via: "all" | "runtime" | "release" = "all"): Set<WorkspacePackage> {
    const edges = (p: WorkspacePackage) => (via === "all" ? p.deps : via === "runtime" ? p.runtimeDeps : p.releaseDeps);
    const out = new Set<WorkspacePackage>([this.get(name)]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const p of this.packages.values()) {
        if (!out.has(p) && edges(p).some((d) => out.has(this.get(d)))) {
          out.add(p);
          grew = true;
        }
      }
    }
    return out;
  }

  /** Cluster packages (clusters/<name>). */
  clusters(): WorkspacePackage[] {
    return [...this.packages.values()].filter((p) => p.dir.startsWith("clusters/"));
  }

  /** Packages that publish to npm (not private), in dependency order (dependencies first). */
  publishable(): WorkspacePackage[] {
    const out: WorkspacePackage[] = [];
    const visit = (p: WorkspacePackage): void => {
      if (out.includes(p)) return;
      for (const d of p.deps) visit(this.get(d));
      out.push(p);
    };
    for (const p of [...this.packages.values()].sort((a, b) => a.name.localeCompare(b.name))) visit(p);
    return out.filter((p) => !p.private);
  }
}

/**
 * The component package the affected test changes: one under packages/ (not core) that a
 * cluster uses, preferring the fewest clusters, then the fewest dependents, then the name, so
 * the choice is deterministic and shows clusters being left out as soon as one can be.
 */
export function chooseLeaf(graph: PackageGraph): WorkspacePackage {
  const clusters = new Set(graph.clusters());
  const ranked = [...graph.packages.values()]
    .filter((p) => p.dir.startsWith("packages/") && p.name !== "@k8s-gitops/core" && p.scripts.build)
    .map((p) => {
      const dependents = graph.dependentsOf(p.name);
      return { p, dependents: dependents.size, clusters: [...dependents].filter((d) => clusters.has(d)).length };
    })
    .filter((r) => r.clusters > 0)
    .sort((a, b) => a.clusters - b.clusters || a.dependents - b.dependents || a.p.name.localeCompare(b.p.name));
  const first = ranked[0];
  if (!first) throw new Error("no component package under packages/ is used by a cluster");
  return first.p;
}
