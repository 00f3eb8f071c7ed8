import type { CheckContext } from "../context.ts";
import { DECLARATION_ANNOTATIONS } from "./declarations.ts";
import { checkFoundation, checkSelfHostedSource } from "./bootstrap.ts";
import { checkCrds } from "./crds.ts";
import { ReconcileModel } from "./model.ts";
import { OPERATOR_RULES } from "./operators.ts";
import { checkSecrets } from "./secrets.ts";
import { checkDependencyCycles, checkHelmHooks, checkLoadBalancers, checkWaitCycles } from "./waits.ts";

/**
 * Reads the tree as Flux 2.7 and the operators would reconcile it, from the files and the
 * components' declarations alone: what must be bootstrapped, which kinds and secrets exist when
 * each component applies, which waits can never end, which specs a webhook rejects.
 */
export function checkReconcile(ctx: CheckContext): void {
  checkOperatorWebhooks(ctx);
  // The rest is about Flux's order: it needs Flux Kustomizations (a rendered cluster tree).
  if (!ctx.tree.rendered) return;
  const model = new ReconcileModel(ctx);
  if (model.nodes.size === 0) return;
  for (const node of model.nodes.values()) {
    for (const p of node.problems) {
      ctx.report({
        rule: "reconcile-declaration",
        at: node.kustomization,
        field: `metadata.annotations["${p.annotation}"]`,
        problem: `malformed ${p.annotation === DECLARATION_ANNOTATIONS.provides ? "provides" : p.annotation === DECLARATION_ANNOTATIONS.bootstrapPhase ? "bootstrap phase" : "bootstrap secrets"} declaration of ${node.name}: ${p.problem}`,
        fix: "declare it through core's component() options (provides, bootstrapPhase, bootstrapSecrets), which write the canonical JSON",
      });
    }
  }
  checkFoundation(ctx, model);
  checkSelfHostedSource(ctx, model);
  checkDependencyCycles(ctx, model);
  checkCrds(ctx, model);
  checkSecrets(ctx, model);
  checkLoadBalancers(ctx, model);
  checkHelmHooks(ctx, model);
  checkWaitCycles(ctx, model);
}

/** Specs an operator's admission webhook rejects: Flux's apply of the whole component fails. */
function checkOperatorWebhooks(ctx: CheckContext): void {
  for (const rule of OPERATOR_RULES) {
    for (const m of ctx.index.kind(rule.group, rule.kind)) {
      for (const v of rule.check(m)) ctx.report({ rule: "operator-webhook", at: m, field: v.field, problem: v.problem, fix: v.fix });
    }
  }
}
