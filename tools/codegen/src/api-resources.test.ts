import { describe, expect, it } from "vitest";
import { kindsTable, renderApiResources, type ApiResourceInfo, type SchemaFacts } from "./api-resources.ts";

// The one kinds table joins two readings of the same vendored inputs; these cases pin what the
// join does and that a disagreement stops the generation instead of writing a wrong table.

const table = (): Map<string, ApiResourceInfo> =>
  new Map([
    ["core/Service", { scope: "Namespaced", versions: ["v1"], source: "kubernetes@1.34" }],
    ["example.io/Widget", { scope: "Cluster", versions: ["v1", "v1beta1"], source: "example@1.0.0" }],
  ]);

type KindFact = SchemaFacts["kinds"] extends ReadonlyMap<string, infer V> ? V : never;
type UnservedFact = SchemaFacts["unserved"] extends ReadonlyMap<string, infer V> ? V : never;

/** SchemaFacts with maps the cases can change. */
const facts = (): { kinds: Map<string, KindFact>; unserved: Map<string, UnservedFact> } => ({
  kinds: new Map<string, KindFact>([
    ["v1/Service", { module: "kubernetes", scope: "Namespaced", source: "kubernetes@1.34" }],
    ["example.io/v1/Widget", { module: "example.io", scope: "Cluster", source: "example@1.0.0" }],
    ["example.io/v1beta1/Widget", { module: "example.io", scope: "Cluster", source: "example@1.0.0", deprecated: "example.io/v1beta1 Widget is superseded by example.io/v1" }],
  ]),
  unserved: new Map<string, UnservedFact>([["example.io/v1alpha1/Widget", { served: ["v1", "v1beta1"], source: "example@1.0.0" }]]),
});

describe("kindsTable", () => {
  it("gives each group/kind its schema module, per-version deprecations and unserved versions", () => {
    const rows = kindsTable(table(), facts());
    expect(rows.get("core/Service")).toEqual({ scope: "Namespaced", versions: ["v1"], source: "kubernetes@1.34", schema: "kubernetes" });
    expect(rows.get("example.io/Widget")).toEqual({
      scope: "Cluster",
      versions: ["v1", "v1beta1"],
      source: "example@1.0.0",
      schema: "example.io",
      deprecated: { v1beta1: "example.io/v1beta1 Widget is superseded by example.io/v1" },
      unserved: ["v1alpha1"],
    });
  });

  it("refuses a served version without a schema", () => {
    const f = facts();
    f.kinds.delete("example.io/v1beta1/Widget");
    expect(() => kindsTable(table(), f)).toThrowError("kinds table: example.io/Widget has no schema for v1beta1");
  });

  it("refuses a schema for a version the table does not serve", () => {
    const f = facts();
    f.kinds.set("example.io/v2/Widget", { module: "example.io", scope: "Cluster", source: "example@1.0.0" });
    expect(() => kindsTable(table(), f)).toThrowError("kinds table: example.io/v2/Widget has a schema but is not a served version of example.io/Widget");
  });

  it("refuses a scope the two readings disagree on", () => {
    const f = facts();
    f.kinds.set("v1/Service", { module: "kubernetes", scope: "Cluster", source: "kubernetes@1.34" });
    expect(() => kindsTable(table(), f)).toThrowError("kinds table: v1/Service disagrees on scope or source");
  });

  it("renders rows sorted by key, optional fields only where set", () => {
    const text = renderApiResources(kindsTable(table(), facts()), "// header\n");
    expect(text).toContain(`  "core/Service": { scope: "Namespaced", versions: ["v1"], source: "kubernetes@1.34", schema: "kubernetes" },\n  "example.io/Widget": {`);
    expect(text).toContain(`unserved: ["v1alpha1"] },`);
  });
});
