import { API_RESOURCES } from "@k8s-gitops/core";
import type { CheckContext } from "../context.ts";
import { asString, get } from "../json.ts";
import type { Manifest } from "../types.ts";
import { chartName, HELM_GROUP, type ReconcileModel } from "./model.ts";
import { valuesCrdNeeds } from "./operators.ts";

/** "group/Kind" as core's API_RESOURCES keys it ("core" for the core group). */
export function kindKey(group: string, kind: string): string {
  return `${group === "" ? "core" : group}/${kind}`;
}

/** Kinds the API server serves before anything is installed: Kubernetes 1.34's own. */
function builtIn(key: string): boolean {
  const source = API_RESOURCES[key]?.source;
  return source === "kubernetes" || source?.startsWith("kubernetes@") === true;
}

/** `flux install` (bootstrap phase 4) serves every toolkit group before any Kustomization runs. */
function fluxKind(group: string): boolean {
  return group.endsWith(".toolkit.fluxcd.io");
}

function add(map: Map<string, string[]>, key: string, component: string): void {
  const list = map.get(key) ?? [];
  if (!list.includes(component)) list.push(component);
  map.set(key, list);
}

/** The kind a CustomResourceDefinition object serves. */
export function servedBy(m: Manifest): string | undefined {
  if (m.group !== "apiextensions.k8s.io" || m.kind !== "CustomResourceDefinition") return undefined;
  const group = asString(get(m.object, "spec", "group"));
  const kind = asString(get(m.object, "spec", "names", "kind"));
  return group && kind ? kindKey(group, kind) : undefined;
}

/**
 * Every custom resource must be served when its component reconciles. A CRD object in the
 * component's folder serves it (kustomize-controller applies CRDs first in the same apply); so
 * do CRD objects and provides.crds of its dependencies and of bootstrap-phase components. The
 * component's own provides.crds does not: Flux dry-runs the whole folder before its HelmRelease
 * has installed anything, so a custom resource beside the chart that installs its CRD fails.
 */
export function checkCrds(ctx: CheckContext, model: ReconcileModel): void {
  const crdObjects = new Map<string, string[]>();
  const declared = new Map<string, string[]>();
  for (const node of model.nodes.values()) {
    for (const m of node.objects) {
      const key = servedBy(m);
      if (key) add(crdObjects, key, node.name);
    }
    for (const key of node.declarations.provides.crds) add(declared, key, node.name);
  }
  for (const node of model.nodes.values()) {
    const available = model.available(node.name);
    const missing = new Map<string, Manifest[]>();
    for (const m of node.objects) {
      const key = kindKey(m.group, m.kind);
      if (builtIn(key) || fluxKind(m.group)) continue;
      if ((crdObjects.get(key) ?? []).some((c) => available.has(c))) continue;
      if ((declared.get(key) ?? []).some((c) => available.has(c) && (c !== node.name || model.isBootstrap(c)))) continue;
      const list = missing.get(key) ?? [];
      list.push(m);
      missing.set(key, list);
    }
    // A chart's own CRDs (its provides.crds) are installed before its templates: they count here.
    for (const m of node.objects) {
      if (m.group !== HELM_GROUP || m.kind !== "HelmRelease") continue;
      for (const need of valuesCrdNeeds(get(m.object, "spec", "values"), chartName(ctx, m))) {
        const unserved = need.kinds.filter((key) => !builtIn(key) && ![...(crdObjects.get(key) ?? []), ...(declared.get(key) ?? [])].some((c) => available.has(c)));
        if (unserved.length === 0) continue;
        const providers = unserved.flatMap((key) => [...(crdObjects.get(key) ?? []), ...(declared.get(key) ?? [])]);
        ctx.report({
          rule: "reconcile-crd",
          at: m,
          field: need.field,
          problem: `needs ${unserved.join(", ")} served when ${node.name} installs (${need.why}), but neither ${node.name}, its dependencies nor a bootstrap phase provides ${unserved.length > 1 ? "them" : "it"}${model.explainUnavailable(node.name, providers)}`,
          fix: `depend on the component that installs ${unserved.length > 1 ? "these CRDs" : "this CRD"} (declared in its provides.crds), install ${unserved.length > 1 ? "them" : "it"} in bootstrap phase 1, or switch the value off`,
        });
      }
    }
    if (node.declarations.bootstrapPhase !== undefined) checkDayZero(ctx, model, node.name, node.declarations.bootstrapPhase, crdObjects, declared, missing);
    for (const [key, objects] of missing) {
      const providers = [...(crdObjects.get(key) ?? []), ...(declared.get(key) ?? [])];
      const own = providers.includes(node.name);
      const more = objects.length > 1 ? ` (and ${objects.length - 1} more object(s) of this kind in ${node.name})` : "";
      ctx.report({
        rule: "reconcile-crd",
        at: objects[0]!,
        field: "kind",
        problem:
          `kind ${key} is not served when ${node.name} reconciles: no CustomResourceDefinition for it in ${node.name} or its dependencies, no dependency declares it in provides.crds and no bootstrap phase installs it` +
          (own ? ` (${node.name} declares it itself, but Flux dry-runs the whole folder before its HelmRelease installs the CRD)` : model.explainUnavailable(node.name, providers)) +
          more,
        fix: own
          ? `move the ${key.split("/")[1]} objects to a component that depends on ${node.name}`
          : `depend on the component that installs the CRD and declare it there (provides.crds), or install the CRD in bootstrap phase 1`,
      });
    }
  }
}

/**
 * Day zero installs phase 1 before phase 2, and a component after its same-phase dependencies:
 * a bootstrap-phase component's custom kinds and chart needs must be served by an earlier phase,
 * a same-phase dependency, or (for its chart's needs) itself. Flux's later adoption, when every
 * bootstrap component exists, is the check above; this one finds what the bootstrap cannot install.
 */
function checkDayZero(
  ctx: CheckContext,
  model: ReconcileModel,
  name: string,
  phase: number,
  crdObjects: ReadonlyMap<string, string[]>,
  declared: ReadonlyMap<string, string[]>,
  missingAtAdoption: ReadonlyMap<string, Manifest[]>,
): void {
  const node = model.nodes.get(name)!;
  const before = new Set<string>([name]);
  for (const n of model.nodes.values()) {
    const p = n.declarations.bootstrapPhase;
    if (p !== undefined && (p < phase || (p === phase && model.dependsOn(name, n.name)))) before.add(n.name);
  }
  const later = (key: string): string[] =>
    [...(crdObjects.get(key) ?? []), ...(declared.get(key) ?? [])].filter((c) => !before.has(c) && model.isBootstrap(c));
  const reported = new Set<string>();
  for (const m of node.objects) {
    const key = kindKey(m.group, m.kind);
    // Flux's kinds are applied once Flux runs (phase 4): the bootstrap installs charts, not HelmReleases.
    if (builtIn(key) || fluxKind(m.group) || missingAtAdoption.has(key) || reported.has(key)) continue;
    if ((crdObjects.get(key) ?? []).some((c) => before.has(c)) || (declared.get(key) ?? []).some((c) => before.has(c) && c !== name)) continue;
    const by = later(key);
    if (by.length === 0) continue;
    reported.add(key);
    ctx.report({
      rule: "reconcile-crd",
      at: m,
      field: "kind",
      problem: `kind ${key} is not served when day zero installs ${name} (bootstrap phase ${phase}): only ${by.join(", ")} serves it, which day zero installs later (a later phase, or the same phase without ${name} depending on it)`,
      fix: `install the CRD in an earlier phase, or make ${name} depend on ${by[0]}`,
    });
  }
  for (const m of node.objects) {
    if (m.group !== HELM_GROUP || m.kind !== "HelmRelease") continue;
    for (const need of valuesCrdNeeds(get(m.object, "spec", "values"), chartName(ctx, m))) {
      const late = need.kinds.filter((key) => !builtIn(key) && ![...(crdObjects.get(key) ?? []), ...(declared.get(key) ?? [])].some((c) => before.has(c)) && later(key).length > 0);
      if (late.length === 0) continue;
      ctx.report({
        rule: "reconcile-crd",
        at: m,
        field: need.field,
        problem: `needs ${late.join(", ")} served when day zero installs ${name} (bootstrap phase ${phase}; ${need.why}), but only ${[...new Set(late.flatMap(later))].join(", ")}, installed later by day zero, serves ${late.length > 1 ? "them" : "it"}`,
        fix: `install ${late.length > 1 ? "these CRDs" : "this CRD"} in an earlier bootstrap phase, or make ${name} depend on the component that does`,
      });
    }
  }
}
