import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { cluster, render } from "@k8s-gitops/core";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CRDS, FLUENT_OPERATOR_VERSION, fluentOperatorCrdObjects, fluentOperatorCrds } from "../src/index.ts";

const vendored = resolve(import.meta.dirname, "../../../../vendor/crds/fluent-operator", FLUENT_OPERATOR_VERSION);

describe("fluentOperatorCrds", () => {
  it("ships exactly the vendored CRDs, without status (crds/ is up to date with vendor/)", () => {
    const files = readdirSync(vendored).filter((f) => f.endsWith(".yaml")).sort();
    const shipped = readdirSync(resolve(import.meta.dirname, "../crds")).filter((f) => f.endsWith(".json")).sort();
    expect(shipped).toEqual(files.map((f) => f.replace(/\.yaml$/, ".json")));
    for (const f of files) {
      const { status: _status, ...crd } = parse(readFileSync(join(vendored, f), "utf8")) as Record<string, unknown>;
      expect(JSON.parse(readFileSync(resolve(import.meta.dirname, "../crds", f.replace(/\.yaml$/, ".json")), "utf8"))).toEqual(crd);
    }
  });

  it("serves every kind it declares, in bootstrap phase 1, never pruned", () => {
    const c = fluentOperatorCrds();
    expect(fluentOperatorCrdObjects().map((crd) => `${crd.spec.group}/${crd.spec.names.kind}`).sort()).toEqual([...CRDS]);
    expect(c.bootstrapPhase).toBe(1);
    expect(c.prune).toBe(false);
  });

  it("renders one file per CRD", () => {
    const tree = render(cluster({ name: "test", values: {}, components: [fluentOperatorCrds()] }));
    expect([...tree.files.keys()].filter((p) => p.startsWith("components/fluent-operator-crds/customresourcedefinition-"))).toHaveLength(CRDS.length);
  });
});
