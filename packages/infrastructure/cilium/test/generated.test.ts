import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHART_VALUES, chartValuesTypes } from "@k8s-gitops/codegen/src/chart-values.ts";
import { valuesHeader } from "@k8s-gitops/codegen/src/generate.ts";
import { REPO_ROOT } from "@k8s-gitops/codegen/src/vendor.ts";
import { valuesValidatorModule } from "@k8s-gitops/codegen/src/values-validator.ts";
import { describe, expect, it } from "vitest";
import { VENDOR } from "./vendor.ts";

// The committed generated files are what the codegen writes today: a schema or generator
// change without a regeneration fails here, not in a cluster.
const target = CHART_VALUES.find((t) => t.chart === "cilium");

describe("generated cilium values", () => {
  it("are listed in the codegen's charts, with a validator", () => {
    expect(target).toMatchObject({ version: "1.18.3", validator: "packages/infrastructure/cilium/src/generated/values-validator.ts" });
  });

  it("are up to date: the type and the standalone validator", async () => {
    if (!target?.validator) throw new Error("cilium is not in CHART_VALUES");
    const header = valuesHeader(target);
    const schemas = join(VENDOR, "schemas");
    expect(readFileSync(join(REPO_ROOT, target.out), "utf8")).toBe(await chartValuesTypes(schemas, target, header));
    const validator = readFileSync(join(REPO_ROOT, target.validator), "utf8");
    expect(validator === valuesValidatorModule(schemas, target, header)).toBe(true);
    // Standalone: no runtime import of ajv.
    expect(validator).not.toMatch(/\brequire\(|^import /m);
  });
});
