import type { CheckContext } from "../context.ts";
import { asArray, asString, get, labels } from "../json.ts";
import type { JsonValue } from "../schema/types.ts";
import type { Manifest } from "../types.ts";
import { podTemplates } from "../workloads.ts";

export const CLUSTER_LABEL = "k8s-gitops.io/cluster";
const HOSTNAME_LABEL = "kubernetes.io/hostname";

function isChart(m: Manifest, chart: string): boolean {
  return (
    m.group === "helm.toolkit.fluxcd.io" &&
    m.kind === "HelmRelease" &&
    (m.name === chart || asString(get(m.object, "spec", "chart", "spec", "chart")) === chart || asString(get(m.object, "spec", "chartRef", "name")) === chart)
  );
}

/**
 * The cluster a tree's objects say they belong to: the label of the cluster's root Flux
 * Kustomization (flux-system), else the one value every labelled object agrees on.
 */
export function labelledCluster(manifests: readonly Manifest[]): string | undefined {
  const root = manifests.find((m) => m.group === "kustomize.toolkit.fluxcd.io" && m.kind === "Kustomization" && m.name === "flux-system");
  const rootLabel = root ? labels(root.object)[CLUSTER_LABEL] : undefined;
  if (rootLabel !== undefined) return rootLabel;
  const values = new Set(manifests.map((m) => labels(m.object)[CLUSTER_LABEL]).filter((v) => v !== undefined));
  return values.size === 1 ? [...values][0] : undefined;
}

/**
 * Values wired to the wrong cluster: an object labelled for another cluster, or Cilium told
 * it is another cluster (its cluster.name feeds ClusterMesh identities).
 */
export function checkClusterIdentity(ctx: CheckContext): void {
  const cluster = ctx.tree.cluster;
  for (const m of ctx.tree.manifests) {
    const label = labels(m.object)[CLUSTER_LABEL];
    if (label !== undefined && label !== cluster) {
      ctx.report({ rule: "cluster-identity", at: m, field: `metadata.labels["${CLUSTER_LABEL}"]`, problem: `labelled for cluster ${label}, but this is cluster ${cluster}`, fix: "build the object from this cluster's values" });
    }
    if (isChart(m, "cilium")) {
      const name = asString(get(m.object, "spec", "values", "cluster", "name"));
      if (name !== undefined && name !== cluster) {
        ctx.report({ rule: "cluster-identity", at: m, field: "spec.values.cluster.name", problem: `Cilium is told it is cluster ${name}, but this is cluster ${cluster}`, fix: "pass this cluster's values to the cilium component" });
      }
    }
  }
}

/** Node names (Rook storage nodes, hostname selectors) are nodes of the cluster, as Talos names them. */
export function checkNodeNames(ctx: CheckContext): void {
  const nodes = new Set(ctx.platform.nodes);
  if (nodes.size === 0) return;
  const check = (m: Manifest, field: string, name: JsonValue | undefined): void => {
    if (typeof name !== "string" || nodes.has(name)) return;
    ctx.report({ rule: "node-name", at: m, field, problem: `node "${name}" is not a node of cluster ${ctx.tree.cluster} (nodes: ${[...nodes].join(", ")})`, fix: "take node names from the cluster's Talos node list" });
  };
  for (const m of ctx.index.kind("ceph.rook.io", "CephCluster")) {
    asArray(get(m.object, "spec", "storage", "nodes")).forEach((n, i) => check(m, `spec.storage.nodes[${i}].name`, get(n, "name")));
  }
  for (const m of ctx.tree.manifests.filter((x) => isChart(x, "rook-ceph-cluster"))) {
    asArray(get(m.object, "spec", "values", "cephClusterSpec", "storage", "nodes")).forEach((n, i) => check(m, `spec.values.cephClusterSpec.storage.nodes[${i}].name`, get(n, "name")));
  }
  for (const t of podTemplates(ctx.tree.manifests)) {
    const base = t.path ? `${t.path}.spec` : "spec";
    check(t.at, `${base}.nodeSelector["${HOSTNAME_LABEL}"]`, get(t.spec, "nodeSelector", HOSTNAME_LABEL));
    asArray(get(t.spec, "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms")).forEach((term, i) => {
      asArray(get(term, "matchExpressions")).forEach((e, j) => {
        if (get(e, "key") !== HOSTNAME_LABEL) return;
        asArray(get(e, "values")).forEach((v, k) => check(t.at, `${base}.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[${i}].matchExpressions[${j}].values[${k}]`, v));
      });
    });
  }
}
