import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createdFrom, revision, tagFromBranch } from "@k8s-gitops/oci";
import { ENV } from "./artifact-options.ts";
import { UsageError } from "./load.ts";

/** Where an artifact comes from, as its annotations and tags record it. */
export interface SourceInfo {
  /** Public repository URL without credentials; undefined when there is none (never a local path). */
  source: string | undefined;
  branch: string;
  commit: string;
  /** Commit time, RFC 3339 UTC. */
  created: string;
  /** Uncommitted changes in the work tree: the revision would not describe the content. */
  dirty: boolean;
  /** False outside a git checkout (no commit to name). */
  versioned: boolean;
}


const UNVERSIONED_COMMIT = "0".repeat(40);

const COMMIT_ID = /^[0-9a-f]{40}$/;

/** Variables that change which repository, worktree or refs git reads: with any set, git is asked. */
const REPOSITORY_ENV = ["GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_NAMESPACE", "GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT"];

/** The repository's git folder for a work tree folder: .git, or the folder a linked worktree's .git file names. */
function gitDirOf(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const dotGit = join(d, ".git");
    const st = statSync(dotGit, { throwIfNoEntry: false });
    if (st?.isDirectory()) return dotGit;
    if (st?.isFile()) {
      const to = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, "utf8"))?.[1]?.trim();
      return to ? resolve(d, to) : undefined;
    }
    if (dirname(d) === d) return undefined;
  }
}

/**
 * The commit HEAD is at, read from the repository's files instead of a git process (5-10 ms of
 * a short command such as push --layout): HEAD holding a commit id, or naming a branch whose ref
 * is a loose file or a line of packed-refs, in a checkout or a linked worktree. null when only
 * git can tell (a REPOSITORY_ENV variable set, a reftable or SHA-256 repository, a ref that is
 * not a branch, an unborn branch): the caller asks git.
 */
export function readHeadCommit(dir: string, env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  if (REPOSITORY_ENV.some((k) => env[k] !== undefined)) return null;
  try {
    const gitDir = gitDirOf(dir);
    if (!gitDir) return null;
    const head = readFileSync(join(gitDir, "HEAD"), "utf8").trim();
    if (COMMIT_ID.test(head)) return head;
    const ref = /^ref: (refs\/heads\/\S+)$/.exec(head)?.[1];
    if (!ref) return null;
    // A linked worktree keeps its HEAD; refs live in the main repository (commondir).
    const commonFile = join(gitDir, "commondir");
    const common = existsSync(commonFile) ? resolve(gitDir, readFileSync(commonFile, "utf8").trim()) : gitDir;
    if (existsSync(join(common, "reftable"))) return null;
    for (const base of new Set([gitDir, common])) {
      const loose = join(base, ref);
      if (existsSync(loose)) {
        const id = readFileSync(loose, "utf8").trim();
        return COMMIT_ID.test(id) ? id : null;
      }
    }
    const packed = join(common, "packed-refs");
    if (!existsSync(packed)) return null;
    for (const line of readFileSync(packed, "utf8").split("\n")) {
      const [id, name] = line.split(" ");
      if (name === ref && id !== undefined && COMMIT_ID.test(id)) return id;
    }
    return null;
  } catch {
    return null;
  }
}

function git(dir: string, args: string[]): string | undefined {
  try {
    return execFileSync("git", ["-C", dir, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * The repository URL as the artifact may record it: https://host/path, whatever the clone used
 * (HTTPS://, git+https://, ssh://git:token@host/, git@host:path, git://), with userinfo, query
 * (?private_token=…), fragment and .git dropped. A local path or file:// URL gives undefined: a
 * folder name says nothing to a reader of the artifact, and recording it would make the digest
 * depend on where the clone sits.
 */
export function normaliseSource(raw: string | undefined): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  let url: URL;
  // scp-like syntax: [user@]host:path (no scheme, a colon before any slash).
  const scp = /^(?:[^@/\s]+@)?([A-Za-z0-9.-]+):(?!\/\/)([^\s]+)$/.exec(text);
  if (scp && !/^[A-Za-z]:[\\/]/.test(text)) {
    url = new URL(`https://${scp[1]}/${scp[2]!.replace(/^\/+/, "")}`);
  } else {
    try {
      url = new URL(text);
    } catch {
      return undefined; // a relative path, or nothing a reader could open
    }
  }
  const scheme = url.protocol.toLowerCase().replace(/^git\+/, "").replace(/:$/, "");
  if (!["https", "http", "ssh", "git"].includes(scheme) || url.hostname === "") return undefined;
  const path = url.pathname.replace(/\/+$/, "").replace(/\.git$/, "");
  // ssh and git:// ports are not the web's: only an http(s) port survives.
  const port = (scheme === "https" || scheme === "http") && url.port ? `:${url.port}` : "";
  return `${scheme === "http" ? "http" : "https"}://${url.hostname.toLowerCase()}${port}${path}`;
}

/**
 * The commit, branch and time to stamp on the artifact: from GITOPS_* variables when set (CI),
 * otherwise from git. Outside a checkout the artifact is "unversioned" (commit 000…, time 0),
 * which build accepts and push refuses.
 */
export function sourceInfo(dir: string, env: Readonly<Record<string, string | undefined>> = process.env): SourceInfo {
  const commit = env[ENV.commit] ?? readHeadCommit(dir, env) ?? git(dir, ["rev-parse", "HEAD"]);
  if (!commit) {
    return { source: normaliseSource(env[ENV.source]), branch: env[ENV.branch] ?? "unversioned", commit: UNVERSIONED_COMMIT, created: "1970-01-01T00:00:00Z", dirty: false, versioned: false };
  }
  if (!/^[0-9a-f]{40}$/.test(commit)) throw new UsageError(`${ENV.commit}="${commit}" is not a full 40-hex commit id`);
  const fromEnv = env[ENV.commit] !== undefined;
  const branch = env[ENV.branch] ?? git(dir, ["rev-parse", "--abbrev-ref", "HEAD"]) ?? "HEAD";
  const created = env[ENV.created] ?? git(dir, ["show", "-s", "--format=%cI", commit]) ?? "1970-01-01T00:00:00Z";
  // GITOPS_SOURCE first, then the clone's origin, then GitLab's CI_REPOSITORY_URL (which carries
  // the job token as userinfo: normaliseSource drops it).
  const source = normaliseSource(env[ENV.source] ?? git(dir, ["remote", "get-url", "origin"]) ?? env.CI_REPOSITORY_URL);
  const dirty = !fromEnv && (git(dir, ["status", "--porcelain", "--untracked-files=no"]) ?? "") !== "";
  return { source, branch, commit, created: createdFrom(created), dirty, versioned: true };
}

/**
 * The commit the checkout is at (GITOPS_COMMIT when set), undefined outside a checkout: what
 * `push --layout` compares the layout's commit with, without the rest of sourceInfo's git calls.
 */
export function headCommit(dir: string, env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const commit = env[ENV.commit] ?? readHeadCommit(dir, env) ?? git(dir, ["rev-parse", "HEAD"]);
  if (commit !== undefined && !/^[0-9a-f]{40}$/.test(commit)) throw new UsageError(`${ENV.commit}="${commit}" is not a full 40-hex commit id`);
  return commit;
}

export function revisionOf(s: SourceInfo): string {
  return revision(s.branch, s.commit);
}

/** The tags a push writes: one per commit (immutable by convention) and the branch's moving tag. */
export function pushTags(s: Pick<SourceInfo, "branch" | "commit">): { commitTag: string; movingTag: string } {
  if (s.branch === "HEAD") throw new UsageError(`detached HEAD: cannot tell the branch for the moving tag; set ${ENV.branch} or pass --branch`);
  return { commitTag: `sha-${s.commit}`, movingTag: tagFromBranch(s.branch) };
}
