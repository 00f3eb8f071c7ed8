import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { commandFiles } from "../bin/paths.mjs";
import { UsageError } from "./load.ts";
import { helpText, type Command } from "./command.ts";
import { isConfigError } from "./core.ts";

/** A module of src/commands/: it exports its command as `command`. */
export interface CommandModule {
  command?: Command;
}

async function loadCommands(given?: readonly CommandModule[]): Promise<Map<string, Command>> {
  // The launcher's bundle passes the modules it compiled in (listed the same way, when it was made).
  const modules = given ?? (await Promise.all(commandFiles().map(async (f) => (await import(f)) as CommandModule)));
  const commands = new Map<string, Command>();
  for (const mod of modules) if (mod.command) commands.set(mod.command.name, mod.command);
  return commands;
}

function usage(commands: Map<string, Command>): string {
  const width = Math.max(...[...commands.keys()].map((k) => k.length));
  const lines = [...commands.values()].map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `gitops: build, check and ship the platform's clusters

Usage: gitops <command> [options]     (gitops <command> --help for its options)
       gitops --version

Output: results on stdout (--json for machines), progress on stderr; no colour when NO_COLOR
is set or the output is not a terminal. Exit codes: 0 ok, 1 a finding (invalid, changes in a
diff, a refused push), 2 usage error, 3 a crash (a bug: please report it).
The CLI runs from a bundle of its sources and the cluster's, made on first use and whenever a
source changes (node_modules/.cache/gitops-cli); GITOPS_BUNDLE=0 runs the sources themselves.

Commands:
${lines.join("\n")}
`;
}

/** The CLI's version: its package.json's, read once, so --version and the package never disagree. */
function version(): string {
  const pkg = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../package.json"), "utf8")) as { name: string; version: string };
  return `${pkg.name} ${pkg.version}`;
}

export async function main(argv: string[], commandModules?: readonly CommandModule[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-V" || name === "version") {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const commands = await loadCommands(commandModules);
  if (!name || name === "--help" || name === "-h" || name === "help") {
    // Asked for, help is the output (stdout, exit 0); without a command it is an error (stderr, 2).
    (name ? process.stdout : process.stderr).write(usage(commands));
    return name ? 0 : 2;
  }
  const cmd = commands.get(name);
  if (!cmd) {
    process.stderr.write(`gitops: unknown command "${name}"\n\n${usage(commands)}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    const help = await helpText(cmd);
    process.stdout.write(help.endsWith("\n") ? help : `${help}\n`);
    return 0;
  }
  try {
    return await cmd.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`gitops ${name}: ${err.message}\n\n${await helpText(cmd)}\n`);
      return 2;
    }
    if (err instanceof Error && (await isConfigError(err))) {
      process.stderr.write(`gitops ${name}: ${err.message}\n`);
      return 1;
    }
    // An error about the input (a corrupt layout, an artifact past the limits, a registry
    // refusal) is a finding the user acts on, not a crash: exit 1 with its message.
    const { userFacing } = await import("./registry.ts");
    const message = userFacing(err);
    if (message !== undefined) {
      process.stderr.write(`gitops ${name}: ${message}\n`);
      return 1;
    }
    throw err;
  }
}
