// Versioning and publishing as the main-branch workflow does it, against a real Verdaccio, in
// a temporary git copy of the workspace: `changeset version` bumps a package and everything
// that depends on it and writes CHANGELOGs; the packages build to dist/; `changeset publish`
// (pnpm publish underneath) puts them in the registry with workspace:* made exact; publint
// and are-the-types-wrong pass on every published tarball; and a project outside the workspace
// installs core, two component packages and the validator from the registry, typechecks against
// their .d.ts, renders a cluster of its own (byte for byte what the same script renders from the
// workspace sources) and validates it with plain Node.
//
// The release itself (the changeset, `changeset version`, `pnpm run release`) is the run's
// shared set-up (src/release.ts, made once per vitest run): this file asserts on its result,
// and the affected-builds test starts from the same released workspace.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkPackage, createPackageFromTarballData } from "@arethetypeswrong/core";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONSUMER_SCRIPT, ConsumerProject } from "../src/consumer.ts";
import { PackageGraph, type WorkspacePackage } from "../src/graph.ts";
import { digestTree } from "../src/tree.ts";
import { releaseFor, type Release } from "../src/fixtures.ts";
import { CORE, RELEASE_NOTE, SCOPE } from "../src/release.ts";
import type { RegistryClient } from "../src/verdaccio.ts";
import type { TempWorkspace } from "../src/workspace.ts";

const MINUTE = 60_000;
/** The resolutions are-the-types-wrong's esm-only profile ignores: the packages have no require condition. */
const ESM_ONLY_IGNORED: ReadonlySet<string> = new Set(["node10", "node16-cjs"]);
/** What the consumer installs: core, two component packages (one depending on the other) and the validator. */
const CONSUMED = ["@k8s-gitops/core", "@k8s-gitops/cert-manager", "@k8s-gitops/external-secrets", "@k8s-gitops/validate"];

let release: Release;
let ws: TempWorkspace;
let registry: RegistryClient;
let before: PackageGraph;
let after: PackageGraph;
let published: WorkspacePackage[];
const scratch: string[] = [];

function scratchDir(label: string): string {
  const d = mkdtempSync(join(tmpdir(), `k8s-gitops-${label}-`));
  scratch.push(d);
  return d;
}

function bumpPatch(v: string): string {
  const [major, minor, patch] = v.split(".").map(Number);
  return `${major}.${minor}.${(patch ?? 0) + 1}`;
}

beforeAll(async () => {
  // The run's shared set-up: the released workspace (this file's copy), the one Verdaccio, and
  // the workspace as it was before the release.
  release = await releaseFor("publish");
  ws = release.ws;
  registry = release.registry;
  before = new PackageGraph(release.prepared);
}, 30 * MINUTE);

afterAll(async () => {
  await release?.done();
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
}, 5 * MINUTE);

describe("versions: changeset version", () => {
  it("bumps the changed package and every package that depends on it, and writes their CHANGELOGs", async () => {
    // The release under test is one changeset alone (a patch of core), whatever else is pending.
    after = new PackageGraph(ws.dir);
    const dependents = before.dependentsOf(CORE, "release");
    for (const p of before.packages.values()) {
      const now = after.get(p.name).version;
      if (p.private) expect(now, `${p.name} is private: never versioned`).toBe(p.version);
      else if (dependents.has(p)) expect(now, `${p.name} depends on ${CORE}`).toBe(bumpPatch(p.version));
      else expect(now, `${p.name} does not depend on ${CORE}, or only as a peer whose range takes the new version`).toBe(p.version);
    }
    // The component packages take core as a peer (^): a patch of core releases none of them.
    const peers = [...before.dependentsOf(CORE, "runtime")].filter((p) => !p.private && !dependents.has(p));
    expect(peers.map((p) => p.name)).toContain("@k8s-gitops/cert-manager");
    const coreLog = ws.read(`${before.get(CORE).dir}/CHANGELOG.md`);
    expect(coreLog).toContain(`## ${after.get(CORE).version}`);
    expect(coreLog).toContain(RELEASE_NOTE);
    const validate = before.get("@k8s-gitops/validate");
    expect(dependents.has(validate)).toBe(true);
    const validateLog = ws.read(`${validate.dir}/CHANGELOG.md`);
    expect(validateLog).toContain(`## ${after.get(validate.name).version}`);
    expect(validateLog).toContain(`${CORE}@${after.get(CORE).version}`);
  }, 5 * MINUTE);
});

describe("publishing: build, changeset publish, publint", () => {
  it("pnpm run release (build, publint, changeset publish) publishes every public package, workspace:* made exact", async () => {
    // The main workflow's publish command ran in the shared set-up (src/release.ts).
    published = after.publishable();

    for (const p of published) {
      const doc = await registry.packument(p.name);
      const manifest = doc?.versions[p.version];
      expect(manifest, `${p.name}@${p.version} in the registry`).toBeDefined();
      expect(doc?.["dist-tags"].latest).toBe(p.version);
      expect(JSON.stringify(manifest)).not.toContain("workspace:");
      // npm provenance checks the tarball's repository against the run that published it.
      expect(manifest?.repository, `${p.name} names its repository`).toEqual({ type: "git", url: "git+https://github.com/monosense-io/k8s-gitops.git", directory: p.dir });
      for (const d of p.deps) {
        const dep = after.get(d);
        if (!dep.private && manifest?.dependencies?.[d] !== undefined) expect(manifest.dependencies[d], `${p.name} -> ${d}`).toBe(dep.version);
      }
    }
    // The published manifest's exports are publishConfig's: dist/, not the workspace's src/.
    const core = (await registry.packument(CORE))?.versions[after.get(CORE).version];
    expect(core?.exports).toEqual({
      ".": { types: "./dist/index.d.ts", import: "./dist/index.js" },
      "./testing": { types: "./dist/testing.d.ts", import: "./dist/testing.js" },
    });
    // changeset publish tags each release in git, as the release workflow pushes them.
    expect((await ws.git("tag", "--list")).split("\n")).toEqual(expect.arrayContaining(published.map((p) => `${p.name}@${p.version}`)));
  }, 5 * MINUTE);

  it("publint and are-the-types-wrong find nothing in the published tarball of any package", async () => {
    expect(published.map((p) => p.name)).toEqual(expect.arrayContaining(CONSUMED));
    // In process, one tarball at a time: two child processes per package cost more than the checks.
    for (const p of published) {
      const manifest = (await registry.packument(p.name))?.versions[p.version];
      if (!manifest) throw new Error(`${p.name}@${p.version} is not in the registry`);
      const tarball = new Uint8Array(await (await fetch(manifest.dist.tarball)).arrayBuffer());
      const lint = await publint({ pack: { tarball: tarball.slice().buffer }, strict: true });
      const messages = lint.messages.map((m) => `${m.type}: ${formatMessage(m, lint.pkg) ?? m.code}`);
      expect(messages, `publint ${p.name}`).toEqual([]);
      // ESM only (no require condition): what the node16 (from ESM) and bundler resolutions find.
      const pkg = createPackageFromTarballData(tarball);
      // What a user needs and nothing else: built code with its types and the README; no
      // sources, tests, benchmarks or tsc's build state.
      const files = pkg.listFiles().map((f) => f.replace(`/node_modules/${p.name}/`, ""));
      expect(files, `${p.name} ships its README`).toContain("README.md");
      expect(files.filter((f) => /^(src|test|bench)\/|\.tsbuildinfo$/.test(f)), `${p.name} ships only what users need`).toEqual([]);
      const types = await checkPackage(pkg);
      expect(types.types, `${p.name} ships no types`).not.toBe(false);
      const problems = "problems" in types ? types.problems.filter((x) => !("resolutionKind" in x) || !ESM_ONLY_IGNORED.has(x.resolutionKind)) : [];
      expect(problems.map((x) => x.kind), `are-the-types-wrong ${p.name}`).toEqual([]);
    }
  }, 10 * MINUTE);
});

describe("another team's project, outside the workspace", () => {
  let consumer: ConsumerProject;
  afterAll(() => consumer?.remove(), 5 * MINUTE);

  it("installs every published package from the registry, imports each under plain Node and type-checks against their .d.ts", async () => {
    // Every published package, not only what the cluster below uses: one that installs but does
    // not load (a missing file, raw TypeScript under node_modules) fails here.
    const everyPackage = Object.fromEntries(published.map((p) => [p.name, p.version]));
    consumer = ConsumerProject.create({
      // The team patches a HelmRelease, so it depends on the Flux models itself.
      dependencies: { ...everyPackage, "@kubernetes-models/flux-cd": "4.0.0" },
      devDependencies: { "@types/node": "24.19.2", typescript: "5.9.3" },
      npmrc: registry.npmrc(SCOPE),
      imports: published.map((p) => p.name),
    });
    await consumer.install();

    const loaded = JSON.parse((await consumer.imports()).stdout) as Record<string, number>;
    for (const p of published) expect(loaded[p.name], `${p.name} exports something`).toBeGreaterThan(0);

    const tsc = await consumer.typecheck();
    expect(tsc.code, `tsc against the published .d.ts:\n${tsc.stdout}${tsc.stderr}`).toBe(0);
  }, 15 * MINUTE);

  it("renders a cluster of its own from core and two component packages, and validates it with the published validator", async () => {
    const versions = Object.fromEntries(CONSUMED.map((n) => [n, after.get(n).version]));

    const out = join(consumer.dir, "out");
    const r = await consumer.render(out);
    const result = JSON.parse(r.stdout) as { files: string[]; packages: Record<string, string>; validation: { ok: boolean; objects: number; rules: string[] } };
    expect(result.files).toEqual(
      expect.arrayContaining([
        "flux/kustomization.yaml",
        "flux/cert-manager.yaml",
        "flux/external-secrets.yaml",
        "components/cert-manager/kustomization.yaml",
        "components/external-secrets-store/kustomization.yaml",
      ]),
    );
    // The patched controller is the one rendered, and the issuers still wait for it.
    const release = readFileSync(join(out, "components/cert-manager/helmrelease-cert-manager.yaml"), "utf8");
    expect(release).toContain("timeout: 15m");
    expect(readFileSync(join(out, "flux/cert-manager-issuers.yaml"), "utf8")).toContain("- name: cert-manager");
    // The versions the cluster records are the published ones, not the workspace's old ones.
    expect(result.packages).toEqual({
      "@k8s-gitops/cert-manager": versions["@k8s-gitops/cert-manager"],
      "@k8s-gitops/external-secrets": versions["@k8s-gitops/external-secrets"],
    });

    // The published validator ran under plain Node on the tree: the team's cluster has no
    // network baseline, its namespaces and the monitoring CRDs come from stand-ins, and it says so.
    expect(result.validation).toEqual({ ok: false, objects: 26, rules: ["namespace", "network-policy", "reconcile-crd"] });

    // The same script on the workspace's sources (tsx, as the cluster build runs them).
    const fromSource = scratchDir("render-source");
    const inWorkspace = await ws.pnpm(["exec", "tsx", CONSUMER_SCRIPT, fromSource], {
      cwd: ws.path("tools/workspace-tests"),
    });
    expect(JSON.parse(inWorkspace.stdout)).toEqual(result);
    expect(digestTree(out)).toBe(digestTree(fromSource));
  }, 15 * MINUTE);
});
