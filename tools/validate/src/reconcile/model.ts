import { FLUX_DIR } from "@k8s-gitops/core";
import { posix } from "node:path";
import type { CheckContext } from "../context.ts";
import { asArray, asObject, asString, get } from "../json.ts";
import type { Manifest } from "../types.ts";
import { readDeclarations, type DeclarationProblem, type Declarations } from "./declarations.ts";

export const KUSTOMIZE_GROUP = "kustomize.toolkit.fluxcd.io";
export const HELM_GROUP = "helm.toolkit.fluxcd.io";
export const SOURCE_GROUP = "source.toolkit.fluxcd.io";

/** One component as Flux reconciles it: its Kustomization, the objects of its path, its declarations. */
export interface Node {
  /** The Kustomization's name: what dependsOn names. */
  name: string;
  kustomization: Manifest;
  objects: readonly Manifest[];
  /** Direct dependencies that exist (a dangling name is crossref/flux.ts's finding). */
  dependsOn: readonly { name: string; index: number }[];
  declarations: Declarations;
  problems: readonly DeclarationProblem[];
}

/**
 * The cluster as Flux sees it: one node per Flux Kustomization under flux/ and the dependsOn
 * graph between them. Flux applies a component only once all it depends on is Ready, so what
 * exists when a component reconciles is what its transitive dependencies and the bootstrap
 * made: the rules ask `available()` instead of replaying an order. Built once per validation.
 */
export class ReconcileModel {
  readonly nodes = new Map<string, Node>();
  private readonly owners = new Map<Manifest, Node>();
  private readonly closures = new Map<string, ReadonlySet<string>>();
  private readonly availability = new Map<string, ReadonlySet<string>>();

  constructor(ctx: CheckContext) {
    const fluxKs = ctx.index.kind(KUSTOMIZE_GROUP, "Kustomization").filter((m) => posix.dirname(m.file) === FLUX_DIR);
    const names = new Set(fluxKs.map((k) => k.name));
    for (const k of fluxKs) {
      const path = posix.normalize(asString(get(k.object, "spec", "path")) ?? "").replace(/^\.\//, "").replace(/\/$/, "");
      const dependsOn = asArray(get(k.object, "spec", "dependsOn")).flatMap((d, index) => {
        const name = asString(get(d, "name"));
        const ns = asString(get(d, "namespace")) ?? k.namespace;
        return name && ns === k.namespace && names.has(name) ? [{ name, index }] : [];
      });
      const { declarations, problems } = readDeclarations(k);
      // Flux applies the kustomization.yaml at spec.path, which lists the files below it.
      const objects = path === "" || path === "." ? [] : ctx.tree.manifests.filter((m) => m.file.startsWith(`${path}/`));
      const node: Node = { name: k.name, kustomization: k, objects, dependsOn, declarations, problems };
      this.nodes.set(k.name, node);
      for (const m of node.objects) this.owners.set(m, node);
    }
  }

  /** Everything a component depends on, transitively (itself excluded, cycle-safe). */
  dependencies(name: string): ReadonlySet<string> {
    const known = this.closures.get(name);
    if (known) return known;
    const seen = new Set<string>();
    const stack = [...(this.nodes.get(name)?.dependsOn ?? []).map((d) => d.name)];
    while (stack.length) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      for (const d of this.nodes.get(next)?.dependsOn ?? []) stack.push(d.name);
    }
    seen.delete(name);
    this.closures.set(name, seen);
    return seen;
  }

  dependsOn(name: string, on: string): boolean {
    return this.dependencies(name).has(on);
  }

  /** The components that depend on `name`, transitively: they never reconcile while it is not Ready. */
  dependants(name: string): string[] {
    return [...this.nodes.keys()].filter((n) => this.dependsOn(n, name)).sort();
  }

  /** The blocked dependants, for a message about a component that never becomes Ready. */
  blocking(name: string): string {
    const n = this.dependants(name).length;
    return n ? `, and the ${n} component(s) that depend on it never reconcile` : "";
  }

  isBootstrap(name: string): boolean {
    return this.nodes.get(name)?.declarations.bootstrapPhase !== undefined;
  }

  /**
   * The components whose objects and declarations exist when `name` reconciles: its
   * dependencies, every bootstrap-phase component (installed before Flux starts), and itself.
   */
  available(name: string): ReadonlySet<string> {
    const known = this.availability.get(name);
    if (known) return known;
    const out = new Set(this.dependencies(name));
    out.add(name);
    for (const n of this.nodes.values()) if (n.declarations.bootstrapPhase !== undefined) out.add(n.name);
    this.availability.set(name, out);
    return out;
  }

  /** The component an object of the tree belongs to (by the Flux path that applies it). */
  nodeOf(m: Manifest): Node | undefined {
    return this.owners.get(m);
  }

  /** Why providers are not available to `consumer`, for a message: " (X provides it but ...)". */
  explainUnavailable(consumer: string, providers: readonly string[], noun = "it"): string {
    const reasons = [...new Set(providers)]
      .filter((p) => p !== consumer)
      .map((p) => (this.dependsOn(p, consumer) ? `${p} provides ${noun} and depends on ${consumer}` : `${p} provides ${noun} but ${consumer} does not depend on ${p}`));
    return reasons.length ? ` (${reasons.join("; ")})` : "";
  }
}

/** Whether a Kustomization waits for this object to be Ready: spec.wait, or a health check naming it. */
export function kustomizationWaitsOn(kustomization: Manifest, m: Manifest): boolean {
  if (get(kustomization.object, "spec", "wait") === true) return true;
  return asArray(get(kustomization.object, "spec", "healthChecks")).some((h) => {
    const check = asObject(h);
    if (!check) return false;
    const apiVersion = asString(check.apiVersion) ?? "";
    const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
    return group === m.group && asString(check.kind) === m.kind && asString(check.name) === m.name && (asString(check.namespace) ?? m.namespace) === m.namespace;
  });
}

/**
 * Whether a HelmRelease's Helm action waits for its resources (Helm's --wait, on by default).
 * A bootstrap-phase release already exists when Flux adopts it, so Flux's first action there is
 * an upgrade; for every other release it is the install.
 */
export function helmReleaseWaits(hr: Manifest, bootstrap: boolean): boolean {
  return get(hr.object, "spec", bootstrap ? "upgrade" : "install", "disableWait") !== true;
}

/** A HelmRelease's chart name: chart.spec.chart, or the last path segment of its chartRef's OCIRepository URL. */
export function chartName(ctx: CheckContext, hr: Manifest): string | undefined {
  const direct = asString(get(hr.object, "spec", "chart", "spec", "chart"));
  if (direct) return direct.split("/").at(-1);
  const ref = asObject(get(hr.object, "spec", "chartRef"));
  const kind = asString(ref?.kind);
  const name = asString(ref?.name);
  if (!ref || !name || (kind !== "OCIRepository" && kind !== "HelmChart")) return undefined;
  const source = ctx.index.get(SOURCE_GROUP, kind, asString(ref.namespace) ?? hr.namespace, name);
  if (!source) return undefined;
  if (kind === "HelmChart") return asString(get(source.object, "spec", "chart"));
  const url = asString(get(source.object, "spec", "url"));
  return url?.replace(/\/+$/, "").split("/").at(-1);
}
