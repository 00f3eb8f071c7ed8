import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { ArtifactError } from "./artifact.ts";
import { dirname, join, relative, sep } from "node:path";
import { checkEntryPath } from "./tar.ts";

/** The regular files under `dir` (relative "/"-separated path -> content), sorted by path. */
export function readTreeDir(dir: string): Map<string, Uint8Array> {
  const st = statSync(dir, { throwIfNoEntry: false });
  if (!st) throw new ArtifactError(`${dir} does not exist`);
  if (!st.isDirectory()) throw new ArtifactError(`${dir} is a file, not a folder`);
  const out = new Map<string, Uint8Array>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.isFile()) out.set(relative(dir, abs).split(sep).join("/"), readFileSync(abs));
    }
  };
  walk(dir);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Writes files under `dir`, replacing it; paths are checked so nothing lands outside it. */
export function writeTreeDir(dir: string, files: ReadonlyMap<string, Uint8Array | string>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, content] of files) {
    checkEntryPath(path);
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}
