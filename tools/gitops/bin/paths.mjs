// @ts-check
// Where the CLI finds its commands and the cluster package a command line names. Plain
// JavaScript: the launcher (launch.mjs) reads these before anything else is loaded, to choose and
// make its bundle, and the CLI's sources read the same functions, so the bundle and the sources
// never disagree about a folder or a command.
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * The cluster package folder `--cluster` names: a folder, or a cluster's name (a DNS label),
 * found as clusters/<name> from the working folder up, so `--cluster infra` works anywhere in
 * the repository as `--cluster clusters/infra` does at its root.
 * @param {string} arg
 * @param {string} [cwd]
 * @returns {string}
 */
export function clusterDir(arg, cwd = process.cwd()) {
  const direct = resolve(cwd, arg);
  if (existsSync(join(direct, "src/index.ts")) || !DNS_LABEL.test(arg)) return direct;
  for (let dir = cwd; ; dir = resolve(dir, "..")) {
    const candidate = join(dir, "clusters", arg);
    if (existsSync(join(candidate, "src/index.ts"))) return candidate;
    if (resolve(dir, "..") === dir) return direct;
  }
}

/**
 * The cluster package a command line would load (its last --cluster, else the working folder),
 * or undefined when that folder is not a cluster package. Read the way node:util's parseArgs
 * reads it: `--cluster DIR` or `--cluster=DIR`, nothing after `--`.
 * @param {readonly string[]} argv
 * @param {string} [cwd]
 * @returns {string | undefined}
 */
export function clusterOfArgs(argv, cwd = process.cwd()) {
  let arg = ".";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") break;
    if (a === "--cluster" && i + 1 < argv.length) arg = argv[++i] ?? ".";
    else if (a?.startsWith("--cluster=")) arg = a.slice("--cluster=".length);
  }
  const dir = clusterDir(arg, cwd);
  return existsSync(join(dir, "src/index.ts")) && existsSync(join(dir, "package.json")) ? dir : undefined;
}

/** The CLI's command modules' folder (src/commands). */
export const COMMANDS_DIR = join(dirname(fileURLToPath(import.meta.url)), "../src/commands");

/**
 * The files of src/commands/ that hold commands (each exports `command`), in the order help lists
 * them. Adding a command is adding a file there.
 * @param {string} [dir]
 * @returns {string[]}
 */
export function commandFiles(dir = COMMANDS_DIR) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .sort()
    .map((f) => join(dir, f));
}
