import type { CheckContext } from "../context.ts";
import { asArray, asObject, asString, get } from "../json.ts";
import type { JsonValue } from "../schema/types.ts";
import type { Manifest } from "../types.ts";

/** Where objects name a storage class: [group|kind, field path segments]. */
const CLASS_FIELDS: readonly { kind: string; path: (string | number)[]; field: string }[] = [
  { kind: "|PersistentVolumeClaim", path: ["spec", "storageClassName"], field: "spec.storageClassName" },
  { kind: "postgresql.cnpg.io|Cluster", path: ["spec", "storage", "storageClass"], field: "spec.storage.storageClass" },
  { kind: "postgresql.cnpg.io|Cluster", path: ["spec", "walStorage", "storageClass"], field: "spec.walStorage.storageClass" },
];

/**
 * Storage classes a chart creates from its values (rook-ceph-cluster's
 * cephBlockPools[].storageClass, openebs' hostpathClass, ...): an object under a key ending in
 * "storageClass" or "Class" with a name and not disabled.
 */
function chartClasses(values: JsonValue | undefined, out: Set<string>): void {
  if (Array.isArray(values)) return values.forEach((v) => chartClasses(v, out));
  const o = asObject(values);
  if (!o) return;
  for (const [k, v] of Object.entries(o)) {
    const inner = asObject(v);
    const name = asString(inner?.name);
    if (inner && name && /(storageclass|hostpathclass)$/i.test(k) && inner.enabled !== false) out.add(name);
    chartClasses(v, out);
  }
}

export function knownStorageClasses(ctx: CheckContext): Set<string> {
  const known = new Set(ctx.platform.storageClasses);
  for (const m of ctx.index.kind("storage.k8s.io", "StorageClass")) known.add(m.name);
  for (const m of ctx.index.kind("helm.toolkit.fluxcd.io", "HelmRelease")) chartClasses(get(m.object, "spec", "values"), known);
  return known;
}

/** Every storage class a claim names exists: in the tree, created by a chart, or a platform class. */
export function checkStorageClasses(ctx: CheckContext): void {
  const known = knownStorageClasses(ctx);
  const check = (m: Manifest, field: string, name: string | undefined): void => {
    // "" asks for no class (static binding); absent means the default class.
    if (!name || known.has(name)) return;
    ctx.report({
      rule: "storage-class",
      at: m,
      field,
      problem: `storage class "${name}" is not defined in the cluster (known: ${[...known].sort().join(", ") || "none"})`,
      fix: "use a class the storage components create (cluster values' storage classes)",
    });
  };
  for (const { kind, path, field } of CLASS_FIELDS) {
    const [group = "", k = ""] = kind.split("|");
    for (const m of ctx.index.kind(group, k)) check(m, field, asString(get(m.object, ...path)));
  }
  for (const m of ctx.index.kind("apps", "StatefulSet")) {
    asArray(get(m.object, "spec", "volumeClaimTemplates")).forEach((t, i) => check(m, `spec.volumeClaimTemplates[${i}].spec.storageClassName`, asString(get(t, "spec", "storageClassName"))));
  }
}
