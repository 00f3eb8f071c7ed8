#!/usr/bin/env node
// Keeps the libraries' build configs a TypeScript project-reference graph that mirrors the
// workspace's dependency graph:
//
//   ./dev node scripts/sync-build-references.mjs           write what is out of date
//   ./dev node scripts/sync-build-references.mjs --check   list it and exit 1 (the tests run this)
//
// Every project with a tsconfig.build.json becomes `composite` and references the build config of
// each workspace package it depends on (dependencies, peer and dev, as Nx's graph does); the root
// tsconfig.build.json references them all. `tsc -b tsconfig.build.json` then builds every library
// in one process: each project is checked once and its dependants read its .d.ts, where a `tsc
// -p` per package re-checked the sources of every workspace package it imports (their exports
// point at src/*.ts) and parsed the same model typings again in each process (about 5x longer on
// 2 cores). A reference missing here is an error in tsc -b, not a slow build.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values: flags } = parseArgs({ options: { check: { type: "boolean" }, root: { type: "string" }, help: { type: "boolean", short: "h" } } });
if (flags.help) {
  process.stdout.write("usage: node scripts/sync-build-references.mjs [--check] [--root <workspace>]\n");
  process.exit(0);
}
const root = resolve(flags.root ?? join(import.meta.dirname, ".."));
const BUILD = "tsconfig.build.json";

/** The folders pnpm-workspace.yaml's `packages` globs name (only `dir` and `dir/*` forms are used). */
function workspaceDirs() {
  const text = readFileSync(join(root, "pnpm-workspace.yaml"), "utf8");
  const block = /^packages:\n((?:[ \t]+-.*\n?)+)/m.exec(text)?.[1] ?? "";
  const globs = [...block.matchAll(/-\s*["']?([^"'\s#]+)/g)].map((m) => m[1]);
  const dirs = [];
  for (const g of globs) {
    if (!g.endsWith("/*")) {
      dirs.push(g);
      continue;
    }
    const parent = join(root, g.slice(0, -2));
    if (!existsSync(parent)) continue;
    for (const e of readdirSync(parent, { withFileTypes: true })) if (e.isDirectory()) dirs.push(`${g.slice(0, -2)}/${e.name}`);
  }
  return dirs.filter((d) => existsSync(join(root, d, "package.json"))).sort();
}

const packages = new Map(); // name -> { dir, deps }
for (const dir of workspaceDirs()) {
  const pkg = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
  const deps = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
  packages.set(pkg.name, { dir, deps, built: existsSync(join(root, dir, BUILD)) });
}

const stale = [];
/** Writes `file` when its JSON differs from `want` (formatted as the repository's JSON files). */
function sync(file, want) {
  const path = join(root, file);
  const text = `${JSON.stringify(want, null, 2)}\n`;
  const current = existsSync(path) ? readFileSync(path, "utf8") : "";
  if (current === text) return;
  stale.push(file);
  if (!flags.check) writeFileSync(path, text);
}

const libraries = [...packages.values()].filter((p) => p.built);
for (const p of libraries) {
  const file = `${p.dir}/${BUILD}`;
  const config = JSON.parse(readFileSync(join(root, file), "utf8"));
  const references = [...p.deps]
    .map((name) => packages.get(name))
    .filter((d) => d?.built)
    .map((d) => ({ path: relative(join(root, p.dir), join(root, d.dir, BUILD)) }))
    .sort((a, b) => a.path.localeCompare(b.path));
  const { references: _old, ...rest } = config;
  // composite: tsc -b needs it of a referenced project. tsc -b trusts the .tsbuildinfo alone (it
  // does not look for the outputs), so it lives in dist/ with them: removing dist/ rebuilds, and
  // Nx caches and restores the two together. The tarball leaves it out (package.json `files`).
  const compilerOptions = { ...rest.compilerOptions, composite: true, tsBuildInfoFile: "dist/tsconfig.build.tsbuildinfo" };
  sync(file, { ...rest, compilerOptions, ...(references.length > 0 ? { references } : {}) });
}
sync(BUILD, {
  // The libraries only: the clusters are rendered by gitops, not compiled.
  files: [],
  references: libraries.map((p) => ({ path: `${p.dir}/${BUILD}` })),
});

if (stale.length > 0 && flags.check) {
  process.stderr.write(
    `the build configs do not follow the workspace's dependencies:\n${stale.map((f) => `  ${f}`).join("\n")}\nrun: ./dev node scripts/sync-build-references.mjs\n`,
  );
  process.exit(1);
}
if (stale.length > 0) process.stdout.write(`wrote ${stale.length} build configs:\n${stale.map((f) => `  ${f}`).join("\n")}\n`);
