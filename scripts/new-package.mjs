#!/usr/bin/env node
// Scaffolds a component package: ./dev node scripts/new-package.mjs <dir> <@k8s-gitops/name> "<description>" [dep@version ...]
// Writes package.json (workspace dependency on core, publishConfig for dist), tsconfigs and a README stub.
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const [dir, name, description, ...deps] = process.argv.slice(2);
if (!dir || !name?.startsWith("@k8s-gitops/") || !description) {
  console.error('usage: node scripts/new-package.mjs <dir> <@k8s-gitops/name> "<description>" [dep@version|@k8s-gitops/pkg ...]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, "..");
const abs = resolve(root, dir);
if (existsSync(join(abs, "package.json"))) {
  console.error(`${dir}/package.json exists already`);
  process.exit(1);
}
const rel = relative(abs, root) || ".";
const dependencies = { "@k8s-gitops/core": "workspace:*" };
for (const d of deps) {
  const at = d.lastIndexOf("@");
  if (d.startsWith("@k8s-gitops/")) dependencies[d] = "workspace:*";
  else if (at > 0) dependencies[d.slice(0, at)] = d.slice(at + 1);
  else throw new Error(`give an exact version: ${d}@x.y.z`);
}
const pkg = {
  name,
  version: "0.1.0",
  description,
  license: "Apache-2.0",
  type: "module",
  exports: { ".": "./src/index.ts" },
  publishConfig: { exports: { ".": { types: "./dist/index.d.ts", import: "./dist/index.js" } } },
  files: ["dist", "README.md", "CHANGELOG.md"],
  engines: { node: ">=22" },
  scripts: { build: "tsc -p tsconfig.build.json", lint: "publint --strict", typecheck: "tsc --noEmit -p tsconfig.json", test: "vitest run" },
  dependencies: Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b))),
  devDependencies: { "@types/node": "24.19.2", typescript: "5.9.3", vitest: "4.1.12" },
};
mkdirSync(join(abs, "src"), { recursive: true });
writeFileSync(join(abs, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
writeFileSync(
  join(abs, "tsconfig.json"),
  `${JSON.stringify({ extends: `${rel}/tsconfig.base.json`, compilerOptions: { noEmit: true }, include: ["src", "test"] }, null, 2)}\n`,
);
writeFileSync(
  join(abs, "tsconfig.build.json"),
  `${JSON.stringify({ extends: `${rel}/tsconfig.base.json`, compilerOptions: { outDir: "dist", rootDir: "src", noEmit: false }, include: ["src"], exclude: ["src/**/*.test.ts"] }, null, 2)}\n`,
);
if (!existsSync(join(abs, "README.md"))) writeFileSync(join(abs, "README.md"), `# ${name}\n\n${description}\n`);
console.log(`created ${dir}: run ./dev pnpm install`);
