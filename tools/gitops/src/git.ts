import { execFileSync } from "node:child_process";
import { createdFrom, revision, tagFromBranch } from "@k8s-gitops/oci";
import { ENV } from "./artifact-options.ts";
import { UsageError } from "./load.ts";

/** Where an artifact comes from, as its annotations and tags record it. */
export interface SourceInfo {
  /** Repository URL without credentials. */
  source: string;
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

function git(dir: string, args: string[]): string | undefined {
  try {
    return execFileSync("git", ["-C", dir, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

/** https://user:token@host/x.git -> https://host/x; git@host:x.git stays (no secret in it). */
export function cleanRemote(url: string): string {
  return url.replace(/^(https?:\/\/)[^@/]+@/, "$1").replace(/\.git$/, "");
}

/**
 * The commit, branch and time to stamp on the artifact: from GITOPS_* variables when set (CI),
 * otherwise from git. Outside a checkout the artifact is "unversioned" (commit 000…, time 0),
 * which build accepts and push refuses.
 */
export function sourceInfo(dir: string, env: Readonly<Record<string, string | undefined>> = process.env): SourceInfo {
  const commit = env[ENV.commit] ?? git(dir, ["rev-parse", "HEAD"]);
  if (!commit) {
    return { source: env[ENV.source] ?? "unknown", branch: env[ENV.branch] ?? "unversioned", commit: UNVERSIONED_COMMIT, created: "1970-01-01T00:00:00Z", dirty: false, versioned: false };
  }
  if (!/^[0-9a-f]{40}$/.test(commit)) throw new UsageError(`${ENV.commit}="${commit}" is not a full 40-hex commit id`);
  const fromEnv = env[ENV.commit] !== undefined;
  const branch = env[ENV.branch] ?? git(dir, ["rev-parse", "--abbrev-ref", "HEAD"]) ?? "HEAD";
  const created = env[ENV.created] ?? git(dir, ["show", "-s", "--format=%cI", commit]) ?? "1970-01-01T00:00:00Z";
  const source = env[ENV.source] ?? cleanRemote(git(dir, ["remote", "get-url", "origin"]) ?? "unknown");
  const dirty = !fromEnv && (git(dir, ["status", "--porcelain", "--untracked-files=no"]) ?? "") !== "";
  return { source, branch, commit, created: createdFrom(created), dirty, versioned: true };
}

export function revisionOf(s: SourceInfo): string {
  return revision(s.branch, s.commit);
}

/** The tags a push writes: one per commit (immutable by convention) and the branch's moving tag. */
export function pushTags(s: Pick<SourceInfo, "branch" | "commit">): { commitTag: string; movingTag: string } {
  if (s.branch === "HEAD") throw new UsageError(`detached HEAD: cannot tell the branch for the moving tag; set ${ENV.branch} or pass --branch`);
  return { commitTag: `sha-${s.commit}`, movingTag: tagFromBranch(s.branch) };
}
