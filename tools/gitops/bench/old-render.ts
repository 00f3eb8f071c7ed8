// The old repository's render, as Flux builds it: starting at kubernetes/clusters/<name> (the
// path of the cluster's flux-system Kustomization), every path is built with `kubectl kustomize`,
// and each Flux Kustomization (kustomize.toolkit.fluxcd.io) in the output names another path to
// build, until none is new. A path without a kustomization.yaml gets the one Flux generates: every
// manifest under it, with each sub-folder that has its own kustomization.yaml taken whole.
// Flux's postBuild variable substitution is not done (string replacement, no kustomize cost).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

export interface OldRender {
  /** Paths built, relative to the repository root, in the order Flux reaches them. */
  paths: string[];
  /** Paths kustomize refused (faults of the reference repository), with its first error line. */
  failed: { path: string; error: string }[];
  /** Objects in the successful builds' output. */
  objects: number;
}

function hasKustomization(dir: string): boolean {
  return KUSTOMIZATION_FILES.some((f) => existsSync(join(dir, f)));
}

/** What Flux's generator lists for a folder without a kustomization.yaml. */
function generatedResources(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (hasKustomization(p)) out.push(p);
        else walk(p);
      } else if (/\.ya?ml$/.test(name) && /^kind:/m.test(readFileSync(p, "utf8"))) {
        out.push(p);
      }
    }
  };
  walk(dir);
  return out;
}

function kustomize(kubectl: string, dir: string): { ok: true; yaml: string } | { ok: false; error: string } {
  let target = dir;
  let scratch: string | undefined;
  const args = ["kustomize"];
  if (!hasKustomization(dir)) {
    scratch = mkdtempSync(join(tmpdir(), "old-render-"));
    writeFileSync(join(scratch, "kustomization.yaml"), `resources:\n${generatedResources(dir).map((p) => `  - ${relative(scratch!, p)}`).join("\n")}\n`);
    target = scratch;
    args.push("--load-restrictor=LoadRestrictionsNone");
  }
  try {
    const r = spawnSync(kubectl, [...args, target], { encoding: "utf8", maxBuffer: 1 << 28 });
    if (r.status === 0) return { ok: true, yaml: r.stdout };
    return { ok: false, error: (r.stderr || r.error?.message || `exit ${r.status}`).trim().split("\n")[0] ?? "" };
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

/** spec.path of every Flux Kustomization in a multi-document YAML stream (no YAML parser: a scan). */
function fluxPaths(yaml: string): string[] {
  const paths: string[] = [];
  for (const doc of yaml.split(/^---$/m)) {
    if (!/^apiVersion: kustomize\.toolkit\.fluxcd\.io\//m.test(doc) || !/^kind: Kustomization$/m.test(doc)) continue;
    const m = /^ {2}path: (.+)$/m.exec(doc);
    if (m) paths.push(m[1]!.trim().replace(/^["']|["']$/g, ""));
  }
  return paths;
}

/** Builds cluster `name` of the repository at `root` the way its Flux would, with kubectl's kustomize. */
export function oldRender(root: string, name: string, kubectl = "kubectl"): OldRender {
  const start = join("kubernetes/clusters", name);
  if (!existsSync(join(root, start))) throw new Error(`${join(root, start)} does not exist`);
  const seen = new Set<string>();
  const queue = [start];
  const result: OldRender = { paths: [], failed: [], objects: 0 };
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    result.paths.push(path);
    const built = kustomize(kubectl, join(root, path));
    if (!built.ok) {
      result.failed.push({ path, error: built.error });
      continue;
    }
    result.objects += built.yaml.match(/^kind: /gm)?.length ?? 0;
    for (const p of fluxPaths(built.yaml)) queue.push(p.replace(/^\.\//, "").replace(/\/$/, ""));
  }
  return result;
}
