import { ANNOTATIONS, withAnnotations } from "./annotations.ts";
import { ConfigError } from "./errors.ts";
import { describeObject, type Resource } from "./resource.ts";

/**
 * What each framework asks of stored data, as far as a rendered cluster can show it. The
 * retention figures are the record-keeping periods the regulations set; "encryption" and "tls"
 * mean the backup copy is encrypted at rest and travels over TLS.
 */
export const FRAMEWORKS = {
  gdpr: {
    title: "GDPR",
    retentionYears: 0,
    encryption: true,
    tls: true,
    immutableAudit: false,
    basis: "Art. 5(1)(e) storage limitation (a defined, finite retention); Art. 32 security of processing (encryption at rest and in transit)",
  },
  hipaa: {
    title: "HIPAA",
    retentionYears: 6,
    encryption: true,
    tls: true,
    immutableAudit: true,
    basis: "45 CFR 164.316(b)(2) six-year retention; 164.312(a)(2)(iv) and (e)(1) encryption; 164.308(a)(7) data backup plan; 164.312(c) integrity of audit records",
  },
  "pci-dss": {
    title: "PCI-DSS",
    retentionYears: 1,
    encryption: true,
    tls: true,
    immutableAudit: true,
    basis: "PCI DSS 4.0 req. 3.5 (stored data encrypted), 4.2 (strong cryptography in transit), 10.5.1 (audit logs kept 12 months), 10.3.2 (audit logs protected from modification)",
  },
  sox: {
    title: "SOX",
    retentionYears: 7,
    encryption: false,
    tls: true,
    immutableAudit: true,
    basis: "SOX section 802 and 17 CFR 210.2-06: audit records kept seven years, unaltered",
  },
} as const satisfies Record<string, FrameworkRules>;

export interface FrameworkRules {
  title: string;
  /** Minimum backup/record retention; 0 = a retention must be set but has no minimum. */
  retentionYears: number;
  encryption: boolean;
  tls: boolean;
  /** Audit data must sit on an immutable (object-locked) store. */
  immutableAudit: boolean;
  basis: string;
}

export type Framework = keyof typeof FRAMEWORKS;
export const FRAMEWORK_IDS = Object.keys(FRAMEWORKS) as Framework[];

export const CLASSIFICATIONS = ["public", "internal", "confidential", "restricted"] as const;
export type DataClassification = (typeof CLASSIFICATIONS)[number];

export function isFramework(value: string): value is Framework {
  return Object.hasOwn(FRAMEWORKS, value);
}

export function isClassification(value: string): value is DataClassification {
  return (CLASSIFICATIONS as readonly string[]).includes(value);
}

/** The strictest retention of a set of frameworks, with the framework that sets it. */
export function requiredRetention(frameworks: readonly Framework[]): { years: number; by: Framework[] } {
  const years = Math.max(0, ...frameworks.map((f) => FRAMEWORKS[f].retentionYears));
  return { years, by: frameworks.filter((f) => FRAMEWORKS[f].retentionYears === years && years > 0) };
}

export function titles(frameworks: readonly Framework[]): string {
  return frameworks.map((f) => FRAMEWORKS[f].title).join(", ");
}

/** "SOX requires" / "HIPAA, SOX require": the subject of a compliance message. */
export function requiredBy(frameworks: readonly Framework[]): string {
  return `${titles(frameworks)} ${frameworks.length === 1 ? "requires" : "require"}`;
}

/** Days in a retention unit: a year is 365 days, a month a twelfth of it. */
const UNIT_DAYS: Record<string, number> = { h: 1 / 24, d: 1, w: 7, m: 365 / 12, M: 365 / 12, y: 365 };

/**
 * A retention such as CNPG's retentionPolicy ("30d", "4w", "84m"), an object lock ("7y") or a
 * VictoriaLogs retentionPeriod ("1y", "400d"), in days; undefined when it is not one.
 * `m` means months (CNPG's unit), as does a bare number (VictoriaMetrics' convention).
 */
export function retentionDays(value: string): number | undefined {
  const m = /^\s*([1-9]\d*)\s*([hdwmMy]?)\s*$/.exec(value);
  if (!m) return undefined;
  return Number(m[1]) * (UNIT_DAYS[m[2] || "m"] ?? 0);
}

export function yearsToDays(years: number): number {
  return years * 365;
}

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
