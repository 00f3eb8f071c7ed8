import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { scanSecrets, type SecretHit } from "./scan.ts";

/**
 * Files deliberately holding fake credentials: the bad-input fixtures of the secret-leak rule.
 * Everything else in the repository is scanned.
 */
export const SOURCE_IGNORE: readonly RegExp[] = [/^tools\/validate\/test\/fixtures\/bad\/leaked-[^/]+\//];

/** Larger files are generated data (schemas, lockfiles' peers); credentials live in small files. */
const MAX_BYTES = 2_000_000;

/** The repository's files as git sees them: tracked plus untracked-but-not-ignored (so dist/ and node_modules/ stay out). */
export function sourceFiles(root: string): string[] {
  const out = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return out.split("\0").filter((f) => f && !SOURCE_IGNORE.some((re) => re.test(f))).sort();
}

/** Scans the repository's source (not only what a build renders) for credentials. */
export async function scanSource(root: string): Promise<{ files: number; hits: SecretHit[] }> {
  const contents = new Map<string, string>();
  for (const file of sourceFiles(root)) {
    const abs = join(root, file);
    let size: number;
    try {
      size = statSync(abs).size;
    } catch {
      continue; // deleted in the working tree but still in the index
    }
    if (size > MAX_BYTES) continue;
    const text = readFileSync(abs, "utf8");
    if (!text.includes("\0")) contents.set(file, text);
  }
  return { files: contents.size, hits: await scanSecrets(contents) };
}
