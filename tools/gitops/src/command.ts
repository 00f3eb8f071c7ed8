/**
 * A subcommand of `gitops`. Every file in src/commands/ exports one as `command`; the CLI finds
 * them there, so adding a command touches no shared file.
 */
export interface Command {
  name: string;
  /** One line for `gitops --help`. */
  summary: string;
  /** The full text of `gitops <name> --help`. */
  help: string;
  /** Returns the process exit code. Throwing a ConfigError prints its message and exits 1. */
  run(argv: string[]): Promise<number>;
}

/** Progress lines go to stderr so stdout stays clean for machine output (--json, diffs). */
export function progress(message: string): void {
  if (process.env.GITOPS_QUIET) return;
  process.stderr.write(`${message}\n`);
}
