// Affected builds with the real Nx of the workspace, in a temporary git copy of it: a change to
// one component package must affect exactly that package, what depends on it and the clusters
// that use it; `nx affected -t build` must build those and nothing else; a second run must come
// entirely from the cache (cluster artifacts included); docs and tests must rebuild no package
// and change no cluster's content (a cluster re-renders to record the new commit).
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseLeaf, PackageGraph, type WorkspacePackage } from "../src/graph.ts";
import { affectedProjects, projectsWith, runTasks } from "../src/nx.ts";
import { digestTree, listFiles } from "../src/tree.ts";
import { baseFor, type Base } from "../src/fixtures.ts";
import type { TempWorkspace } from "../src/workspace.ts";

const MINUTE = 60_000;

let start: Base;
let ws: TempWorkspace;
let graph: PackageGraph;
let leaf: WorkspacePackage;
/** Nx projects the leaf change must affect, from the package.json files (not from Nx). */
let expected: string[];
/** Those of them that have a build target. */
let expectedBuilds: string[];
/** Cluster packages that use the leaf, and those that do not. */
let using: WorkspacePackage[];
let notUsing: WorkspacePackage[];
let base: string;
let head: string;

const dist = (p: WorkspacePackage): string => ws.path(`${p.dir}/dist`);

beforeAll(async () => {
  // A copy of the run's released workspace (shared set-up): committed, installed, and every
  // package already built into its Nx cache by the release, so only the clusters build below.
  // (If the release fails, a copy of the prepared workspace, and everything builds below.)
  start = await baseFor("affected");
  ws = start.ws;
  graph = new PackageGraph(ws.dir);
  leaf = chooseLeaf(graph);
  const dependents = graph.dependentsOf(leaf.name);
  expected = [...dependents].map((p) => p.project).sort();
  expectedBuilds = [...dependents].filter((p) => p.scripts.build).map((p) => p.project).sort();
  using = graph.clusters().filter((c) => dependents.has(c));
  notUsing = graph.clusters().filter((c) => !dependents.has(c));
  process.stderr.write(`affected test (from the ${start.released ? "released" : "prepared"} workspace): changing ${leaf.name}; expected affected: ${expected.join(", ")}\n`);
  // Everything built once at the base commit: the cache a CI runner restores before a PR run.
  await runTasks(ws, ["run-many", "-t", "build"]);
  base = await ws.git("rev-parse", "HEAD");
}, 20 * MINUTE);

afterAll(() => start?.done(), 5 * MINUTE);

describe(`a change to one component package (the leaf chosen from the graph)`, () => {
  it("affects exactly the package, the packages that depend on it and the clusters that use it", async () => {
    expect(using.length).toBeGreaterThan(0);
    ws.append(`${leaf.dir}/src/index.ts`, "\n// workspace-tests: a change to the component's source\n");

    // Uncommitted, as on a developer's machine: base..working tree.
    expect(await affectedProjects(ws, ["--base=HEAD"])).toEqual(expected);

    // Committed, as in CI: the SHAs nx-set-shas gives.
    head = await ws.commit(`change ${leaf.name}`);
    const affected = await affectedProjects(ws, [`--base=${base}`, `--head=${head}`]);
    expect(affected).toEqual(expected);
    expect(affected).toContain(leaf.project);
    for (const c of using) expect(affected).toContain(c.project);
    for (const c of notUsing) expect(affected).not.toContain(c.project);
    // What the leaf depends on is not affected by it.
    for (const d of leaf.deps) expect(affected).not.toContain(graph.get(d).project);
  }, 5 * MINUTE);

  it("nx affected -t build builds those and only those: the clusters that use it, no other", async () => {
    for (const c of graph.clusters()) rmSync(dist(c), { recursive: true, force: true });
    const r = await runTasks(ws, ["affected", "-t", "build", `--base=${base}`, `--head=${head}`]);
    expect(projectsWith(r, "executed")).toEqual(expectedBuilds);
    // Dependencies' builds (^build) may be listed, but only as cache hits.
    const ranOutside = [...r.tasks].filter(([id, o]) => o === "executed" && !expectedBuilds.includes(id.replace(/:build$/, "")));
    expect(ranOutside).toEqual([]);
    for (const c of using) expect(listFiles(dist(c))).toContain("tree/flux/kustomization.yaml");
    for (const c of notUsing) expect(listFiles(dist(c))).toEqual([]);
  }, 15 * MINUTE);

  it("running it again is served entirely from the cache, cluster artifacts restored byte for byte", async () => {
    const before = new Map(using.map((c) => [c.project, digestTree(dist(c))]));
    for (const c of using) rmSync(dist(c), { recursive: true, force: true });
    const r = await runTasks(ws, ["affected", "-t", "build", `--base=${base}`, `--head=${head}`]);
    expect(projectsWith(r, "executed")).toEqual([]);
    expect(projectsWith(r, "cache")).toEqual(expect.arrayContaining(expectedBuilds));
    for (const c of using) expect(digestTree(dist(c))).toBe(before.get(c.project));
  }, 10 * MINUTE);
});

describe("changes that are not inputs of a build", () => {
  it("a README and a test file of the leaf rebuild no package, and leave every cluster's content as it was", async () => {
    const tree = (c: WorkspacePackage) => digestTree(`${dist(c)}/tree`);
    const before = new Map(using.map((c) => [c.project, tree(c)]));
    ws.append(`${leaf.dir}/README.md`, "\nA line added by the workspace tests.\n");
    ws.write(`${leaf.dir}/test/workspace-probe.test.ts`, 'import { it } from "vitest";\nit("is never run", () => {});\n');
    const from = head;
    head = await ws.commit("docs and tests only");
    // The files belong to the leaf, so Nx still lists it and its dependents as affected...
    expect(await affectedProjects(ws, [`--base=${from}`, `--head=${head}`])).toEqual(expected);
    // ...but nothing a package build reads changed: those are cache hits. A cluster artifact
    // records the commit it was built from, so the clusters render again (a few seconds, no
    // library build), and what they render is the same tree.
    const r = await runTasks(ws, ["affected", "-t", "build", `--base=${from}`, `--head=${head}`]);
    const clusters = using.map((c) => c.project).sort();
    expect(projectsWith(r, "executed")).toEqual(clusters);
    expect(projectsWith(r, "cache")).toEqual(expect.arrayContaining(expectedBuilds.filter((p) => !clusters.includes(p))));
    for (const c of using) expect(tree(c)).toBe(before.get(c.project));
  }, 10 * MINUTE);

  it("a change under docs/ affects no project at all", async () => {
    ws.write("docs/workspace-probe.md", "# A page added by the workspace tests\n");
    const from = head;
    head = await ws.commit("docs/ only");
    expect(await affectedProjects(ws, [`--base=${from}`, `--head=${head}`])).toEqual([]);
    const r = await runTasks(ws, ["affected", "-t", "build", `--base=${from}`, `--head=${head}`]);
    expect([...r.tasks.keys()]).toEqual([]);
  }, 5 * MINUTE);
});
