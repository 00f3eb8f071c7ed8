import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { parseArgs } from "node:util";
import { generate, TARGETS, type Target } from "./generate.ts";
import { REPO_ROOT } from "./vendor.ts";

const HELP = `k8s-gitops-codegen: regenerate the committed models and tables from vendor/

Usage: k8s-gitops-codegen <target>

Targets:
  api-resources   packages/core/src/generated/api-resources.ts: the kinds table (scope, served versions,
                  schema module, deprecations) that core's render and @k8s-gitops/validate read
  values          chart values types (and runtime validators where asked) from vendor/schemas/helm/<chart>/<version>/values.schema.json
  validators      tools/validate/src/schema/generated/ (strict schema modules of every served kind)
  talos           packages/talos/src/generated: Talos config types and a standalone strict validator
  crd-models      typed models of the CRDs a base package owns (packages/bases/*/src/generated/models)
  all             every target above

Inputs: vendor/ only (see vendor/README.md and vendor/SOURCES.md).

Options:
  -h, --help      this text
`;

function* filesUnder(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* filesUnder(p);
    else yield p;
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
  const target = positionals[0];
  if (values.help || !target) {
    process.stdout.write(HELP);
    process.exit(target || values.help ? 0 : 2);
  }
  const isTarget = (t: string): t is Target => (TARGETS as readonly string[]).includes(t);
  if (target !== "all" && !isTarget(target)) throw new Error(`unknown target ${target}\n\n${HELP}`);
  const started = performance.now();
  const { files, owned } = await generate(new Set(target === "all" ? TARGETS : [target]));
  // Files a target no longer generates in a folder it owns (a kind or model that went away).
  for (const { dir, keep } of owned) {
    for (const file of filesUnder(join(REPO_ROOT, dir))) {
      const rel = relative(REPO_ROOT, file);
      if (!files.has(rel) && !keep.includes(relative(join(REPO_ROOT, dir), file))) {
        rmSync(file);
        console.log(`removed ${rel}`);
      }
    }
  }
  for (const [rel, content] of files) {
    const file = join(REPO_ROOT, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    console.log(`wrote ${rel} (${content.length} bytes)`);
  }
  console.log(`codegen ${target}: ${files.size} files in ${Math.round(performance.now() - started)} ms`);
}

main().catch((err: unknown) => {
  console.error(`codegen: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
