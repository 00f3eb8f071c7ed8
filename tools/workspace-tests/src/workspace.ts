import { execFileSync } from "node:child_process";
import { appendFileSync, copyFileSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync, type Stats } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { run, type RunOptions, type RunResult } from "./run.ts";

/**
 * The monorepo these tests check: the working tree this package sits in, or another checkout
 * named by WORKSPACE_TESTS_REPO (to test a branch without switching this one).
 */
export const REPO_ROOT = process.env.WORKSPACE_TESTS_REPO ?? resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/**
 * The files of the working tree as git sees them: tracked and untracked-but-not-ignored, so
 * the copy holds exactly what a commit of the tree would (no node_modules, dist or .nx), and
 * uncommitted work is tested as it stands.
 */
function workingTreeFiles(root: string): string[] {
  const out = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });
  return [...new Set(out.split("\0").filter(Boolean))].sort();
}

function copyFile(from: string, to: string): void {
  let st: Stats;
  try {
    st = lstatSync(from);
  } catch {
    return; // deleted in the working tree but still in the index
  }
  mkdirSync(dirname(to), { recursive: true });
  if (st.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
  else if (st.isFile()) copyFileSync(from, to);
}

/**
 * Copies a prepared workspace: every file for real (tests append to sources, changesets rewrite
 * package.json files, git rewrites its index), except the node_modules folders, which are
 * hard-linked (`cp -al`): pnpm already hard-links their files from its store, nothing in the
 * tests writes into them, and a link farm of the whole dependency tree takes a second where a
 * cold `pnpm install` takes tens.
 */
function copyPrepared(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const src = join(from, entry.name);
    const dst = join(to, entry.name);
    if (entry.isDirectory() && entry.name === "node_modules") execFileSync("cp", ["-al", src, dst]);
    else if (entry.isDirectory()) {
      mkdirSync(dst);
      copyPrepared(src, dst);
    } else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(src), dst);
    else copyFileSync(src, dst);
  }
}

/**
 * A throwaway copy of the monorepo in a temp dir, with its own git history (one "base" commit
 * on main), its own node_modules (installed from the shared pnpm store, offline when it can)
 * and so its own Nx cache and workspace data: what a CI runner's fresh checkout is.
 */
export class TempWorkspace {
  readonly dir: string;

  private constructor(dir: string) {
    this.dir = dir;
  }

  /**
   * A copy of a workspace `create` prepared (see fixtures.ts: the shared set-up prepares one per
   * test run and each test file takes a copy), with the same base commit and dependencies.
   */
  static fromPrepared(prepared: string, label: string): TempWorkspace {
    const dir = mkdtempSync(join(tmpdir(), `k8s-gitops-${label}-`));
    copyPrepared(prepared, dir);
    return new TempWorkspace(dir);
  }

  static async create(label: string): Promise<TempWorkspace> {
    const dir = mkdtempSync(join(tmpdir(), `k8s-gitops-${label}-`));
    for (const f of workingTreeFiles(REPO_ROOT)) copyFile(join(REPO_ROOT, f), join(dir, f));
    const ws = new TempWorkspace(dir);
    await ws.git("init", "-q", "-b", "main");
    await ws.git("config", "user.name", "workspace-tests");
    await ws.git("config", "user.email", "workspace-tests@k8s-gitops.invalid");
    await ws.git("config", "commit.gpgsign", "false");
    await ws.commit("base");
    await ws.install();
    return ws;
  }

  /** Installs from the lockfile: offline from the pnpm store first (fast), online if the store lacks something. */
  async install(): Promise<void> {
    const offline = await this.pnpm(["install", "--offline", "--frozen-lockfile", "--reporter=append-only"], { allowFailure: true });
    if (offline.code === 0) return;
    await this.pnpm(["install", "--prefer-offline", "--frozen-lockfile", "--reporter=append-only"]);
  }

  path(rel: string): string {
    return join(this.dir, rel);
  }

  read(rel: string): string {
    return readFileSync(this.path(rel), "utf8");
  }

  write(rel: string, content: string): void {
    mkdirSync(dirname(this.path(rel)), { recursive: true });
    writeFileSync(this.path(rel), content);
  }

  append(rel: string, content: string): void {
    appendFileSync(this.path(rel), content);
  }

  async git(...args: string[]): Promise<string> {
    return (await run("git", args, { cwd: this.dir })).stdout.trim();
  }

  /** Commits everything and returns the new commit's SHA. */
  async commit(message: string): Promise<string> {
    await this.git("add", "-A");
    await this.git("commit", "-q", "--allow-empty", "-m", message);
    return this.git("rev-parse", "HEAD");
  }

  pnpm(args: readonly string[], o: Omit<RunOptions, "cwd"> & { cwd?: string } = {}): Promise<RunResult> {
    return run("pnpm", args, { ...o, cwd: o.cwd ?? this.dir });
  }

  /** The workspace's own Nx (node_modules/.bin/nx), as CI runs it. */
  nx(args: readonly string[], o: Omit<RunOptions, "cwd"> = {}): Promise<RunResult> {
    return this.pnpm(["exec", "nx", ...args], o);
  }

  /** Removes the copy, unless WORKSPACE_TESTS_KEEP is set (to look at it after a failure). */
  async remove(): Promise<void> {
    if (process.env.WORKSPACE_TESTS_KEEP) {
      process.stderr.write(`workspace-tests: kept ${this.dir}\n`);
      return;
    }
    await rm(this.dir, { recursive: true, force: true, maxRetries: 3 });
  }
}
