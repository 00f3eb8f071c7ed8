import type { CheckContext } from "../context.ts";
import { asArray, asObject, asString, get } from "../json.ts";
import type { Manifest } from "../types.ts";
import { elsewhere, exists } from "./lookup.ts";

const SOURCE_GROUP = "source.toolkit.fluxcd.io";
const HELM_GROUP = "helm.toolkit.fluxcd.io";
const KUSTOMIZE_GROUP = "kustomize.toolkit.fluxcd.io";

/** Flux's references: Kustomization dependsOn/sourceRef, HelmRelease chartRef/sourceRef/dependsOn. */
export function checkFluxReferences(ctx: CheckContext): void {
  for (const m of ctx.index.kind(KUSTOMIZE_GROUP, "Kustomization")) {
    checkDependsOn(ctx, m, KUSTOMIZE_GROUP, "Kustomization");
    const ref = asObject(get(m.object, "spec", "sourceRef"));
    if (ref) checkSource(ctx, m, "spec.sourceRef", ref, false);
  }
  for (const m of ctx.index.kind(HELM_GROUP, "HelmRelease")) {
    checkDependsOn(ctx, m, HELM_GROUP, "HelmRelease");
    const chartRef = asObject(get(m.object, "spec", "chartRef"));
    const sourceRef = asObject(get(m.object, "spec", "chart", "spec", "sourceRef"));
    if (chartRef) checkSource(ctx, m, "spec.chartRef", chartRef, true);
    if (sourceRef) checkSource(ctx, m, "spec.chart.spec.sourceRef", sourceRef, true);
    if (!chartRef && !sourceRef) {
      ctx.report({ rule: "flux-source", at: m, field: "spec", problem: "the HelmRelease names no chart (neither chartRef nor chart.spec.sourceRef)", fix: "emit it with core's helmRelease(), which pairs it with its source" });
    }
  }
}

function checkDependsOn(ctx: CheckContext, m: Manifest, group: string, kind: string): void {
  asArray(get(m.object, "spec", "dependsOn")).forEach((dep, i) => {
    const name = asString(get(dep, "name"));
    if (!name) return;
    const ns = asString(get(dep, "namespace")) ?? m.namespace;
    if (!ctx.index.has(group, kind, ns, name)) {
      ctx.report({
        rule: "flux-dependency",
        at: m,
        field: `spec.dependsOn[${i}].name`,
        problem: `depends on ${kind} ${ns}/${name}, which is not in the cluster: Flux would wait for it forever`,
        fix: `depend on a component value (dependsOn: [component]) so a dangling name cannot compile, or add ${name}`,
      });
    }
  });
}

/**
 * A source reference. For charts the source must be in the HelmRelease's own namespace: Flux
 * resolves it there, and the platform forbids cross-namespace references.
 */
function checkSource(ctx: CheckContext, m: Manifest, field: string, ref: { [k: string]: unknown }, sameNamespace: boolean): void {
  const kind = typeof ref.kind === "string" ? ref.kind : "";
  const name = typeof ref.name === "string" ? ref.name : "";
  const explicitNs = typeof ref.namespace === "string" ? ref.namespace : undefined;
  const ns = explicitNs ?? m.namespace;
  if (!kind || !name) return;
  if (sameNamespace && explicitNs !== undefined && explicitNs !== m.namespace) {
    ctx.report({
      rule: "flux-source",
      at: m,
      field: `${field}.namespace`,
      problem: `${kind} ${explicitNs}/${name} is in another namespace than its HelmRelease (${m.namespace})`,
      fix: "put the chart source in the HelmRelease's namespace (core's helmRelease() emits both together)",
    });
    return;
  }
  if (exists(ctx, SOURCE_GROUP, kind, ns, name)) return;
  const other = elsewhere(ctx, SOURCE_GROUP, kind, name);
  ctx.report({
    rule: "flux-source",
    at: m,
    field: `${field}.name`,
    problem: `${kind} ${ns}/${name} does not exist${other.length ? ` (there is one in ${other.join(", ")}: ${sameNamespace ? "the source must be in the HelmRelease's namespace" : "give its namespace"})` : ""}`,
    fix: sameNamespace ? "emit the source beside the HelmRelease, in the same namespace" : "reference a source the tree or the Flux bootstrap creates",
  });
}
