import type { TempWorkspace } from "./workspace.ts";

/** How Nx got a task's result: by running its command, or from the cache. */
export type TaskOutcome = "executed" | "cache";

export interface TaskRun {
  /** "project:target" -> outcome, for every task Nx ran or restored. */
  readonly tasks: ReadonlyMap<string, TaskOutcome>;
  readonly output: string;
  readonly ms: number;
}

// With --outputStyle=static Nx prints one header per task, `> nx run <project>:<target>`,
// followed by `[local cache]` (or `[existing outputs match the cache, left as is]`, or
// `[remote cache]`) when it did not run the command.
const TASK_HEADER = /^> nx run (\S+?):([^\s:]+)(?::\S+)?(?:\s+\[([^\]]+)\])?\s*$/gm;
const CACHE_SUMMARY = /Nx read the output from the cache instead of running the command for (\d+) out of (\d+) tasks/;

/**
 * Parses which tasks a run executed and which came from the cache, and checks the count
 * against Nx's own closing summary, so a change in Nx's output format fails loudly instead of
 * reading as "nothing ran".
 */
export function parseTaskRun(output: string): Map<string, TaskOutcome> {
  const tasks = new Map<string, TaskOutcome>();
  for (const m of output.matchAll(TASK_HEADER)) {
    const note = m[3];
    tasks.set(`${m[1]}:${m[2]}`, note && /cache/.test(note) ? "cache" : "executed");
  }
  const cached = [...tasks.values()].filter((o) => o === "cache").length;
  const summary = CACHE_SUMMARY.exec(output);
  const fromCache = summary ? Number(summary[1]) : 0;
  if (summary && Number(summary[2]) !== tasks.size) {
    throw new Error(`Nx reports ${summary[2]} tasks but ${tasks.size} task headers were parsed:\n${output}`);
  }
  if (fromCache !== cached) {
    throw new Error(`Nx reports ${fromCache} tasks from cache but ${cached} were parsed as cached:\n${output}`);
  }
  if (tasks.size === 0 && !/No tasks were run|Successfully ran target/.test(output)) {
    throw new Error(`no task headers in Nx's output:\n${output}`);
  }
  return tasks;
}

/** Runs `nx <args>` with static output and returns what each task did. */
export async function runTasks(ws: TempWorkspace, args: readonly string[], timeoutMs = 900_000): Promise<TaskRun> {
  const r = await ws.nx([...args, "--outputStyle=static"], { timeoutMs });
  const output = `${r.stdout}\n${r.stderr}`;
  return { tasks: parseTaskRun(output), output, ms: r.ms };
}

/** Projects of the tasks with the given outcome (and target), sorted. */
export function projectsWith(run: TaskRun, outcome: TaskOutcome, target = "build"): string[] {
  return [...run.tasks]
    .filter(([id, o]) => o === outcome && id.endsWith(`:${target}`))
    .map(([id]) => id.slice(0, -target.length - 1))
    .sort();
}

/** `nx show projects --affected` with the given range options. */
export async function affectedProjects(ws: TempWorkspace, range: readonly string[]): Promise<string[]> {
  const r = await ws.nx(["show", "projects", "--affected", ...range, "--json"]);
  const parsed: unknown = JSON.parse(r.stdout.trim() || "[]");
  if (!Array.isArray(parsed) || !parsed.every((p): p is string => typeof p === "string")) {
    throw new Error(`unexpected output of nx show projects: ${r.stdout}`);
  }
  return [...parsed].sort();
}
