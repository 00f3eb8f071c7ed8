import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { cluster, render } from "@k8s-gitops/core";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CRDS, PROMETHEUS_OPERATOR_VERSION, prometheusOperatorCrdObjects, prometheusOperatorCrds } from "../src/index.ts";

const vendored = resolve(import.meta.dirname, "../../../../vendor/crds/prometheus-operator", PROMETHEUS_OPERATOR_VERSION);

describe("prometheusOperatorCrds", () => {
  it("ships exactly the vendored CRDs, without status (crds/ is up to date with vendor/)", () => {
    const files = readdirSync(vendored).filter((f) => f.endsWith(".yaml")).sort();
    const shipped = readdirSync(resolve(import.meta.dirname, "../crds")).filter((f) => f.endsWith(".json")).sort();
    expect(shipped).toEqual(files.map((f) => f.replace(/\.yaml$/, ".json")));
    for (const f of files) {
      const { status: _status, ...crd } = parse(readFileSync(join(vendored, f), "utf8")) as Record<string, unknown>;
      expect(JSON.parse(readFileSync(resolve(import.meta.dirname, "../crds", f.replace(/\.yaml$/, ".json")), "utf8"))).toEqual(crd);
    }
  });

  it("serves every kind it declares and is installed in bootstrap phase 1, never pruned", () => {
    const c = prometheusOperatorCrds();
    expect(prometheusOperatorCrdObjects().map((crd) => `${crd.spec.group}/${crd.spec.names.kind}`).sort()).toEqual([...CRDS]);
    expect(c.bootstrapPhase).toBe(1);
    expect(c.prune).toBe(false);
    expect(c.dependsOn).toEqual([]);
  });

  it("renders one file per CRD", () => {
    const tree = render(cluster({ name: "test", values: {}, components: [prometheusOperatorCrds()] }));
    const files = [...tree.files.keys()].filter((p) => p.startsWith("components/prometheus-operator-crds/"));
    expect(files).toContain("components/prometheus-operator-crds/customresourcedefinition-servicemonitors.monitoring.coreos.com.yaml");
    expect(files.filter((p) => p.includes("customresourcedefinition-"))).toHaveLength(CRDS.length);
  });
});
