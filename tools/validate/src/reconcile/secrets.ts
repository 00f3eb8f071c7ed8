import type { CheckContext } from "../context.ts";
import { asObject, asString, get } from "../json.ts";
import type { Manifest } from "../types.ts";
import { describeManifest } from "../types.ts";
import { HELM_GROUP, KUSTOMIZE_GROUP, SOURCE_GROUP, type ReconcileModel } from "./model.ts";
import { BUILT_IN_DATA, produced, reads, type DataKind, type ReadEnv } from "./operators.ts";

const dataKey = (kind: DataKind, namespace: string, name: string): string => `${kind}|${namespace}/${name}`;

/**
 * cert-manager's cluster resource namespace, where ClusterIssuer credentials are read: the
 * namespace of the HelmRelease of the component that provides cert-manager's CRDs (or its
 * clusterResourceNamespace value), else cert-manager's default deployment namespace.
 */
export function certManagerNamespace(model: ReconcileModel): ReadEnv["certManagerNamespace"] {
  for (const node of model.nodes.values()) {
    if (!node.declarations.provides.crds.some((k) => k.startsWith("cert-manager.io/"))) continue;
    const hr = node.objects.find((m) => m.group === HELM_GROUP && m.kind === "HelmRelease");
    if (!hr) continue;
    const explicit = asString(get(hr.object, "spec", "values", "clusterResourceNamespace"));
    const namespace = explicit ?? asString(get(hr.object, "spec", "targetNamespace")) ?? hr.namespace ?? "cert-manager";
    return { namespace, why: `${explicit ? "the clusterResourceNamespace value" : "the namespace"} of ${describeManifest(hr)} in ${node.name}, which provides cert-manager's CRDs` };
  }
  return { namespace: "cert-manager", why: "cert-manager's default, as no component provides cert-manager's CRDs" };
}

/** The sources the components' Flux Kustomizations pull from: the cluster's own artifact. */
export function rootSources(ctx: CheckContext, model: ReconcileModel): Manifest[] {
  const out: Manifest[] = [];
  for (const node of model.nodes.values()) {
    const ref = asObject(get(node.kustomization.object, "spec", "sourceRef"));
    const kind = asString(ref?.kind);
    const name = asString(ref?.name);
    if (!kind || !name) continue;
    const source = ctx.index.get(SOURCE_GROUP, kind, asString(ref?.namespace) ?? node.kustomization.namespace, name);
    if (source && !out.includes(source)) out.push(source);
  }
  return out;
}

/**
 * Every Secret and ConfigMap an object reads must exist by the time its component reconciles:
 * made by the component itself, a dependency (transitively), a bootstrap-phase component, or a
 * bootstrap secret. The cluster's own artifact source is read before any component exists, so
 * only the bootstrap may supply what it reads.
 */
export function checkSecrets(ctx: CheckContext, model: ReconcileModel): void {
  const producers = new Map<string, string[]>();
  const add = (key: string, component: string): void => {
    const list = producers.get(key) ?? [];
    if (!list.includes(component)) list.push(component);
    producers.set(key, list);
  };
  const bootstrapSecrets = new Set<string>();
  for (const node of model.nodes.values()) {
    for (const m of node.objects) for (const p of produced(m)) add(dataKey(p.kind, p.namespace, p.name), node.name);
    for (const s of node.declarations.provides.secrets) add(dataKey("Secret", s.namespace, s.name), node.name);
    for (const c of node.declarations.provides.configMaps) add(dataKey("ConfigMap", c.namespace, c.name), node.name);
    for (const s of node.declarations.bootstrapSecrets) bootstrapSecrets.add(dataKey("Secret", s.namespace, s.name));
  }
  const env: ReadEnv = { certManagerNamespace: certManagerNamespace(model) };
  const roots = rootSources(ctx, model);
  const bootstrapNodes = new Set([...model.nodes.values()].filter((n) => n.declarations.bootstrapPhase !== undefined).map((n) => n.name));
  for (const node of model.nodes.values()) {
    // The component's own Kustomization reads too (decryption, kubeConfig) when it reconciles.
    for (const m of [node.kustomization, ...node.objects]) {
      // The flux-system Kustomization inside a component applies flux/ itself: its reads are the root's too.
      const root = roots.includes(m) || (m.group === KUSTOMIZE_GROUP && m.kind === "Kustomization" && m.namespace === "flux-system" && m.name === "flux-system");
      const available = root ? bootstrapNodes : model.available(node.name);
      for (const r of reads(m, env)) {
        if (BUILT_IN_DATA.some((b) => b.kind === r.kind && b.name === r.name)) continue;
        const key = dataKey(r.kind, r.namespace, r.name);
        if (bootstrapSecrets.has(key)) continue;
        const by = producers.get(key) ?? [];
        if (by.some((c) => available.has(c))) continue;
        const what = `${r.kind} ${r.namespace}/${r.name}${r.namespaceNote ? ` (${r.namespaceNote})` : ""}`;
        if (root) {
          ctx.report({
            rule: "reconcile-bootstrap",
            at: m,
            field: r.field,
            problem: `the cluster's own artifact source reads ${what}, which must exist before Flux pulls anything, but no bootstrap phase or bootstrap secret creates it${by.length ? ` (only ${by.join(", ")}, applied from that artifact, does)` : ""}`,
            fix: `declare it in k8s-gitops.io/bootstrap-secrets so day zero creates it from 1Password before Flux starts`,
          });
          continue;
        }
        ctx.report({
          rule: "reconcile-secret",
          at: m,
          field: r.field,
          problem: `reads ${what}, which nothing creates before ${node.name} reconciles: no object or operator of ${node.name} or its dependencies writes it, and no bootstrap phase or bootstrap secret creates it${model.explainUnavailable(node.name, by)}`,
          fix: `depend on the component that creates it (an ExternalSecret, or provides.${r.kind === "Secret" ? "secrets" : "configMaps"} for what its operator writes), or declare it in k8s-gitops.io/bootstrap-secrets if the secret machinery itself needs it`,
        });
      }
    }
  }
}
