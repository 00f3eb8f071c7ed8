// Benchmark of affected builds, in a temporary git copy of the workspace (as the tests use):
// wall time of `nx affected -t build` when nothing changed, after a one-line change to one
// component package (cache warm for the rest), and of a full build with the cache skipped.
// Medians of BENCH_RUNS runs (at least 3), side by side.
//
//   ./dev bench        (every project's bench)     ./dev pnpm nx run @k8s-gitops/workspace-tests:bench
import { chooseLeaf, PackageGraph } from "../src/graph.ts";
import { projectsWith, runTasks, type TaskRun } from "../src/nx.ts";
import { TempWorkspace } from "../src/workspace.ts";

const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

interface Row {
  scenario: string;
  command: string;
  runs: TaskRun[];
}

async function measure(scenario: string, command: string, once: (i: number) => Promise<TaskRun>): Promise<Row> {
  process.stderr.write(`bench: ${scenario} x${RUNS} `);
  const runs: TaskRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await once(i));
    process.stderr.write(".");
  }
  process.stderr.write("\n");
  return { scenario, command, runs };
}

const ws = await TempWorkspace.create("bench");
try {
  const graph = new PackageGraph(ws.dir);
  const leaf = chooseLeaf(graph);
  const rows: Row[] = [];

  rows.push(await measure("full build", "nx run-many -t build --skip-nx-cache", () => runTasks(ws, ["run-many", "-t", "build", "--skip-nx-cache"])));
  await runTasks(ws, ["run-many", "-t", "build"]); // the cache a CI runner starts from

  rows.push(
    await measure("no-op", "nx affected -t build (no change)", async () => {
      const head = await ws.git("rev-parse", "HEAD");
      return runTasks(ws, ["affected", "-t", "build", `--base=${head}`, `--head=${head}`]);
    }),
  );

  rows.push(
    await measure(`one leaf (${leaf.name})`, "nx affected -t build (one changed line)", async (i) => {
      const base = await ws.git("rev-parse", "HEAD");
      ws.append(`${leaf.dir}/src/index.ts`, `\n// bench change ${i}\n`);
      const head = await ws.commit(`bench change ${i}`);
      return runTasks(ws, ["affected", "-t", "build", `--base=${base}`, `--head=${head}`]);
    }),
  );

  const head = ["scenario", "command", "median s", "min s", "max s", "tasks run", "from cache"];
  const cells = rows.map((r) => {
    const secs = r.runs.map((x) => x.ms / 1000);
    const last = r.runs[r.runs.length - 1]!;
    const executed = [...last.tasks.values()].filter((o) => o === "executed").length;
    return [r.scenario, r.command, median(secs).toFixed(1), Math.min(...secs).toFixed(1), Math.max(...secs).toFixed(1), String(executed), String(last.tasks.size - executed)];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => (i < 2 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join("  ");
  console.log(`affected-build benchmark: medians of ${RUNS} runs in a temp copy of the workspace (Node ${process.versions.node}, NX_DAEMON=false)`);
  console.log(line(head));
  for (const c of cells) console.log(line(c));
  const leafRun = rows[2]!.runs[rows[2]!.runs.length - 1]!;
  console.log(`one-leaf change rebuilt: ${projectsWith(leafRun, "executed").join(", ")}`);
} finally {
  await ws.remove();
}
