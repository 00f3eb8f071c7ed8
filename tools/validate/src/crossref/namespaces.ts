import type { CheckContext } from "../context.ts";
import { asString, get } from "../json.ts";
import type { Manifest } from "../types.ts";

/**
 * Every namespace an object lives or installs into is created by the tree (a Namespace
 * object) or by the platform (kube-system, flux-system, ...): Flux would fail to apply it.
 */
export function checkNamespaces(ctx: CheckContext): void {
  const known = new Set([...ctx.platform.namespaces, ...ctx.index.kind("", "Namespace").map((m) => m.name)]);
  const check = (m: Manifest, ns: string | undefined, field: string): void => {
    if (!ns || known.has(ns)) return;
    ctx.report({ rule: "namespace", at: m, field, problem: `namespace ${ns} is not created by the cluster`, fix: `add namespace("${ns}") to the component that owns it` });
  };
  for (const m of ctx.tree.manifests) {
    check(m, m.namespace, "metadata.namespace");
    if (m.group === "helm.toolkit.fluxcd.io" && m.kind === "HelmRelease" && get(m.object, "spec", "install", "createNamespace") !== true) {
      check(m, asString(get(m.object, "spec", "targetNamespace")), "spec.targetNamespace");
    }
    if (m.group === "kustomize.toolkit.fluxcd.io" && m.kind === "Kustomization") {
      check(m, asString(get(m.object, "spec", "targetNamespace")), "spec.targetNamespace");
    }
  }
}
