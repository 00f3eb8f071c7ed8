import { join } from "node:path";
import { ciliumResources, crdResources, groupKindKey, kindsTable, kubernetesResources, renderApiResources, type ApiResourceInfo } from "./api-resources.ts";
import { CHART_VALUES, chartValuesTypes, type ChartValuesTarget } from "./chart-values.ts";
import { CRD_MODELS, crdModels, crdModelsInputHash, inputHashLine, type CrdModelsTarget } from "./crd-models.ts";
import { NOT_VENDORED } from "./not-vendored.ts";
import { readTalosSchema, TALOS_SCHEMA, TALOS_TYPES_OUT, TALOS_VALIDATORS_OUT, talosTypes, talosValidators } from "./talos.ts";
import { generateValidators, SWAGGER, VALIDATORS_DIR, type GeneratedValidators } from "./validators.ts";
import { valuesValidatorModule } from "./values-validator.ts";
import { generatedHeader, VENDOR_DIR, vendored } from "./vendor.ts";

export const TARGETS = ["api-resources", "values", "validators", "talos", "crd-models"] as const;
export type Target = (typeof TARGETS)[number];

export const API_RESOURCES_OUT = "packages/core/src/generated/api-resources.ts";

/** A folder a target owns: files in it that the target does not generate are stale (removed). */
export interface OwnedDir {
  dir: string;
  /** Files the target leaves alone although it does not generate them (folder-relative). */
  keep: readonly string[];
}

export interface Generated {
  /** Repository-relative path -> content. */
  files: Map<string, string>;
  owned: OwnedDir[];
}

export function valuesHeader(t: Pick<ChartValuesTarget, "chart" | "version">): string {
  return generatedHeader("values", vendored(`schemas/helm/${t.chart}/${t.version}/values.schema.json`));
}

export function crdModelsHeader(t: CrdModelsTarget, vendorDir = VENDOR_DIR): string {
  return `${generatedHeader("crd-models", `${vendored("crds")} (${t.crds.join(", ")})`)}${inputHashLine(crdModelsInputHash(join(vendorDir, "crds"), t))}`;
}

function validatorsHeader(): string {
  return generatedHeader("validators", `${vendored(SWAGGER)} and ${vendored("crds")}`);
}

/** Schema modules of groups whose CRDs are not vendored: committed once, never regenerated. */
const KEPT_MODULES = NOT_VENDORED.map((g) => `${g.schema}.json`);

/**
 * Everything the given targets generate, in memory: the CLI writes it, the staleness test
 * compares it with the committed files. Reads only vendor/.
 */
export async function generate(targets: ReadonlySet<Target>, vendorDir = VENDOR_DIR): Promise<Generated> {
  const files = new Map<string, string>();
  const owned: OwnedDir[] = [];
  let validators: GeneratedValidators | undefined;
  // api-resources needs what the validators generator learns per version (module, deprecation).
  const schemaFacts = () => (validators ??= generateValidators(vendorDir, validatorsHeader()));

  if (targets.has("api-resources")) {
    const table = new Map<string, ApiResourceInfo>();
    kubernetesResources(join(vendorDir, SWAGGER), table);
    crdResources(join(vendorDir, "crds"), table);
    ciliumResources(join(vendorDir, "crds/cilium"), table);
    const rows = kindsTable(table, schemaFacts());
    for (const g of NOT_VENDORED) {
      for (const kind of g.kinds) {
        const key = groupKindKey(g.group, kind);
        if (rows.has(key)) throw new Error(`${key} is vendored now: remove it from not-vendored.ts`);
        rows.set(key, { scope: g.scope, versions: [...g.versions], source: g.source, schema: g.schema });
      }
    }
    const from = `${vendored(SWAGGER)} and ${vendored("crds")} (${NOT_VENDORED.map((g) => g.group).join(", ")}: tools/codegen/src/not-vendored.ts)`;
    files.set(API_RESOURCES_OUT, renderApiResources(rows, generatedHeader("api-resources", from)));
  }
  if (targets.has("values")) {
    for (const t of CHART_VALUES) {
      const header = valuesHeader(t);
      files.set(t.out, await chartValuesTypes(join(vendorDir, "schemas"), t, header));
      if (t.validator) files.set(t.validator, valuesValidatorModule(join(vendorDir, "schemas"), t, header));
    }
  }
  if (targets.has("validators")) {
    for (const [rel, content] of schemaFacts().files) files.set(rel, content);
    owned.push({ dir: VALIDATORS_DIR, keep: KEPT_MODULES });
  }
  if (targets.has("talos")) {
    const raw = readTalosSchema(vendorDir);
    const header = generatedHeader("talos", vendored(TALOS_SCHEMA));
    files.set(TALOS_TYPES_OUT, await talosTypes(raw, header));
    files.set(TALOS_VALIDATORS_OUT, talosValidators(raw, header));
  }
  if (targets.has("crd-models")) {
    for (const t of CRD_MODELS) {
      const header = crdModelsHeader(t, vendorDir);
      for (const [rel, content] of await crdModels(join(vendorDir, "crds"), t, header)) files.set(join(t.out, rel), content);
      owned.push({ dir: t.out, keep: [] });
    }
  }
  return { files, owned };
}
