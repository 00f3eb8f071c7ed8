import { ConfigError, describeObject, type Resource } from "@k8s-gitops/core";
import { ANNOTATIONS, withAnnotations } from "../annotations.ts";
import { retentionDays } from "./duration.ts";
import type { DataClassification, Framework } from "./frameworks.ts";

/** What a data store declares about the data it holds. */
export interface DataDeclaration {
  classification: DataClassification;
  /** The frameworks whose rules apply to the data (none for data no regulation covers). */
  frameworks?: readonly Framework[];
  /** The store holds audit trail data: frameworks that require it unaltered check its object lock. */
  auditData?: boolean;
  /**
   * Object lock (WORM) retention of the bucket its backups or logs are written to, e.g. "7y".
   * The lock lives on the bucket outside the cluster; the store declares it so the build can
   * compare it with what the frameworks require.
   */
  objectLock?: `${number}${"d" | "w" | "m" | "y"}`;
}

/**
 * Declares a data store's classification and frameworks (CNPG Cluster, PVC, StatefulSet,
 * VictoriaLogs): the annotations the backup compliance rules read.
 *
 *   classifyData(cluster, { classification: "restricted", frameworks: ["gdpr", "sox"], auditData: true, objectLock: "7y" })
 */
export function classifyData<T extends Resource>(resource: T, d: DataDeclaration): T {
  if (d.objectLock !== undefined && retentionDays(d.objectLock) === undefined) {
    throw new ConfigError(`objectLock "${d.objectLock}" is not a duration such as 7y or 400d`, { object: describeObject(resource) });
  }
  const frameworks = [...new Set(d.frameworks ?? [])].sort();
  return withAnnotations(resource, {
    [ANNOTATIONS.classification]: d.classification,
    ...(frameworks.length ? { [ANNOTATIONS.compliance]: frameworks.join(",") } : {}),
    ...(d.auditData ? { [ANNOTATIONS.auditData]: "true" } : {}),
    ...(d.objectLock ? { [ANNOTATIONS.objectLock]: d.objectLock } : {}),
  });
}
