import { spawn } from "node:child_process";

export interface RunOptions {
  cwd: string;
  /** Added to the cleaned environment (see cleanEnv). */
  env?: Record<string, string>;
  /** Kill the command after this many ms (default 10 minutes). */
  timeoutMs?: number;
  /** Resolve with a non-zero exit code instead of throwing. */
  allowFailure?: boolean;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Wall time of the command, for the benchmark. */
  ms: number;
}

/**
 * The environment a command in a temporary workspace gets: the caller's, less what an outer
 * Nx task, pnpm script or git hook set for *its* workspace (NX_*, npm_*, GIT_*), which would
 * otherwise leak into the inner run (an outer NX_TASK_HASH or npm_config_registry changes what
 * the inner Nx or pnpm does). Colour is off so output can be parsed.
 */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || /^(NX_|npm_|GIT_|VITEST|NODE_ENV$|FORCE_COLOR$|TINYPOOL)/i.test(k)) continue;
    env[k] = v;
  }
  return { ...env, NX_DAEMON: "false", NX_NO_CLOUD: "true", NX_TUI: "false", NO_COLOR: "1", ...extra };
}

/** Runs a command to completion; throws with its output when it fails (unless allowFailure). */
export function run(command: string, args: readonly string[], o: RunOptions): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: o.cwd, env: cleanEnv(o.env), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    const timeoutMs = o.timeoutMs ?? 600_000;
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(new Error(`${command} could not start: ${err.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const result = { code: code ?? -1, stdout, stderr, ms: performance.now() - started };
      if (result.code === 0 || o.allowFailure) return resolve(result);
      const why = signal ? `killed by ${signal}${signal === "SIGKILL" ? ` (timeout ${timeoutMs} ms)` : ""}` : `exit code ${code}`;
      reject(new Error(`${command} ${args.join(" ")} (in ${o.cwd}) failed: ${why}\n--- stdout\n${tail(stdout)}\n--- stderr\n${tail(stderr)}`));
    });
  });
}

function tail(s: string, max = 6000): string {
  return s.length > max ? `...${s.slice(-max)}` : s;
}
