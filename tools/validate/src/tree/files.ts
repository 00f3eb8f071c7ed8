import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from "node:fs";
import { join, relative, sep } from "node:path";

const SKIP_DIRS = new Set(["node_modules", ".git"]);

/**
 * A folder that cannot be read as a tree: not a folder, a symbolic link loop, a dangling link.
 * The message names the path; the CLI makes it a usage error (exit 2), never a crash.
 */
export class TreeReadError extends Error {
  override name = "TreeReadError";
}

function code(err: unknown): string {
  return err instanceof Error && "code" in err ? String(err.code) : "";
}

/**
 * Every file under dir (relative path with / -> content), in sorted order: the tree as the
 * artifact holds it. Symbolic links are followed to what they name (a folder assembled from
 * links validates like a copy), each real folder once, so a link loop ends; a dangling link or a
 * loop is a TreeReadError naming it.
 */
export function readFiles(dir: string): Map<string, string> {
  let top: Stats;
  try {
    top = statSync(dir);
  } catch (err) {
    throw new TreeReadError(code(err) === "ELOOP" ? `${dir} is a symbolic link loop` : `${dir} does not exist`);
  }
  if (!top.isDirectory()) throw new TreeReadError(`${dir} is a file, not a folder: give the folder that holds the manifests`);
  const files = new Map<string, string>();
  const visited = new Set<string>();
  const walk = (d: string): void => {
    const real = realpathSync(d);
    if (visited.has(real)) return;
    visited.add(real);
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const rel = relative(dir, p).split(sep).join("/");
      let st: Stats;
      try {
        st = statSync(p);
      } catch (err) {
        const c = code(err);
        if (c === "ELOOP") throw new TreeReadError(`${rel} (in ${dir}) is a symbolic link loop`);
        if (c === "ENOENT" && lstatSync(p).isSymbolicLink()) throw new TreeReadError(`${rel} (in ${dir}) is a dangling symbolic link`);
        throw err;
      }
      if (st.isDirectory()) {
        if (!SKIP_DIRS.has(name)) walk(p);
      } else if (st.isFile()) {
        files.set(rel, readFileSync(p, "utf8"));
      }
    }
  };
  walk(dir);
  return files;
}

/** A YAML file: every document in it must be a Kubernetes object. */
export function isYaml(path: string): boolean {
  return /\.ya?ml$/.test(path);
}

/** A JSON file: a manifest when it holds an object with apiVersion and kind (kustomize reads those too). */
export function isJson(path: string): boolean {
  return /\.json$/.test(path);
}
