import { isMap, isNode, isPair, isScalar, isSeq, parseAllDocuments, type Node } from "yaml";
import { fieldPath } from "../schema/path.ts";

/**
 * The document index and field path of a byte offset in a YAML file, so a secret found by
 * text scanning is reported like any other finding: object and field.
 */
export function locateOffset(content: string, offset: number): { doc: number; field: string } | undefined {
  const docs = parseAllDocuments(content);
  const list = Array.isArray(docs) ? docs : [docs];
  for (let i = 0; i < list.length; i++) {
    const d = list[i]!;
    const [start, , end] = d.range;
    if (offset < start || offset > end) continue;
    return { doc: i, field: pathIn(d.contents, offset, "") };
  }
  return undefined;
}

function pathIn(node: Node | null, offset: number, path: string): string {
  if (isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const key = isScalar(item.key) ? String(item.key.value) : "";
      const value = item.value;
      if (isNode(value) && value.range && offset >= value.range[0] && offset <= value.range[2]) return pathIn(value, offset, fieldPath(path, key));
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i];
      if (isNode(item) && item.range && offset >= item.range[0] && offset <= item.range[2]) return pathIn(item, offset, `${path}[${i}]`);
    }
  }
  return path;
}
