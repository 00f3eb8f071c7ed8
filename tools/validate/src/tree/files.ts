import { readdirSync, readFileSync, realpathSync, statSync, type Stats } from "node:fs";
import { join } from "node:path";

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
  // `rel`: the folder's path relative to dir, with "/" (built along the walk: path.relative on
  // each of a tree's 700 files was a tenth of reading it).
  const walk = (d: string, rel: string): void => {
    const real = realpathSync(d);
    if (visited.has(real)) return;
    visited.add(real);
    // Sorted by name as readdirSync(d).sort() sorts: UTF-16 code units.
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const name = entry.name;
      const p = join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      // Only a link needs a stat: what it names decides (the entry's own type says "link").
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let st: Stats;
        try {
          st = statSync(p);
        } catch (err) {
          const c = code(err);
          if (c === "ELOOP") throw new TreeReadError(`${r} (in ${dir}) is a symbolic link loop`);
          if (c === "ENOENT") throw new TreeReadError(`${r} (in ${dir}) is a dangling symbolic link`);
          throw err;
        }
        isDir = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDir) {
        if (!SKIP_DIRS.has(name)) walk(p, r);
      } else if (isFile) {
        files.set(r, readFileSync(p, "utf8"));
      }
    }
  };
  walk(dir, "");
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
