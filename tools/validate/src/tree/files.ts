import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

const SKIP_DIRS = new Set(["node_modules", ".git"]);

/** Every file under dir (relative path with / -> content), in sorted order: the tree as the artifact holds it. */
export function readFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (!SKIP_DIRS.has(name)) walk(p);
      } else {
        files.set(relative(dir, p).split(sep).join("/"), readFileSync(p, "utf8"));
      }
    }
  };
  walk(dir);
  return files;
}

export function isYaml(path: string): boolean {
  return /\.ya?ml$/.test(path);
}
