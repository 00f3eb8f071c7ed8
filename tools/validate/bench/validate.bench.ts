// Validation time of both clusters: ./dev pnpm --filter @k8s-gitops/validate bench
// Each cluster package is rendered in memory (as its build does) and the rendered files are
// validated RUNS times; the median and the fastest run are printed, with secret scanning and
// without. The first run also pays for loading the schema modules it needs: it is reported apart.
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { render, type Cluster } from "@k8s-gitops/core";
import { validateFiles } from "../src/validate.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ROOT = resolve(import.meta.dirname, "../../..");
const CLUSTERS = ["infra", "apps"];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const ms = (x: number): string => `${x.toFixed(1)} ms`;

for (const name of CLUSTERS) {
  const mod = (await import(pathToFileURL(join(ROOT, "clusters", name, "src/index.ts")).href)) as { default: Cluster };
  const tree = render(mod.default);
  const first = performance.now();
  const result = await validateFiles(tree.files, { cluster: name });
  const cold = performance.now() - first;
  const timings = { secrets: [] as number[], schemaOnly: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    for (const secrets of [true, false]) {
      const t = performance.now();
      await validateFiles(tree.files, { cluster: name, secrets });
      (secrets ? timings.secrets : timings.schemaOnly).push(performance.now() - t);
    }
  }
  const errors = result.findings.filter((f) => f.severity === "error" && !f.waived).length;
  process.stdout.write(
    `cluster ${name}: ${tree.files.size} files, ${result.objects} objects, ${errors} errors | ` +
      `median of ${RUNS}: ${ms(median(timings.secrets))} (min ${ms(Math.min(...timings.secrets))}), ` +
      `without secret scan ${ms(median(timings.schemaOnly))} | first run ${ms(cold)}\n`,
  );
}
