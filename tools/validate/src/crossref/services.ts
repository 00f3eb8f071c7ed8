import type { CheckContext } from "../context.ts";
import { asObject, asString, get } from "../json.ts";
import { createsPods, podTemplates, selects, workloadNamespace } from "../workloads.ts";

/**
 * A Service's selector must match a pod template of its namespace, or its endpoints stay
 * empty. When the namespace also has objects whose controller creates pods the tree does not
 * show (a HelmRelease, an operator's cluster), the match cannot be proven from the files: that
 * is a warning naming them.
 */
export function checkServiceSelectors(ctx: CheckContext): void {
  const templates = podTemplates(ctx.tree.manifests);
  for (const svc of ctx.index.kind("", "Service")) {
    const selector = asObject(get(svc.object, "spec", "selector"));
    if (!selector || Object.keys(selector).length === 0 || asString(get(svc.object, "spec", "type")) === "ExternalName") continue;
    if (templates.some((t) => t.at.namespace === svc.namespace && selects(selector, t.labels))) continue;
    const creators = ctx.tree.manifests.filter((m) => createsPods(m) && workloadNamespace(m) === svc.namespace);
    const wanted = Object.entries(selector).map(([k, v]) => `${k}=${String(v)}`).join(", ");
    ctx.report({
      rule: "service-selector",
      at: svc,
      field: "spec.selector",
      severity: creators.length ? "warning" : "error",
      problem: creators.length
        ? `no pod template in namespace ${svc.namespace} has the labels ${wanted}; its pods may come from ${creators.map((c) => `${c.kind}/${c.name}`).join(", ")}`
        : `no pod template in namespace ${svc.namespace} has the labels ${wanted}: the Service would have no endpoints`,
      fix: "select the labels of the workload it fronts",
    });
  }
}
