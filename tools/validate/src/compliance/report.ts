import { type Framework, FRAMEWORK_IDS, FRAMEWORKS, type RuleId } from "@k8s-gitops/core";
import { describeManifest, type Finding } from "../types.ts";
import type { Evaluation } from "./stores.ts";

export interface ComplianceCheck {
  rule: RuleId;
  status: "pass" | "fail" | "waived";
  object: string;
  field: string;
  problem?: string;
  fix?: string;
  /** The waiver's reason when waived. */
  reason?: string;
}

export interface StoreReport {
  object: string;
  component: string;
  classification: string | undefined;
  checks: ComplianceCheck[];
}

export interface FrameworkReport {
  framework: Framework;
  title: string;
  basis: string;
  stores: StoreReport[];
  failed: number;
  waived: number;
  /** No unwaived failure (vacuously true when no store is under the framework). */
  compliant: boolean;
}

/** The per-framework view of the evaluations, with waivers taken from the final findings. */
export function complianceReport(evaluations: readonly Evaluation[], findings: readonly Finding[]): FrameworkReport[] {
  return FRAMEWORK_IDS.map((framework) => {
    const stores = new Map<string, StoreReport>();
    for (const e of evaluations.filter((x) => x.frameworks.includes(framework))) {
      const storeName = describeManifest(e.store.at);
      const report = stores.get(storeName) ?? { object: storeName, component: e.store.at.component, classification: e.store.classification, checks: [] };
      stores.set(storeName, report);
      const object = describeManifest(e.at ?? e.store.at);
      if (e.problem === undefined) {
        report.checks.push({ rule: e.rule, status: "pass", object, field: e.field });
        continue;
      }
      const f = findings.find((x) => x.rule === e.rule && x.object === object && x.field === e.field && x.problem === e.problem);
      report.checks.push({ rule: e.rule, status: f?.waived ? "waived" : "fail", object, field: e.field, problem: e.problem, ...(e.fix ? { fix: e.fix } : {}), ...(f?.waived ? { reason: f.waived } : {}) });
    }
    const checks = [...stores.values()].flatMap((s) => s.checks);
    const failed = checks.filter((c) => c.status === "fail").length;
    return {
      framework,
      title: FRAMEWORKS[framework].title,
      basis: FRAMEWORKS[framework].basis,
      stores: [...stores.values()],
      failed,
      waived: checks.filter((c) => c.status === "waived").length,
      compliant: failed === 0,
    };
  });
}
