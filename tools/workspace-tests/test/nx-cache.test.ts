// The Nx cache across CI runs, as the workflows restore it (.github/actions/setup): a build run
// in one clone of the workspace is a cache hit in a second, fresh clone at another path that got
// only the folders the cache step restores, with its outputs restored byte for byte; with
// .nx/cache alone it is not (Nx keeps the index of the cache in .nx/workspace-data). The index is
// a file named after the machine id: one saved on a runner with another id is ignored by Nx and
// made this machine's by the step that follows the restore.
import { readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CiCacheStep, readCiCacheStep, restoreFolders, runStepsAfterRestore } from "../src/ci-cache.ts";
import { type Prepared, preparedFor } from "../src/fixtures.ts";
import { parseTaskRun, type TaskOutcome } from "../src/nx.ts";
import { digestTree, listFiles } from "../src/tree.ts";
import { TempWorkspace } from "../src/workspace.ts";

// A cheap cacheable task: one tsc build of a library with no workspace dependency (so no ^build).
const PROJECT = "@k8s-gitops/oci";
const PROJECT_DIR = "tools/oci";
const TASK = `${PROJECT}:build`;
// As the workflows run Nx (their env), on a CI runner (CI=true: Nx then reports cache artifacts
// it cannot use).
const CI_ENV = { CI: "true", NX_ISOLATE_PLUGINS: "false" };
// What Nx 22 prints when .nx/cache holds entries its index does not know.
const UNRECOGNIZED = "Unrecognized Cache Artifacts";
// A machine id as /etc/machine-id holds one: another runner's.
const OTHER_MACHINE = "0123456789abcdef0123456789abcdef";
const MINUTE = 60_000;

let prepared: Prepared;
/** The clone of the first CI run: it built the task and left the cache behind. */
let first: TempWorkspace;
let step: CiCacheStep;
/** The first clone's build output. */
let built: string;
const clones: TempWorkspace[] = [];

/** A fresh clone of the workspace at the same commit, in a new folder: no .nx, no build output. */
function freshClone(label: string): TempWorkspace {
  const ws = TempWorkspace.fromPrepared(prepared.dir, label);
  clones.push(ws);
  rmSync(ws.path(".nx"), { recursive: true, force: true });
  rmSync(ws.path(`${PROJECT_DIR}/dist`), { recursive: true, force: true });
  return ws;
}

async function build(ws: TempWorkspace): Promise<{ outcome: TaskOutcome | undefined; output: string }> {
  const r = await ws.nx(["run", TASK, "--outputStyle=static"], { env: CI_ENV, timeoutMs: 5 * MINUTE });
  const output = `${r.stdout}\n${r.stderr}`;
  return { outcome: parseTaskRun(output).get(TASK), output };
}

/** The cache index files (SQLite databases) in a workspace's .nx/workspace-data. */
function indexes(ws: TempWorkspace): string[] {
  return readdirSync(ws.path(".nx/workspace-data"))
    .filter((f) => f.endsWith(".db"))
    .sort();
}

beforeAll(async () => {
  prepared = await preparedFor("nx-cache");
  first = freshClone("nx-cache-first");
  step = readCiCacheStep(first.dir);
  const r = await build(first);
  expect(r.outcome, r.output).toBe("executed");
  built = digestTree(first.path(`${PROJECT_DIR}/dist`));
  expect(listFiles(first.path(`${PROJECT_DIR}/dist`))).toContain("index.js");
}, 10 * MINUTE);

afterAll(async () => {
  await Promise.all(clones.map((c) => c.remove()));
  await prepared?.done();
}, 5 * MINUTE);

describe("the Nx cache the CI setup action restores, in a second clone", () => {
  it("caches .nx/cache and .nx/workspace-data", () => {
    expect(step.paths).toEqual([".nx/cache", ".nx/workspace-data"]);
  });

  it("both folders restored: the build is a local cache hit and its output is restored byte for byte", async () => {
    const second = freshClone("nx-cache-second");
    expect(second.dir).not.toBe(first.dir);
    restoreFolders(first.dir, second.dir, step.paths);
    const before = indexes(second);
    await runStepsAfterRestore(second.dir, step);
    // Same machine: the restored index already has this machine's name; the step leaves it.
    expect(indexes(second)).toEqual(before);
    const r = await build(second);
    expect(r.outcome, r.output).toBe("cache");
    expect(r.output).toMatch(new RegExp(`^> nx run ${TASK}\\s+\\[local cache\\]$`, "m"));
    expect(r.output).toContain("Nx read the output from the cache instead of running the command for 1 out of 1 tasks");
    expect(r.output).not.toContain(UNRECOGNIZED);
    expect(digestTree(second.path(`${PROJECT_DIR}/dist`))).toBe(built);
  }, 5 * MINUTE);

  it(".nx/cache alone: no hit; Nx reports the restored entries as artifacts it cannot use and builds again", async () => {
    const alone = freshClone("nx-cache-alone");
    restoreFolders(first.dir, alone.dir, [".nx/cache"]);
    expect(listFiles(alone.path(".nx/cache")).length).toBeGreaterThan(0);
    await runStepsAfterRestore(alone.dir, step);
    const r = await build(alone);
    expect(r.outcome, r.output).toBe("executed");
    expect(r.output).toContain(UNRECOGNIZED);
    expect(digestTree(alone.path(`${PROJECT_DIR}/dist`))).toBe(built);
  }, 5 * MINUTE);

  describe("an index saved on a runner with another machine id", () => {
    /** A clone with both folders restored as another runner saved them: the index under its id. */
    function fromOtherRunner(label: string): TempWorkspace {
      const ws = freshClone(label);
      restoreFolders(first.dir, ws.dir, step.paths);
      const [own, ...more] = indexes(ws);
      expect(more).toEqual([]);
      expect(own).not.toBe(`${OTHER_MACHINE}.db`);
      const data = ws.path(".nx/workspace-data");
      renameSync(join(data, own!), join(data, `${OTHER_MACHINE}.db`));
      return ws;
    }

    it("is ignored by Nx: no hit", async () => {
      const other = fromOtherRunner("nx-cache-other");
      const r = await build(other);
      expect(r.outcome, r.output).toBe("executed");
      expect(r.output).toContain(UNRECOGNIZED);
      // Nx opened an index of its own beside the restored one.
      expect(indexes(other)).toHaveLength(2);
    }, 5 * MINUTE);

    it("is made this machine's by the step after the restore: a hit", async () => {
      const adopted = fromOtherRunner("nx-cache-adopted");
      const out = await runStepsAfterRestore(adopted.dir, step);
      expect(out).toContain(`${OTHER_MACHINE}.db is now this machine's`);
      expect(indexes(adopted)).toEqual(indexes(first));
      const r = await build(adopted);
      expect(r.outcome, r.output).toBe("cache");
      expect(digestTree(adopted.path(`${PROJECT_DIR}/dist`))).toBe(built);
    }, 5 * MINUTE);
  });
});
