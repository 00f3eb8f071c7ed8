/**
 * A subcommand of `gitops`. Every file in src/commands/ exports one as `command`; the CLI finds
 * them there, so adding a command touches no shared file.
 */
export interface Command {
  name: string;
  /** One line for `gitops --help`. */
  summary: string;
  /** The full text of `gitops <name> --help`; a function when it needs a module loaded on demand. */
  help: string | (() => Promise<string>);
  /** Returns the process exit code. Throwing a ConfigError prints its message and exits 1. */
  run(argv: string[]): Promise<number>;
}

export async function helpText(cmd: Pick<Command, "help">): Promise<string> {
  return typeof cmd.help === "string" ? cmd.help : cmd.help();
}

/** Progress lines go to stderr so stdout stays clean for machine output (--json, diffs). */
export function progress(message: string): void {
  if (process.env.GITOPS_QUIET) return;
  process.stderr.write(`${message}\n`);
}

/** One JSON document on stdout, the whole machine-readable output of a command run with --json. */
export function emitJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/**
 * Whether to colour what goes to `stream`: an explicit --color always (a flag given for this run
 * overrides the user's environment, as https://no-color.org asks); otherwise never with NO_COLOR
 * set, never into a pipe or file (CI logs, `> out.txt`), and with FORCE_COLOR even there.
 */
export function useColour(stream: { isTTY?: boolean }, forced: boolean, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  if (forced) return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "" && env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true && env.TERM !== "dumb";
}
