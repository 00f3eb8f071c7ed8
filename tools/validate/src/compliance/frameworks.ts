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
