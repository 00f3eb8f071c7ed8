import { ArtifactError } from "../artifact.ts";
import { yaml } from "../lazy-modules.ts";

/** One object of an artifact (or a non-object file), as the diff compares it. */
export interface TreeEntry {
  /** Identity across versions: group/Kind/namespace/name, or file:<path> for other files. */
  key: string;
  /** How a reviewer reads it: "HelmRelease cilium/cilium". */
  title: string;
  path: string;
  text: string;
}

// Fatal: a layer of binary junk must be reported as such, not diffed as U+FFFD soup.
const dec = new TextDecoder("utf-8", { fatal: true });

/** Aliases the YAML reader expands per document; a billion-laughs file stops here, fast. */
const MAX_ALIASES = 1000;

function str(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}

/**
 * The objects of a rendered tree keyed by identity. The API group is part of the key and the
 * version is not, so an apiVersion bump reads as a change of the object, not a removal and an
 * addition; the file path is not either, so a moved object reads as a change of path.
 */
export function treeEntries(files: ReadonlyMap<string, Uint8Array | string>, what = "tree"): Map<string, TreeEntry> {
  const out = new Map<string, TreeEntry>();
  const add = (e: TreeEntry): void => {
    let key = e.key;
    for (let n = 2; out.has(key); n++) key = `${e.key}#${n}`;
    out.set(key, { ...e, key });
  };
  for (const [path, content] of files) {
    let text: string;
    try {
      text = typeof content === "string" ? content : dec.decode(content);
    } catch {
      throw new ArtifactError(`${what}: file ${path} is not UTF-8 text (binary content in a rendered tree?)`);
    }
    if (!/\.(ya?ml|json)$/.test(path)) {
      add({ key: `file:${path}`, title: `file ${path}`, path, text });
      continue;
    }
    const docs = yaml().parseAllDocuments(text, { uniqueKeys: false });
    if (!Array.isArray(docs)) continue;
    docs.forEach((doc, i) => {
      const error = doc.errors[0];
      if (error) throw new ArtifactError(`${what}: file ${path} is not valid YAML (document ${i}: ${error.message.split("\n")[0]})`);
      let js: unknown;
      try {
        js = doc.toJS({ maxAliasCount: MAX_ALIASES });
      } catch (err) {
        throw new ArtifactError(`${what}: file ${path} cannot be read (document ${i}: ${err instanceof Error ? err.message : String(err)})`);
      }
      if (js === null || js === undefined) return;
      const docText = doc.toString({ lineWidth: 0 });
      const obj = typeof js === "object" && !Array.isArray(js) ? (js as Record<string, unknown>) : {};
      const meta = typeof obj.metadata === "object" && obj.metadata !== null ? (obj.metadata as Record<string, unknown>) : {};
      const apiVersion = str(obj.apiVersion);
      const kind = str(obj.kind);
      const name = str(meta.name);
      if (!apiVersion || !kind || !name) {
        add({ key: `file:${path}${docs.length > 1 ? `#${i}` : ""}`, title: `file ${path}`, path, text: docText });
        return;
      }
      const ns = str(meta.namespace);
      const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
      add({ key: `${group}/${kind}/${ns ?? ""}/${name}`, title: `${kind} ${ns ? `${ns}/` : ""}${name}`, path, text: docText });
    });
  }
  return out;
}
