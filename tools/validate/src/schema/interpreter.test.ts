import { describe, expect, it } from "vitest";
import { validateAgainst } from "./interpreter.ts";
import type { Schema } from "./types.ts";

const none = (ref: string): Schema => {
  throw new Error(`unexpected ref ${ref}`);
};

const closed: Schema = {
  type: "object",
  required: ["name"],
  properties: { name: { type: "string" }, port: { format: "int-or-string" }, size: { format: "quantity" }, labels: { type: "object", additionalProperties: { type: "string" } } },
  additionalProperties: false,
};

describe("validateAgainst", () => {
  it("rejects unknown fields of a closed object and suggests the closest", () => {
    const issues = validateAgainst({ name: "a", lables: {} }, closed, "spec", none);
    expect(issues).toEqual([{ path: "spec.lables", problem: 'unknown field "lables"', fix: expect.stringContaining('did you mean "labels"?') }]);
  });

  it("accepts open maps and checks their values", () => {
    expect(validateAgainst({ name: "a", labels: { "app.kubernetes.io/name": "x" } }, closed, "", none)).toEqual([]);
    const issues = validateAgainst({ name: "a", labels: { tier: 1 } }, closed, "", none);
    expect(issues.map((i) => i.path)).toEqual(["labels.tier"]);
    expect(issues[0]?.fix).toContain("quote it");
  });

  it("reports missing required fields at their own path", () => {
    expect(validateAgainst({}, closed, "spec", none)).toEqual([{ path: "spec.name", problem: "required field is missing", fix: "set it" }]);
  });

  it("takes integers and strings for int-or-string, nothing else", () => {
    expect(validateAgainst({ name: "a", port: 8080 }, closed, "", none)).toEqual([]);
    expect(validateAgainst({ name: "a", port: "http" }, closed, "", none)).toEqual([]);
    expect(validateAgainst({ name: "a", port: 80.5 }, closed, "", none)[0]?.problem).toContain("expected an integer or a string");
  });

  it("takes numbers and Kubernetes quantity strings for quantities", () => {
    for (const ok of [1, 0.5, "500m", "1.5", "256Mi", "10Gi", "1e3"]) expect(validateAgainst({ name: "a", size: ok }, closed, "", none)).toEqual([]);
    for (const bad of ["128MB", "1 Gi", "", "Gi"]) expect(validateAgainst({ name: "a", size: bad }, closed, "", none)[0]?.problem).toContain("is not a quantity");
  });

  it("rejects null unless the schema is nullable", () => {
    expect(validateAgainst(null, { type: "string" }, "x", none)[0]?.problem).toBe("null is not allowed here");
    expect(validateAgainst(null, { type: "string", nullable: true }, "x", none)).toEqual([]);
  });

  it("checks enums, patterns, bounds and list sizes", () => {
    const s: Schema = {
      type: "object",
      properties: {
        mode: { type: "string", enum: ["a", "b"] },
        name: { type: "string", pattern: "^[a-z]+$", maxLength: 5 },
        n: { type: "integer", minimum: 1, maximum: 3 },
        list: { type: "array", minItems: 1, items: { type: "string" } },
      },
      additionalProperties: false,
    };
    const issues = validateAgainst({ mode: "c", name: "ABCDEFG", n: 4, list: [] }, s, "", none);
    expect(issues.map((i) => i.path)).toEqual(["mode", "name", "name", "n", "list"]);
  });

  it("needs one anyOf branch and exactly one oneOf branch, branches do not close objects", () => {
    const s: Schema = {
      type: "object",
      properties: { a: { type: "string" }, b: { type: "string" } },
      additionalProperties: false,
      oneOf: [{ required: ["a"] }, { required: ["b"] }],
    };
    expect(validateAgainst({ a: "x" }, s, "", none)).toEqual([]);
    expect(validateAgainst({ a: "x", b: "y" }, s, "", none)[0]?.problem).toContain("more than one");
    expect(validateAgainst({}, s, "", none)[0]?.problem).toContain("matches none of the allowed forms");
  });

  it("follows $ref through the module's definitions", () => {
    const defs: Record<string, Schema> = { Port: { type: "integer", maximum: 65535 } };
    const issues = validateAgainst({ p: 70000 }, { type: "object", properties: { p: { $ref: "Port" } } }, "", (r) => defs[r]!);
    expect(issues[0]).toMatchObject({ path: "p", problem: "70000 is above the maximum 65535" });
  });

  it("writes non-identifier keys in brackets", () => {
    const issues = validateAgainst({ "k8s-gitops.io/x": 1 }, { type: "object", additionalProperties: { type: "string" } }, "metadata.annotations", none);
    expect(issues[0]?.path).toBe('metadata.annotations["k8s-gitops.io/x"]');
  });
});
