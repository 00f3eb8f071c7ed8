// Benchmark: rendering both clusters, and a synthetic fleet of 50 clusters that each use every
// component of the shared layer, to show how the cost grows. Each run is a fresh process (tsx),
// so wall time includes loading the TypeScript sources, and peak memory is the process's maxRSS.
//
//   ./dev bench               (5 runs each)      BENCH_RUNS=9 ./dev bench
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));

interface Run {
  clusters: number;
  files: number;
  loadMs: number;
  renderMs: number;
  maxRssKiB: number;
  wallMs: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function once(scenario: string): Run {
  const start = performance.now();
  const r = spawnSync(process.execPath, ["--import", "tsx", join(HERE, "render-once.ts"), scenario], { encoding: "utf8" });
  const wallMs = performance.now() - start;
  if (r.status !== 0) throw new Error(`bench run ${scenario} failed:\n${r.stderr}`);
  return { ...(JSON.parse(r.stdout.trim().split("\n").pop()!) as Omit<Run, "wallMs">), wallMs };
}

const rows: string[][] = [];
for (const scenario of ["both", "fleet50"]) {
  process.stderr.write(`bench: ${scenario} x${RUNS} `);
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(once(scenario));
    process.stderr.write(".");
  }
  process.stderr.write("\n");
  const first = runs[0]!;
  const renderMs = median(runs.map((r) => r.renderMs));
  rows.push([
    scenario === "both" ? "infra + apps" : "synthetic fleet",
    String(first.clusters),
    String(first.files),
    median(runs.map((r) => r.wallMs)).toFixed(0),
    median(runs.map((r) => r.loadMs)).toFixed(0),
    renderMs.toFixed(1),
    (renderMs / first.clusters).toFixed(2),
    (median(runs.map((r) => r.maxRssKiB)) / 1024).toFixed(0),
  ]);
}
const head = ["scenario", "clusters", "files", "wall ms", "load ms", "render ms", "render ms/cluster", "peak RSS MiB"];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
console.log(`render benchmark: medians of ${RUNS} runs, each in a fresh process (Node ${process.versions.node})`);
console.log(line(head));
for (const r of rows) console.log(line(r));
