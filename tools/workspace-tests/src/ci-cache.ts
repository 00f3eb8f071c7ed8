import { cpSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { run } from "./run.ts";

/** The Nx cache step of the workflows' setup action, as the workflows run it. */
export interface CiCacheStep {
  /** The folders actions/cache restores and saves, relative to the workspace root. */
  paths: string[];
  /** The `run` scripts of the steps after it (what runs on the restored folders before Nx). */
  after: string[];
}

export const SETUP_ACTION = ".github/actions/setup/action.yml";

function record(v: unknown, what: string): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Error(`${SETUP_ACTION}: ${what} is not a mapping`);
  return Object.fromEntries(Object.entries(v));
}

/** Reads the actions/cache step of the setup action in `root` and the run steps after it. */
export function readCiCacheStep(root: string): CiCacheStep {
  const action = record(parse(readFileSync(join(root, SETUP_ACTION), "utf8")), "the file");
  const steps = record(action.runs, "runs").steps;
  if (!Array.isArray(steps)) throw new Error(`${SETUP_ACTION}: runs.steps is not a list`);
  const parsed = steps.map((s, i) => record(s, `step ${i + 1}`));
  const at = parsed.findIndex((s) => typeof s.uses === "string" && s.uses.startsWith("actions/cache@"));
  if (at < 0) throw new Error(`${SETUP_ACTION}: no actions/cache step`);
  const path = record(parsed[at]!.with, "the cache step's with").path;
  if (typeof path !== "string") throw new Error(`${SETUP_ACTION}: the cache step has no path`);
  const paths = path
    .split("\n")
    .map((p) => p.trim())
    .filter(Boolean);
  const after = parsed.slice(at + 1).flatMap((s) => (typeof s.run === "string" ? [s.run] : []));
  return { paths, after };
}

/**
 * What actions/cache does on a later run, from one workspace to another: the saved folders
 * copied into the same place (those that existed when the cache was saved).
 */
export function restoreFolders(from: string, to: string, paths: readonly string[]): void {
  for (const p of paths) {
    if (existsSync(join(from, p))) cpSync(join(from, p), join(to, p), { recursive: true, preserveTimestamps: true });
  }
}

/** Runs the steps that follow the cache step, as a composite action's `shell: bash` step does. */
export async function runStepsAfterRestore(root: string, step: CiCacheStep, env: Record<string, string> = {}): Promise<string> {
  let out = "";
  for (const script of step.after) {
    const r = await run("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], { cwd: root, env });
    out += r.stdout + r.stderr;
  }
  return out;
}
