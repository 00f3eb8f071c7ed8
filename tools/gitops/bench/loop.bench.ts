// Benchmark: the everyday loop, as a user runs it, against the old repository and the floor.
//
//   ./dev bench                       (5 rounds)      BENCH_RUNS=9 ./dev bench
//
// Every round runs every scenario once, in a rotating order, so a change in the machine's load
// falls on all of them alike; the table gives medians, and each ratio is the median of the
// rounds' own ratios (both sides measured minutes apart at most). The machine is whatever it is:
// the ratios are the result, the milliseconds are context.
//
// Scenarios:
//   old render   kubectl kustomize of each cluster's Flux Kustomization paths in the vendored old
//                repository (vendor/reference/k8s-gitops), as its Flux builds them (old-render.ts)
//   floor        a Node process that reads the same objects as both clusters' builds hold from
//                JSON, serialises them to YAML and writes them (floor.mjs)
//   build        ./dev build --skip-nx-cache (README: both clusters rendered, validated, packed);
//                the same two builds run directly, and run from the sources (GITOPS_BUNDLE=0)
//   validate     gitops validate --cluster clusters/apps (the built tree), with the validator's
//                cache the builds leave warm and with --no-cache; the build also with it off
//   affected     ./dev pnpm nx affected -t build with nothing changed (--base=HEAD --head=HEAD)
//   push         gitops push --layout of apps' built layout, and skopeo copy of the same layout,
//                into a fresh CNCF Distribution registry (docker-registry) each round
import { spawn, spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import { TestRegistry, which } from "@k8s-gitops/oci/test-support";
import { oldRender } from "./old-render.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "../../..");
const DEV = join(ROOT, "dev");
const BIN = join(ROOT, "tools/gitops/bin/gitops.mjs");
const REFERENCE = join(ROOT, "vendor/reference/k8s-gitops");
const CLUSTERS = ["infra", "apps"] as const;
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 5));
const GOALS = { buildVsOld: 0.3, buildVsFloor: 3, validateMs: 500, affectedMs: 1500, pushVsSkopeo: 2 };

// A detached checkout (CI, a worktree) has no branch to tag with: name one, as CI does.
const detached = spawnSync("git", ["-C", ROOT, "rev-parse", "--abbrev-ref", "HEAD"], { encoding: "utf8" }).stdout.trim() === "HEAD";

/** The environment a user's shell would have: none of the variables Nx sets for the task running this bench. */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("NX_") && !k.startsWith("GITOPS_")));
  return { ...env, ...(detached ? { GITOPS_BRANCH: "bench" } : {}), ...extra };
}

/** Wall time of a command, in ms; throws with the end of its stderr when it fails. */
function timed(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    // Its own process group: run inside `./dev bench` (Nx, pnpm), the benchmarks after this one
    // were once stopped by a SIGINT (exit 130) after the nested Nx runs ended; a group of their
    // own keeps whatever the nested Nx and pnpm signal away from the Nx running this bench.
    const child = spawn(cmd, args, { cwd: opts.cwd ?? ROOT, env: opts.env ?? userEnv(), stdio: ["ignore", "ignore", "pipe"], detached: true });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - start;
      if (code === 0) resolve(ms);
      else reject(new Error(`${[cmd, ...args].join(" ")} exited ${code}:\n${stderr}`));
    });
  });
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Every YAML object of the clusters' built trees, as plain data (the floor's input). */
function builtObjects(): unknown[] {
  const objects: unknown[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".yaml")) for (const doc of parseAllDocuments(readFileSync(p, "utf8"))) objects.push(doc.toJS());
    }
  };
  for (const c of CLUSTERS) walk(join(ROOT, "clusters", c, "dist/tree"));
  return objects.filter((o) => o !== null && o !== undefined);
}

type Sample = Record<string, number>;
const samples: Sample[] = [];
const notes: string[] = [];
const missing = ["kubectl", "skopeo", "docker-registry"].filter((t) => !which(t));
const hasReference = existsSync(join(REFERENCE, "kubernetes/clusters"));
const scratch = mkdtempSync(join(tmpdir(), "gitops-loop-bench-"));
const load0 = loadavg()[0]!;

process.stderr.write(`bench: loop x${RUNS} (+1 warm-up) `);
// Warm-up: installs, makes the launcher's bundles, writes dist/ (the floor's objects, the layout to push).
await timed(DEV, ["build", "--skip-nx-cache"]);
process.stderr.write("w");
const objects = builtObjects();
const floorInput = join(scratch, "objects.json");
writeFileSync(floorInput, JSON.stringify(objects));
const layout = join(ROOT, "clusters/apps/dist/oci");
const signingKey = generateKeyPairSync("ec", { namedCurve: "prime256v1" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
let old: { paths: number; failed: string[]; objects: number } | undefined;

const scenarios: Record<string, (round: number) => Promise<Sample>> = {
  async oldRender(): Promise<Sample> {
    if (!hasReference || missing.includes("kubectl")) return {};
    const start = performance.now();
    const results = CLUSTERS.map((c) => oldRender(REFERENCE, c));
    const ms = performance.now() - start;
    old = {
      paths: results.reduce((n, r) => n + r.paths.length, 0),
      failed: [...new Set(results.flatMap((r) => r.failed.map((f) => f.path)))],
      objects: results.reduce((n, r) => n + r.objects, 0),
    };
    return { old: ms };
  },
  async floor(round) {
    const out = join(scratch, `floor-${round}`);
    const ms = await timed(process.execPath, [join(HERE, "floor.mjs"), floorInput, out]);
    rmSync(out, { recursive: true, force: true });
    return { floor: ms };
  },
  async build() {
    return { build: await timed(DEV, ["build", "--skip-nx-cache"]) };
  },
  async buildDirect() {
    // The same two builds without ./dev, pnpm and Nx, in parallel as Nx runs them.
    const start = performance.now();
    await Promise.all(CLUSTERS.map((c) => timed(process.execPath, [BIN, "build", "--cluster", join("clusters", c)], { env: userEnv({ GITOPS_QUIET: "1" }) })));
    return { buildDirect: performance.now() - start };
  },
  async buildSource() {
    // The same, run from the TypeScript sources with tsx (GITOPS_BUNDLE=0): what the bundle saves.
    const start = performance.now();
    await Promise.all(CLUSTERS.map((c) => timed(process.execPath, [BIN, "build", "--cluster", join("clusters", c)], { env: userEnv({ GITOPS_QUIET: "1", GITOPS_BUNDLE: "0" }) })));
    return { buildSource: performance.now() - start };
  },
  async buildNoCache() {
    // The validator's parse cache off: what a first build (an empty cache) pays.
    return { buildNoCache: await timed(DEV, ["build", "--skip-nx-cache"], { env: userEnv({ GITOPS_VALIDATE_CACHE: "0" }) }) };
  },
  async validate() {
    return { validate: await timed(process.execPath, [BIN, "validate", "--cluster", "clusters/apps"]) };
  },
  async validateNoCache() {
    return { validateNoCache: await timed(process.execPath, [BIN, "validate", "--cluster", "clusters/apps", "--no-cache"]) };
  },
  async affected() {
    return { affected: await timed(DEV, ["pnpm", "nx", "affected", "-t", "build", "--base=HEAD", "--head=HEAD", "--outputStyle=stream"]) };
  },
  async push(round): Promise<Sample> {
    if (missing.includes("skopeo") || missing.includes("docker-registry")) return {};
    // A fresh registry each round: nothing of an earlier round for skopeo to mount instead of uploading.
    const registry = await TestRegistry.start();
    try {
      const push = (repository: string, signed: boolean) =>
        timed(process.execPath, [BIN, "push", "--cluster", "clusters/apps", "--layout", layout, "--registry", registry.host, "--repository", repository, ...(signed ? [] : ["--unsigned"])], {
          env: userEnv({ GITOPS_QUIET: "1", ...(signed ? { GITOPS_SIGNING_KEY: signingKey } : {}) }),
        });
      const skopeo = () => timed("skopeo", ["copy", "--quiet", "--dest-tls-verify=false", `oci:${layout}:apps`, `docker://${registry.host}/skopeo/cluster-apps:main`]);
      // Which goes first alternates: the second finds a warmer registry.
      let pushMs: number;
      let skopeoMs: number;
      if (round % 2) {
        pushMs = await push("gitops/cluster-apps", false);
        skopeoMs = await skopeo();
      } else {
        skopeoMs = await skopeo();
        pushMs = await push("gitops/cluster-apps", false);
      }
      const signedMs = await push("signed/cluster-apps", true);
      return { push: pushMs, skopeo: skopeoMs, pushSigned: signedMs };
    } finally {
      await registry.close();
    }
  },
};

const names = Object.keys(scenarios);
for (let round = 0; round < RUNS; round++) {
  const sample: Sample = {};
  for (let i = 0; i < names.length; i++) {
    const name = names[(round + i) % names.length]!;
    Object.assign(sample, await scenarios[name]!(round));
  }
  samples.push(sample);
  process.stderr.write(".");
}
process.stderr.write("\n");
rmSync(scratch, { recursive: true, force: true });

const col = (key: string): number[] => samples.map((s) => s[key]).filter((v): v is number => v !== undefined);
const med = (key: string): number | undefined => (col(key).length ? median(col(key)) : undefined);
const ratio = (a: string, b: string): number | undefined => {
  const r = samples.filter((s) => s[a] !== undefined && s[b] !== undefined).map((s) => s[a]! / s[b]!);
  return r.length ? median(r) : undefined;
};
const ms = (v: number | undefined): string => (v === undefined ? "not measured" : `${Math.round(v)} ms`);
const x = (v: number | undefined): string => (v === undefined ? "n/a" : `${v.toFixed(2)}x`);
const verdict = (ok: boolean | undefined): string => (ok === undefined ? "" : ok ? "met" : "NOT met");

const rows: [string, string, string][] = [];
if (!hasReference) notes.push(`old render not measured: ${relative(ROOT, REFERENCE)}/kubernetes/clusters is missing`);
if (missing.length) notes.push(`not on this machine: ${missing.join(", ")} (./dev test installs them)`);
rows.push([
  `old render: kubectl kustomize, both clusters`,
  ms(med("old")),
  old ? `${old.paths} paths (${old.failed.length} refused by kustomize: ${old.failed.join(", ") || "none"}), ${old.objects} objects` : "",
]);
rows.push([`floor: node, ${objects.length} objects JSON -> YAML -> files`, ms(med("floor")), ""]);
const bOld = ratio("build", "old");
const bFloor = ratio("build", "floor");
rows.push([
  "./dev build --skip-nx-cache (both clusters)",
  ms(med("build")),
  `${x(bOld)} old render (goal <= ${GOALS.buildVsOld}x: ${verdict(bOld === undefined ? undefined : bOld <= GOALS.buildVsOld)}), ${x(bFloor)} floor (goal <= ${GOALS.buildVsFloor}x: ${verdict(bFloor === undefined ? undefined : bFloor <= GOALS.buildVsFloor)})`,
]);
rows.push(["the same, the validator's cache off", ms(med("buildNoCache")), `${x(ratio("buildNoCache", "old"))} old render, ${x(ratio("buildNoCache", "floor"))} floor`]);
rows.push(["gitops build x2 in parallel, no ./dev/pnpm/Nx", ms(med("buildDirect")), `${x(ratio("buildDirect", "old"))} old render, ${x(ratio("buildDirect", "floor"))} floor`]);
rows.push(["the same from the sources (GITOPS_BUNDLE=0)", ms(med("buildSource")), `${x(ratio("buildSource", "buildDirect"))} the bundled run`]);
const v = med("validate");
rows.push(["gitops validate --cluster clusters/apps", ms(v), `goal < ${GOALS.validateMs} ms on an idle machine: ${verdict(v === undefined ? undefined : v < GOALS.validateMs)}`]);
rows.push(["the same, --no-cache", ms(med("validateNoCache")), ""]);
const a = med("affected");
rows.push(["./dev pnpm nx affected -t build, nothing changed", ms(a), `goal < ${GOALS.affectedMs} ms: ${verdict(a === undefined ? undefined : a < GOALS.affectedMs)}`]);
const p = ratio("push", "skopeo");
rows.push(["skopeo copy of apps' layout", ms(med("skopeo")), ""]);
rows.push(["gitops push --layout apps --unsigned", ms(med("push")), `${x(p)} skopeo (goal <= ${GOALS.pushVsSkopeo}x: ${verdict(p === undefined ? undefined : p <= GOALS.pushVsSkopeo)})`]);
rows.push(["gitops push --layout apps, signed", ms(med("pushSigned")), `${x(ratio("pushSigned", "skopeo"))} skopeo (19 requests against 8: the manifest by digest, each tag's current signature checked, the signature image)`]);

const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
const report = [
  `loop benchmark: ${RUNS} rounds, scenarios interleaved, medians; ratios are medians of each round's ratio (Node ${process.versions.node}, ${availableParallelism()} CPUs, load ${load0.toFixed(1)} -> ${loadavg()[0]!.toFixed(1)})`,
  ...rows.map(([what, value, rest]) => `  ${what.padEnd(w0)}  ${value.padStart(w1)}  ${rest}`.trimEnd()),
  ...notes.map((n) => `  note: ${n}`),
].join("\n");
// Also kept in .bench/ (ignored by git): Nx's streamed output of a long task can lose its last lines.
mkdirSync(join(ROOT, ".bench"), { recursive: true });
writeFileSync(join(ROOT, ".bench/loop.txt"), `${report}\n`);
console.log(`${report}\n  (also in .bench/loop.txt)`);
