import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError } from "@k8s-gitops/core";
import { UsageError } from "./load.ts";
import type { Command } from "./command.ts";

const COMMANDS_DIR = join(dirname(fileURLToPath(import.meta.url)), "commands");

async function loadCommands(): Promise<Map<string, Command>> {
  const files = readdirSync(COMMANDS_DIR)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .sort();
  const commands = new Map<string, Command>();
  for (const f of files) {
    const mod = (await import(join(COMMANDS_DIR, f))) as { command?: Command };
    if (mod.command) commands.set(mod.command.name, mod.command);
  }
  return commands;
}

function usage(commands: Map<string, Command>): string {
  const width = Math.max(...[...commands.keys()].map((k) => k.length));
  const lines = [...commands.values()].map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `gitops: build, check and ship the platform's clusters

Usage: gitops <command> [options]     (gitops <command> --help for its options)

Commands:
${lines.join("\n")}
`;
}

export async function main(argv: string[]): Promise<number> {
  const commands = await loadCommands();
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage(commands));
    return name ? 0 : 2;
  }
  const cmd = commands.get(name);
  if (!cmd) {
    process.stderr.write(`gitops: unknown command "${name}"\n\n${usage(commands)}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(cmd.help.endsWith("\n") ? cmd.help : `${cmd.help}\n`);
    return 0;
  }
  try {
    return await cmd.run(rest);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`gitops ${name}: ${err.message}\n`);
      return 1;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`gitops ${name}: ${err.message}\n\n${cmd.help}\n`);
      return 2;
    }
    throw err;
  }
}
