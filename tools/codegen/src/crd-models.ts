import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export { CRD_MODELS, type CrdModelsTarget } from "./crd-model-targets.ts";
import type { CrdModelsTarget } from "./crd-model-targets.ts";

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else yield p;
  }
}

/** Names the generated code imports as values although they are types only. */
const TYPE_ONLY = /^(I[A-Z]\w*|ModelData|ValidateFunc|TypeMeta)$/;

/**
 * crd-generate writes extensionless relative imports and imports types as values; the
 * workspace compiles with NodeNext resolution and verbatimModuleSyntax, so both are fixed here
 * rather than loosening the compiler settings for everyone.
 */
export function fixModule(source: string, fileDir: string): string {
  const markTypes = (clause: string) =>
    clause.replace(/\{([^}]*)\}/, (_b, names: string) => {
      const parts = names.split(",").map((n) => n.trim()).filter(Boolean);
      return `{ ${parts.map((n) => (TYPE_ONLY.test(n) ? `type ${n}` : n)).join(", ")} }`;
    });
  return source.replace(/^(import|export)([^"';]*?)from "([^"]+)";/gm, (_m, verb: string, clause: string, spec: string) => {
    let target = spec;
    if (spec.startsWith("./") || spec.startsWith("../")) {
      try {
        if (statSync(join(fileDir, spec)).isDirectory()) target = `${spec}/index.js`;
      } catch {
        // Not a folder: a module file, named without its extension.
      }
      if (!/\.(js|ts)$/.test(target)) target = `${target}.js`;
    }
    return `${verb}${verb === "import" ? markTypes(clause) : clause}from "${target}";`;
  });
}

/** The installed @kubernetes-models/crd-generate: its package folder. */
function generatorDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve("@kubernetes-models/crd-generate")), "..");
}

/**
 * sha256 over everything a target's output depends on: its CRD files, the generator's version
 * and this file (the import fixer); not the target list, which lives in crd-model-targets.ts so that
 * adding one package's target does not re-stamp every other package's models. The generated files record it in their
 * header, so the staleness test can tell a stale model from its inputs in milliseconds instead
 * of running the generator (seconds, a child process) on every test run.
 */
export function crdModelsInputHash(crdsDir: string, target: CrdModelsTarget): string {
  const h = createHash("sha256");
  const pkg = JSON.parse(readFileSync(join(generatorDir(), "package.json"), "utf8")) as { name: string; version: string };
  h.update(`${pkg.name}@${pkg.version}\n`);
  h.update(readFileSync(fileURLToPath(import.meta.url)));
  for (const f of target.crds) {
    h.update(`\n${f}\n`);
    h.update(readFileSync(join(crdsDir, f)));
  }
  return h.digest("hex");
}

/** The header line that records the input hash (see crdModelsInputHash). */
export function inputHashLine(hash: string): string {
  return `// Inputs sha256: ${hash} (the CRDs above, the crd-generate version and tools/codegen/src/crd-models.ts)\n`;
}

/** Generates the models of one target; returns output-relative path -> content. */
export async function crdModels(crdsDir: string, target: CrdModelsTarget, header: string): Promise<Map<string, string>> {
  const work = mkdtempSync(join(tmpdir(), "crd-models-"));
  try {
    // The generator runs as its own CLI (CommonJS build): its ESM build does not load under
    // tsx (a default-import interop problem inside @kubernetes-models/generate).
    const cli = join(generatorDir(), "bin/crd-generate.js");
    const out = join(work, "out");
    const inputs = target.crds.flatMap((f) => ["--input", join(crdsDir, f)]);
    execFileSync(process.execPath, [cli, ...inputs, "--output", out], { stdio: ["ignore", "ignore", "inherit"] });
    const result = new Map<string, string>();
    for (const file of files(out)) {
      const rel = relative(out, file);
      const text = readFileSync(file, "utf8");
      if (rel.endsWith(".ts") && !rel.endsWith(".d.ts")) result.set(rel, `${header}${fixModule(text, join(file, ".."))}`);
      else result.set(rel, text);
    }
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
