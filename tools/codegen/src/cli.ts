import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { parseArgs } from "node:util";
import { ciliumResources, crdResources, kubernetesResources, renderApiResources, type ApiResourceInfo } from "./api-resources.ts";
import { CHART_VALUES, chartValuesTypes } from "./chart-values.ts";
import { CRD_MODELS, crdModels } from "./crd-models.ts";
import { generatedHeader, REPO_ROOT, sharedDir } from "./shared.ts";
import { valuesValidatorModule } from "./values-validator.ts";
import { generateValidators, VALIDATORS_DIR } from "./validators.ts";
import { readTalosSchema, TALOS_SCHEMA, TALOS_TYPES_OUT, TALOS_VALIDATORS_OUT, talosTypes, talosValidators } from "./talos.ts";

const HELP = `k8s-gitops-codegen: regenerate the committed models and tables from the shared schemas

Usage: k8s-gitops-codegen [--shared DIR] <target>

Targets:
  api-resources   packages/core/src/generated/api-resources.ts (scope and versions of every kind)
  values          chart values types (and runtime validators where asked) from shared/schemas/helm/<chart>/<version>/values.schema.json
  validators      tools/validate/src/schema/generated/ (strict schema modules of every served kind)
  talos           packages/talos/src/generated: Talos config types and a standalone strict validator
  crd-models      typed models of the CRDs a base package owns (packages/bases/*/src/generated/models)
  all             every target above

Options:
  --shared DIR    the shared folder with crds/ and schemas/ (default: $K8S_GITOPS_SHARED or ../shared)
  -h, --help      this text
`;

function write(rel: string, content: string): void {
  const file = join(REPO_ROOT, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  console.log(`wrote ${rel} (${content.length} bytes)`);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { shared: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  const target = positionals[0];
  if (values.help || !target) {
    process.stdout.write(HELP);
    process.exit(target || values.help ? 0 : 2);
  }
  const shared = sharedDir(values.shared);
  const from = (p: string) => `shared/${relative(shared, p)}`;
  const targets = ["api-resources", "values", "validators", "talos", "crd-models"];
  if (target !== "all" && !targets.includes(target)) throw new Error(`unknown target ${target}\n\n${HELP}`);
  const run = new Set(target === "all" ? targets : [target]);

  if (run.has("api-resources")) {
    const table = new Map<string, ApiResourceInfo>();
    const swagger = join(shared, "schemas/kubernetes/v1.34/swagger.json");
    kubernetesResources(swagger, table);
    crdResources(join(shared, "crds"), table);
    ciliumResources(join(shared, "crds/cilium"), table);
    write("packages/core/src/generated/api-resources.ts", renderApiResources(table, generatedHeader("api-resources", `${from(swagger)} and shared/crds`)));
  }
  if (run.has("values")) {
    for (const t of CHART_VALUES) {
      const header = generatedHeader("values", `shared/schemas/helm/${t.chart}/${t.version}/values.schema.json`);
      write(t.out, await chartValuesTypes(join(shared, "schemas"), t, header));
      if (t.validator) write(t.validator, valuesValidatorModule(join(shared, "schemas"), t, header));
    }
  }
  if (run.has("validators")) {
    const started = performance.now();
    const { files, kinds } = generateValidators(shared, generatedHeader("validators", "shared/schemas/kubernetes/v1.34/swagger.json and shared/crds"));
    rmSync(join(REPO_ROOT, VALIDATORS_DIR), { recursive: true, force: true });
    for (const [rel, content] of files) write(rel, content);
    console.log(`validators: ${kinds} kinds in ${Math.round(performance.now() - started)} ms`);
  }
  if (run.has("talos")) {
    const raw = readTalosSchema(shared);
    write(TALOS_TYPES_OUT, await talosTypes(raw, generatedHeader("talos", `shared/${TALOS_SCHEMA}`)));
    write(TALOS_VALIDATORS_OUT, talosValidators(raw, generatedHeader("talos", `shared/${TALOS_SCHEMA}`)));
  }
  if (run.has("crd-models")) {
    for (const t of CRD_MODELS) {
      const files = await crdModels(join(shared, "crds"), t, generatedHeader("crd-models", `shared/crds (${t.crds.join(", ")})`));
      rmSync(join(REPO_ROOT, t.out), { recursive: true, force: true });
      for (const [rel, content] of files) write(join(t.out, rel), content);
    }
  }
}

main().catch((err: unknown) => {
  console.error(`codegen: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
