import { ANNOTATIONS, type DataClassification, type Framework, isClassification, isFramework, type RuleId } from "@k8s-gitops/core";
import type { CheckContext } from "../context.ts";
import { annotations, asArray, asString, get } from "../json.ts";
import type { Manifest } from "../types.ts";

export type StoreKind = "postgres" | "volume" | "logs";

/** Something that keeps data: what compliance rules are evaluated against. */
export interface DataStore {
  at: Manifest;
  kind: StoreKind;
  /** For volumes: the claim name, or the prefix of a StatefulSet's claims (<template>-<statefulset>-). */
  claim?: { name: string; prefix: boolean };
  classification: DataClassification | undefined;
  frameworks: Framework[];
  auditData: boolean;
  objectLock: string | undefined;
}

/** One compliance rule evaluated on one store: passed when problem is undefined. */
export interface Evaluation {
  store: DataStore;
  rule: Extract<RuleId, "backup-schedule" | "backup-retention" | "backup-encryption" | "backup-tls" | "audit-immutability">;
  frameworks: Framework[];
  /** The object to fix, when not the store itself (e.g. its ScheduledBackup). */
  at?: Manifest;
  field: string;
  problem?: string;
  fix?: string;
}

const LOG_STORES = new Set(["VLSingle", "VLogs", "VLCluster"]);

function declaration(ctx: CheckContext, m: Manifest): Omit<DataStore, "at" | "kind" | "claim"> {
  const a = annotations(m.object);
  const rawClass = a[ANNOTATIONS.classification];
  const rawFrameworks = (a[ANNOTATIONS.compliance] ?? "").split(",").map((f) => f.trim().toLowerCase()).filter(Boolean);
  const field = (key: string) => `metadata.annotations["${key}"]`;
  const fix = "declare it with classifyData(resource, { classification, frameworks }) from @k8s-gitops/core";
  if (rawClass === undefined) {
    ctx.report({ rule: "data-classification", at: m, field: field(ANNOTATIONS.classification), problem: `the ${m.kind} keeps data but declares no data classification`, fix });
  } else if (!isClassification(rawClass)) {
    ctx.report({ rule: "data-classification", at: m, field: field(ANNOTATIONS.classification), problem: `"${rawClass}" is not a data classification`, fix: "use public, internal, confidential or restricted" });
  }
  for (const f of rawFrameworks.filter((x) => !isFramework(x))) {
    ctx.report({ rule: "data-classification", at: m, field: field(ANNOTATIONS.compliance), problem: `unknown compliance framework "${f}"`, fix: "use gdpr, hipaa, pci-dss or sox" });
  }
  return {
    classification: rawClass !== undefined && isClassification(rawClass) ? rawClass : undefined,
    frameworks: rawFrameworks.filter(isFramework),
    auditData: a[ANNOTATIONS.auditData] === "true",
    objectLock: a[ANNOTATIONS.objectLock],
  };
}

/**
 * The data stores of the tree: CloudNativePG clusters, PVCs, StatefulSets' claim templates and
 * VictoriaLogs stores. Each must declare its classification (reported here when it does not).
 */
export function dataStores(ctx: CheckContext): DataStore[] {
  const stores: DataStore[] = [];
  for (const m of ctx.tree.manifests) {
    if (m.group === "postgresql.cnpg.io" && m.kind === "Cluster") stores.push({ at: m, kind: "postgres", ...declaration(ctx, m) });
    else if (m.group === "" && m.kind === "PersistentVolumeClaim") stores.push({ at: m, kind: "volume", claim: { name: m.name, prefix: false }, ...declaration(ctx, m) });
    else if (m.group === "operator.victoriametrics.com" && LOG_STORES.has(m.kind)) stores.push({ at: m, kind: "logs", ...declaration(ctx, m) });
    else if (m.group === "apps" && m.kind === "StatefulSet") {
      const templates = asArray(get(m.object, "spec", "volumeClaimTemplates")).map((t) => asString(get(t, "metadata", "name"))).filter((n): n is string => !!n);
      if (templates.length === 0) continue;
      const d = declaration(ctx, m);
      for (const t of templates) stores.push({ at: m, kind: "volume", claim: { name: `${t}-${m.name}-`, prefix: true }, ...d });
    }
  }
  return stores;
}
