import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

export function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

/** Every YAML document of every .yaml/.yml file under a folder, in path order. */
export interface YamlDocument {
  file: string;
  value: unknown;
}

const cache = new Map<string, readonly YamlDocument[]>();

/**
 * The vendored CRD files, parsed once per process: both the kinds table and the validators read
 * them, and parsing ~20 MB of YAML is most of what code generation costs.
 */
export function yamlDocuments(dir: string): readonly YamlDocument[] {
  const hit = cache.get(dir);
  if (hit) return hit;
  const docs: YamlDocument[] = [];
  for (const file of walk(dir)) {
    if (!/\.ya?ml$/.test(file)) continue;
    for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) docs.push({ file, value: doc.toJS() });
  }
  cache.set(dir, docs);
  return docs;
}
