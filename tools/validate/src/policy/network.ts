import type { CheckContext } from "../context.ts";
import { asArray, asObject, get } from "../json.ts";
import type { JsonValue } from "../schema/types.ts";
import type { KubeObject, Manifest } from "../types.ts";
import { workloadsByNamespace } from "../workloads.ts";

type Direction = "Ingress" | "Egress";
const DIRECTIONS: readonly Direction[] = ["Ingress", "Egress"];

function isEmptySelector(v: JsonValue | undefined): boolean {
  const o = asObject(v);
  if (!o) return false;
  return Object.keys(asObject(o.matchLabels) ?? {}).length === 0 && asArray(o.matchExpressions).length === 0;
}

function rulesOf(o: KubeObject, dir: Direction): JsonValue[] {
  return asArray(get(o, "spec", dir === "Ingress" ? "ingress" : "egress"));
}

/** Kubernetes NetworkPolicy: every pod selected, the direction listed in policyTypes, no rule for it. */
function k8sDenies(o: KubeObject, dir: Direction): boolean {
  if (!isEmptySelector(get(o, "spec", "podSelector"))) return false;
  const types = asArray(get(o, "spec", "policyTypes"));
  const listed = types.length > 0 ? types.includes(dir) : dir === "Ingress";
  return listed && rulesOf(o, dir).length === 0;
}

/**
 * Cilium: every endpoint selected and default deny on for the direction, either explicitly
 * (enableDefaultDeny) or by a rule list of empty rules (`ingress: [{}]`, which allows nothing).
 * An empty list (`ingress: []`) does not count: Cilium treats it as no rule for the direction,
 * so it denies nothing.
 */
function ciliumDenies(o: KubeObject, dir: Direction): boolean {
  if (!isEmptySelector(get(o, "spec", "endpointSelector"))) return false;
  const rules = rulesOf(o, dir);
  const explicit = get(o, "spec", "enableDefaultDeny", dir === "Ingress" ? "ingress" : "egress");
  if (explicit === false) return false;
  if (explicit === true && rules.every((r) => Object.keys(asObject(r) ?? {}).length === 0)) return true;
  return rules.length > 0 && rules.every((r) => Object.keys(asObject(r) ?? {}).length === 0);
}

function allows(o: KubeObject): boolean {
  return DIRECTIONS.some((d) => rulesOf(o, d).some((r) => Object.keys(asObject(r) ?? {}).length > 0));
}

interface Coverage {
  denied: Set<Direction>;
  allows: Manifest[];
  /** Cilium policies with `ingress: []`/`egress: []` meant as deny-all: named in the message. */
  emptyLists: Manifest[];
}

function coverage(ctx: CheckContext, ns: string, clusterwide: Coverage): Coverage {
  const c: Coverage = { denied: new Set(clusterwide.denied), allows: [...clusterwide.allows], emptyLists: [] };
  for (const m of ctx.index.kind("networking.k8s.io", "NetworkPolicy").filter((x) => x.namespace === ns)) {
    for (const d of DIRECTIONS) if (k8sDenies(m.object, d)) c.denied.add(d);
    if (allows(m.object)) c.allows.push(m);
  }
  for (const m of ctx.index.kind("cilium.io", "CiliumNetworkPolicy").filter((x) => x.namespace === ns)) {
    for (const d of DIRECTIONS) if (ciliumDenies(m.object, d)) c.denied.add(d);
    if (allows(m.object)) c.allows.push(m);
    const spec = asObject(get(m.object, "spec"));
    if (isEmptySelector(spec?.endpointSelector) && DIRECTIONS.some((d) => Array.isArray(spec?.[d.toLowerCase()]) && rulesOf(m.object, d).length === 0)) c.emptyLists.push(m);
  }
  return c;
}

/**
 * Every namespace that runs workloads has the deny-all baseline (both directions) and at least
 * one explicit allow. The finding sits on the Namespace object when the tree creates it (waive
 * it there), else on each workload of the namespace.
 */
export function checkNetworkPolicies(ctx: CheckContext): void {
  const clusterwide: Coverage = { denied: new Set(), allows: [], emptyLists: [] };
  for (const m of ctx.index.kind("cilium.io", "CiliumClusterwideNetworkPolicy")) {
    for (const d of DIRECTIONS) if (ciliumDenies(m.object, d)) clusterwide.denied.add(d);
    if (allows(m.object)) clusterwide.allows.push(m);
  }
  for (const [ns, workloads] of [...workloadsByNamespace(ctx.tree.manifests)].sort(([a], [b]) => a.localeCompare(b))) {
    const c = coverage(ctx, ns, clusterwide);
    const missing = DIRECTIONS.filter((d) => !c.denied.has(d));
    const problems: string[] = [];
    if (missing.length) {
      const hint = c.emptyLists.length ? ` (${c.emptyLists.map((m) => m.name).join(", ")} lists no rules, which Cilium treats as no policy for the direction: write ingress: [{}] or enableDefaultDeny)` : "";
      problems.push(`no deny-all baseline for ${missing.join(" and ")}${hint}`);
    }
    if (c.allows.length === 0) problems.push("no explicit allow policy (DNS, API server, the traffic it serves)");
    if (problems.length === 0) continue;
    const nsObject = ctx.index.get("", "Namespace", undefined, ns);
    const targets = nsObject ? [nsObject] : workloads;
    for (const at of targets) {
      ctx.report({
        rule: "network-policy",
        at,
        // The field that puts the object in the uncovered namespace.
        field: at === nsObject ? "metadata.name" : at.namespace === ns ? "metadata.namespace" : "spec.targetNamespace",
        problem: `namespace ${ns} runs workloads but has ${problems.join(", and ")}`,
        fix: "add the network-policies component's deny-all baseline and the allows the workloads need",
      });
    }
  }
}
