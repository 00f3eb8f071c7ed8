import type { CheckContext } from "../context.ts";
import { asArray, asObject, asString, get } from "../json.ts";
import type { JsonValue } from "../schema/types.ts";
import type { Manifest } from "../types.ts";
import { createsPods, workloadNamespace } from "../workloads.ts";
import { describeManifest } from "../types.ts";
import { HELM_GROUP, helmReleaseWaits, kustomizationWaitsOn, type Node, type ReconcileModel } from "./model.ts";

/** Kinds that give LoadBalancer Services their addresses. */
const ADDRESS_POOL_KINDS = new Set(["cilium.io|CiliumLoadBalancerIPPool", "metallb.io|IPAddressPool"]);

/** GatewayClass controllers that serve each Gateway with a LoadBalancer Service. */
const LOAD_BALANCED_GATEWAY_CONTROLLERS = ["io.cilium/gateway-controller"];

/** A place in an object that asks for a LoadBalancer address. */
interface LoadBalancerNeed {
  field: string;
  what: string;
}

/** `type: LoadBalancer` under a key naming a service, anywhere in Helm values (service.type, clustermesh.apiserver.service.type, ...). */
function valuesLoadBalancers(values: JsonValue | undefined, path: string, parentKey: string): LoadBalancerNeed[] {
  if (Array.isArray(values)) return values.flatMap((v, i) => valuesLoadBalancers(v, `${path}[${i}]`, parentKey));
  const o = asObject(values);
  if (!o) return [];
  const out: LoadBalancerNeed[] = [];
  if (/service/i.test(parentKey) && o.type === "LoadBalancer") out.push({ field: `${path}.type`, what: "its chart's LoadBalancer Service" });
  for (const [k, v] of Object.entries(o)) out.push(...valuesLoadBalancers(v, `${path}.${k}`, k));
  return out;
}

function loadBalancerNeeds(ctx: CheckContext, m: Manifest): LoadBalancerNeed[] {
  if (m.group === "" && m.kind === "Service" && get(m.object, "spec", "type") === "LoadBalancer") return [{ field: "spec.type", what: "its LoadBalancer Service" }];
  if (m.group === HELM_GROUP && m.kind === "HelmRelease") return valuesLoadBalancers(get(m.object, "spec", "values"), "spec.values", "");
  if (m.group === "gateway.networking.k8s.io" && m.kind === "Gateway") {
    const className = asString(get(m.object, "spec", "gatewayClassName"));
    if (!className) return [];
    const gatewayClass = ctx.index.get("gateway.networking.k8s.io", "GatewayClass", undefined, className);
    const controller = gatewayClass ? asString(get(gatewayClass.object, "spec", "controllerName")) : undefined;
    // Without the class in the tree, trust its conventional name.
    const loadBalanced = controller ? LOAD_BALANCED_GATEWAY_CONTROLLERS.includes(controller) : className === "cilium";
    return loadBalanced ? [{ field: "spec.gatewayClassName", what: `the LoadBalancer Service its class ${className} serves it with` }] : [];
  }
  return [];
}

/**
 * A LoadBalancer address is a wait only an address pool can end: the component (or a
 * dependency, or the bootstrap) must provide one whenever its Kustomization waits on the object
 * (and, for a HelmRelease, Helm waits too).
 */
export function checkLoadBalancers(ctx: CheckContext, model: ReconcileModel): void {
  const pools = [...model.nodes.values()]
    .filter((n) => n.declarations.provides.addressPools || n.objects.some((m) => ADDRESS_POOL_KINDS.has(`${m.group}|${m.kind}`)))
    .map((n) => n.name);
  for (const node of model.nodes.values()) {
    const available = model.available(node.name);
    if (pools.some((p) => available.has(p))) continue;
    for (const m of node.objects) {
      if (!kustomizationWaitsOn(node.kustomization, m)) continue;
      if (m.group === HELM_GROUP && m.kind === "HelmRelease" && !helmReleaseWaits(m, model.isBootstrap(node.name))) continue;
      for (const need of loadBalancerNeeds(ctx, m)) {
        ctx.report({
          rule: "reconcile-wait",
          at: m,
          field: need.field,
          problem: `waits for a LoadBalancer address (${need.what}), but no address pool is provided by ${node.name} or its dependencies${model.explainUnavailable(node.name, pools, "one")}: ${node.name} never becomes Ready${model.blocking(node.name)}`,
          fix: `depend on the component with the address pool (provides.addressPools or a CiliumLoadBalancerIPPool) without it depending back, install the pool with ${node.name}, or do not wait on this object`,
        });
      }
    }
  }
}

/** Chart settings that deadlock a waiting Helm install. One row per known chart behaviour. */
export function checkHelmHooks(ctx: CheckContext, model: ReconcileModel): void {
  for (const node of model.nodes.values()) {
    for (const m of node.objects) {
      if (m.group !== HELM_GROUP || m.kind !== "HelmRelease" || !helmReleaseWaits(m, model.isBootstrap(node.name))) continue;
      const mesh = get(m.object, "spec", "values", "clustermesh");
      // cilium/cilium#42045: with tls.auto.method cronJob the clustermesh-apiserver certificates come from
      // a post-install hook Job, which Helm runs only once the install is Ready; the apiserver never is without them.
      if (get(mesh, "useAPIServer") === true && get(mesh, "apiserver", "tls", "auto", "enabled") !== false && get(mesh, "apiserver", "tls", "auto", "method") === "cronJob") {
        ctx.report({
          rule: "reconcile-wait",
          at: m,
          field: "spec.values.clustermesh.apiserver.tls.auto.method",
          problem: `cronJob makes the clustermesh-apiserver certificates in a post-install hook, which a waiting Helm install never reaches because the apiserver cannot start without them (cilium/cilium#42045): the release of ${node.name} fails${model.blocking(node.name)}`,
          fix: `use method helm (or certmanager), or set spec.${model.isBootstrap(node.name) ? "upgrade" : "install"}.disableWait`,
        });
      }
    }
  }
}

/**
 * Health checks and HelmRelease dependsOn that point at an object only a dependant component
 * applies: the dependant waits for this component, this component waits for the object.
 */
export function checkWaitCycles(ctx: CheckContext, model: ReconcileModel): void {
  for (const node of model.nodes.values()) {
    // With spec.wait, Flux ignores spec.healthChecks and waits on the applied objects only.
    const healthChecks = get(node.kustomization.object, "spec", "wait") === true ? [] : asArray(get(node.kustomization.object, "spec", "healthChecks"));
    healthChecks.forEach((h, i) => {
      const apiVersion = asString(get(h, "apiVersion")) ?? "";
      const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
      const kind = asString(get(h, "kind")) ?? "";
      const name = asString(get(h, "name")) ?? "";
      const namespace = asString(get(h, "namespace"));
      const target = ctx.index.get(group, kind, namespace, name);
      if (target) cycleThrough(ctx, model, node, node.kustomization, `spec.healthChecks[${i}]`, target);
      else if (!mayCreate(node, namespace)) {
        ctx.report({
          rule: "reconcile-wait",
          at: node.kustomization,
          field: `spec.healthChecks[${i}]`,
          problem: `waits for ${kind}/${namespace ? `${namespace}/` : ""}${name}, which no object of the tree is and nothing in ${node.name} can create (no HelmRelease or operator resource there installs into ${namespace ?? "the cluster scope"}): ${node.name} never becomes Ready${model.blocking(node.name)}`,
          fix: "health-check an object the component renders or its chart creates, or drop the check",
        });
      }
    });
    for (const m of node.objects) {
      if (m.group !== HELM_GROUP || m.kind !== "HelmRelease") continue;
      asArray(get(m.object, "spec", "dependsOn")).forEach((d, i) => {
        const target = ctx.index.get(HELM_GROUP, "HelmRelease", asString(get(d, "namespace")) ?? m.namespace, asString(get(d, "name")) ?? "");
        if (target) cycleThrough(ctx, model, node, m, `spec.dependsOn[${i}].name`, target);
      });
    }
  }
}

/**
 * Whether a component can create objects the tree does not show in a namespace: a HelmRelease
 * installing there, or an operator resource there whose controller makes pods and their objects.
 */
function mayCreate(node: Node, namespace: string | undefined): boolean {
  return node.objects.some((m) => createsPods(m) && (namespace === undefined || workloadNamespace(m) === namespace));
}

function cycleThrough(ctx: CheckContext, model: ReconcileModel, node: Node, at: Manifest, field: string, target: Manifest): void {
  const owner = model.nodeOf(target);
  if (!owner || owner === node || !model.dependsOn(owner.name, node.name)) return;
  ctx.report({
    rule: "reconcile-wait",
    at,
    field,
    problem: `waits for ${describeManifest(target)}, which only ${owner.name} applies, and ${owner.name} depends on ${node.name}: neither ever becomes Ready`,
    fix: `move ${describeManifest(target)} into ${node.name} or a dependency of it, or stop waiting on it here`,
  });
}

/** dependsOn cycles between components (Tarjan's strongly connected components): Flux waits on each forever. */
export function checkDependencyCycles(ctx: CheckContext, model: ReconcileModel): void {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const { name: w } of model.nodes.get(v)?.dependsOn ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const scc: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      scc.push(w);
    } while (w !== v);
    components.push(scc);
  };
  for (const name of [...model.nodes.keys()].sort()) if (!index.has(name)) visit(name);
  for (const scc of components) {
    const members = new Set(scc);
    const first = [...scc].sort()[0]!;
    const node = model.nodes.get(first)!;
    const edge = node.dependsOn.find((d) => members.has(d.name));
    if (!edge) continue;
    ctx.report({
      rule: "reconcile-wait",
      at: node.kustomization,
      field: `spec.dependsOn[${edge.index}].name`,
      problem: `dependency cycle ${cyclePath(model, first, members).join(" -> ")}: each waits for the next to be Ready, so none ever reconciles`,
      fix: "break the cycle: split the component whose objects the others need",
    });
  }
}

/** One cycle from `start` back to it, through members of its strongly connected component. */
function cyclePath(model: ReconcileModel, start: string, members: ReadonlySet<string>): string[] {
  const path = [start];
  const seen = new Set([start]);
  const walk = (v: string): boolean => {
    for (const { name: w } of model.nodes.get(v)?.dependsOn ?? []) {
      if (w === start) return path.push(w) > 0;
      if (!members.has(w) || seen.has(w)) continue;
      seen.add(w);
      path.push(w);
      if (walk(w)) return true;
      path.pop();
    }
    return false;
  };
  walk(start);
  return path;
}

