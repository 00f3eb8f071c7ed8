import { PersistentVolumeClaim } from "kubernetes-models/v1";
import { describe, expect, it } from "vitest";
import { ANNOTATIONS } from "../src/annotations.ts";
import { classifyData, requiredRetention, retentionDays } from "../src/compliance.ts";

describe("classifyData", () => {
  it("writes the annotations the compliance rules read, frameworks sorted", () => {
    const pvc = new PersistentVolumeClaim({ metadata: { name: "records", namespace: "app" }, spec: { accessModes: ["ReadWriteOnce"] } });
    const out = classifyData(pvc, { classification: "restricted", frameworks: ["sox", "gdpr", "sox"], auditData: true, objectLock: "7y" });
    expect(out).toBeInstanceOf(PersistentVolumeClaim);
    expect(out.metadata?.annotations).toEqual({
      [ANNOTATIONS.classification]: "restricted",
      [ANNOTATIONS.compliance]: "gdpr,sox",
      [ANNOTATIONS.auditData]: "true",
      [ANNOTATIONS.objectLock]: "7y",
    });
    expect(pvc.metadata?.annotations).toBeUndefined();
  });

  it("omits what is not declared", () => {
    const pvc = new PersistentVolumeClaim({ metadata: { name: "cache", namespace: "app" }, spec: {} });
    expect(classifyData(pvc, { classification: "internal" }).metadata?.annotations).toEqual({ [ANNOTATIONS.classification]: "internal" });
  });
});

describe("retention", () => {
  it("reads CNPG, object-lock and VictoriaLogs durations in days", () => {
    expect(retentionDays("30d")).toBe(30);
    expect(retentionDays("4w")).toBe(28);
    expect(retentionDays("84m")).toBeCloseTo(7 * 365);
    expect(retentionDays("7y")).toBe(2555);
    expect(retentionDays("12")).toBeCloseTo(365);
    expect(retentionDays("30 days")).toBeUndefined();
    expect(retentionDays("0d")).toBeUndefined();
  });

  it("takes the strictest framework minimum", () => {
    expect(requiredRetention(["gdpr", "hipaa", "sox"])).toEqual({ years: 7, by: ["sox"] });
    expect(requiredRetention(["gdpr"])).toEqual({ years: 0, by: [] });
  });
});
