#!/usr/bin/env node
// Scaffolds a component package in the shape of packages/README.md (the component contract):
//
//   ./dev node scripts/new-package.mjs <dir> <@k8s-gitops/name> "<description>" [--chart oci://host/path/<chart>@<version>] [dep@version ...]
//
// Writes package.json (@k8s-gitops/core as a peer dependency, a workspace dev dependency),
// tsconfigs, src/index.ts with `chart`, `defaults` and one builder, a test that renders it and
// proves a nested values override keeps the sibling defaults, and a README. Then: ./dev pnpm install.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values: flags, positionals } = parseArgs({ allowPositionals: true, options: { chart: { type: "string" }, help: { type: "boolean", short: "h" } } });
const [dir, name, description, ...deps] = positionals;
if (flags.help || !dir || !name?.startsWith("@k8s-gitops/") || !description) {
  process.stderr.write('usage: node scripts/new-package.mjs <dir> <@k8s-gitops/name> "<description>" [--chart oci://host/path/<chart>@<version>] [dep@version|@k8s-gitops/pkg ...]\n');
  process.exit(flags.help ? 0 : 2);
}
const root = resolve(import.meta.dirname, "..");
const abs = resolve(root, dir);
if (existsSync(join(abs, "package.json"))) {
  process.stderr.write(`${dir}/package.json exists already\n`);
  process.exit(1);
}
const CORE = "workspace:*";
const dependencies = {};
for (const d of deps) {
  const at = d.lastIndexOf("@");
  if (d.startsWith("@k8s-gitops/")) dependencies[d] = "workspace:*";
  else if (at > 0) dependencies[d.slice(0, at)] = d.slice(at + 1);
  else {
    process.stderr.write(`give an exact version: ${d}@x.y.z\n`);
    process.exit(2);
  }
}
const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
const pkg = {
  name,
  version: "0.1.0",
  description,
  license: "Apache-2.0",
  // npm provenance ties a tarball to this repository: the URL must be the one the release runs in.
  repository: { type: "git", url: "git+https://github.com/monosense-io/k8s-gitops.git", directory: relative(root, abs) },
  type: "module",
  exports: { ".": "./src/index.ts" },
  publishConfig: { exports: { ".": { types: "./dist/index.d.ts", import: "./dist/index.js" } } },
  files: ["dist", "!dist/tsconfig.build.tsbuildinfo", "README.md", "CHANGELOG.md"],
  engines: { node: ">=22" },
  scripts: { build: "tsc -b tsconfig.build.json", lint: "biome lint . && publint --strict", typecheck: "tsc --noEmit -p tsconfig.json", test: "vitest run" },
  // One copy of core in a consumer's project: instanceof and the component registry are core's.
  peerDependencies: { "@k8s-gitops/core": "workspace:^" },
  dependencies: sorted({ "@kubernetes-models/flux-cd": "4.0.0", "kubernetes-models": "5.1.0", ...dependencies }),
  devDependencies: { "@k8s-gitops/core": CORE, "@types/node": "24.19.2", typescript: "5.9.3", vitest: "4.1.12" },
};

// The chart: oci://registry/path/<chart>@<version>; the chart name is the last path segment.
const chartArg = flags.chart ?? `oci://ghcr.io/example/charts/${basename(abs)}@0.1.0`;
const m = /^(oci:\/\/.+\/([^/@]+))@(.+)$/.exec(chartArg);
if (!m) {
  process.stderr.write(`--chart ${chartArg}: expected oci://host/path/<chart>@<version>\n`);
  process.exit(2);
}
const [, chartUrl, chartName, chartVersion] = m;
const component = basename(abs);
const fn = component.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const Type = fn[0].toUpperCase() + fn.slice(1);

const rel = relative(abs, root) || ".";
mkdirSync(join(abs, "src"), { recursive: true });
mkdirSync(join(abs, "test"), { recursive: true });
const write = (file, text) => writeFileSync(join(abs, file), text);
write("package.json", `${JSON.stringify(pkg, null, 2)}\n`);
write("tsconfig.json", `${JSON.stringify({ extends: `${rel}/tsconfig.base.json`, compilerOptions: { noEmit: true }, include: ["src", "test"] }, null, 2)}\n`);
write(
  "tsconfig.build.json",
  `${JSON.stringify({ extends: `${rel}/tsconfig.base.json`, compilerOptions: { outDir: "dist", rootDir: "src", noEmit: false }, include: ["src"], exclude: ["src/**/*.test.ts"] }, null, 2)}\n`,
);
write(
  "src/index.ts",
  `import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { component, healthCheck, helmRelease, namespace, ociChart, type Component, type DeepPartial } from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };

export const NAMESPACE = "${component}";

/** The chart's values, as far as this package sets them (generate them from the chart's values.schema.json where it ships one). */
export interface ${Type}Values {
  replicaCount?: number;
  resources?: { requests?: { cpu?: string; memory?: string }; limits?: { memory?: string } };
}

/** The chart, pinned. */
export function chart(version = "${chartVersion}") {
  return ociChart<${Type}Values>({ name: "${chartName}", url: "${chartUrl}", version });
}

/** The chart values the platform runs with; \`values\` in the options is deep-merged over them. */
export const defaults = {
  replicaCount: 2,
  resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { memory: "128Mi" } },
} satisfies ${Type}Values;

export interface ${Type}Options {
  /** Chart version (default: the pinned one). */
  version?: string;
  /** Chart values, deep-merged over \`defaults\`. */
  values?: DeepPartial<${Type}Values>;
}

/** ${description} */
export function ${fn}(o: ${Type}Options, deps: { cilium: Component; coredns: Component }): Component {
  return component({
    name: "${component}",
    namespace: NAMESPACE,
    dependsOn: [deps.cilium, deps.coredns],
    resources: [namespace(NAMESPACE), ...helmRelease({ name: "${component}", namespace: NAMESPACE, chart: chart(o.version), defaults, values: o.values })],
    healthChecks: [healthCheck(HelmRelease, "${component}", NAMESPACE)],
    network: { namespace: NAMESPACE },
    package: pkg,
  });
}
`,
);
write(
  "test/index.test.ts",
  `import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { cluster, render } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { describe, expect, it } from "vitest";
import { defaults, ${fn} } from "../src/index.ts";

const deps = { cilium: standIn("cilium"), coredns: standIn("coredns") };
const valuesOf = (c: ReturnType<typeof ${fn}>) => c.resources.find((r): r is HelmRelease => HelmRelease.is(r))?.spec?.values;

describe("${fn}", () => {
  it("renders in a cluster with its dependencies", () => {
    const files = render(cluster({ name: "test", values: {}, components: [deps, ${fn}({}, deps)] })).files;
    expect(files.has("components/${component}/helmrelease-${component}.yaml")).toBe(true);
  });

  it("merges a nested override over the defaults, keeping the siblings", () => {
    expect(valuesOf(${fn}({ values: { resources: { limits: { memory: "256Mi" } } } }, deps))).toEqual({
      ...defaults,
      resources: { ...defaults.resources, limits: { memory: "256Mi" } },
    });
  });
});
`,
);
if (!existsSync(join(abs, "README.md"))) {
  write(
    "README.md",
    `# ${name}\n\n${description}\n\n## Use\n\n\`\`\`ts\nimport { ${fn} } from "${name}";\n\nconst c = ${fn}({ values: { replicaCount: 3 } }, { cilium, coredns });\n\`\`\`\n\n## Provides\n\n## Needs\n\n- \`cilium\`, \`coredns\`: pod networking and cluster DNS.\n`,
  );
}
// The build config's project references follow package.json (scripts/sync-build-references.mjs).
execFileSync(process.execPath, [join(root, "scripts/sync-build-references.mjs")], { stdio: "inherit" });
process.stdout.write(`created ${dir} (the contract: packages/README.md): run ./dev pnpm install\n`);
