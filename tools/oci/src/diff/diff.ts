import { structuredPatch } from "diff";
import { treeEntries, type TreeEntry } from "./objects.ts";

export interface EntryChange {
  change: "added" | "removed" | "changed";
  key: string;
  title: string;
  /** Path in the new tree (or the old one, for a removal). */
  path: string;
  /** Set when the object moved to another file. */
  movedFrom?: string;
  /** Unified diff hunks of the object's YAML (empty when only the path changed). */
  patch: string;
}

export interface TreeDiff {
  changes: EntryChange[];
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

function hunks(before: string, after: string): string {
  const p = structuredPatch("before", "after", before, after, undefined, undefined, { context: 3 });
  return p.hunks
    .map((h) => `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@\n${h.lines.join("\n")}\n`)
    .join("");
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** By file path, so a reviewer reads a component's changes together; then by identity. */
const byPath = (a: EntryChange, b: EntryChange): number => cmp(a.path, b.path) || cmp(a.key, b.key);

/** Object-level diff of two rendered trees (path -> content). */
export function diffTrees(
  before: ReadonlyMap<string, Uint8Array | string>,
  after: ReadonlyMap<string, Uint8Array | string>,
  labels: { before?: string; after?: string } = {},
): TreeDiff {
  const a = treeEntries(before, labels.before);
  const b = treeEntries(after, labels.after);
  const changes: EntryChange[] = [];
  let unchanged = 0;
  for (const [key, next] of b) {
    const prev: TreeEntry | undefined = a.get(key);
    if (!prev) {
      changes.push({ change: "added", key, title: next.title, path: next.path, patch: hunks("", next.text) });
    } else if (prev.text !== next.text || prev.path !== next.path) {
      changes.push({
        change: "changed",
        key,
        title: next.title,
        path: next.path,
        ...(prev.path !== next.path ? { movedFrom: prev.path } : {}),
        patch: prev.text === next.text ? "" : hunks(prev.text, next.text),
      });
    } else {
      unchanged++;
    }
  }
  for (const [key, prev] of a) {
    if (!b.has(key)) changes.push({ change: "removed", key, title: prev.title, path: prev.path, patch: hunks(prev.text, "") });
  }
  changes.sort(byPath);
  const count = (c: EntryChange["change"]): number => changes.filter((x) => x.change === c).length;
  return { changes, added: count("added"), removed: count("removed"), changed: count("changed"), unchanged };
}

export function hasChanges(d: TreeDiff): boolean {
  return d.changes.length > 0;
}

const MARK = { added: "+ added  ", removed: "- removed", changed: "~ changed" } as const;

function colourLine(line: string): string {
  if (line.startsWith("+")) return `\x1b[32m${line}\x1b[0m`;
  if (line.startsWith("-")) return `\x1b[31m${line}\x1b[0m`;
  if (line.startsWith("@@")) return `\x1b[36m${line}\x1b[0m`;
  return line;
}

/** The diff as a reviewer reads it on a PR: a summary, then each object's YAML diff. */
export function formatDiff(d: TreeDiff, o: { title?: string; color?: boolean; stat?: boolean } = {}): string {
  const summary = `${o.title ? `${o.title}: ` : ""}${d.added} added, ${d.removed} removed, ${d.changed} changed, ${d.unchanged} unchanged\n`;
  if (d.changes.length === 0) return summary;
  const list = d.changes.map((c) => `  ${MARK[c.change]} ${c.title}  (${c.movedFrom ? `${c.movedFrom} -> ` : ""}${c.path})\n`).join("");
  if (o.stat) return `${summary}${list}`;
  const bodies = d.changes
    .map((c) => {
      const head = `\n${MARK[c.change].trim()} ${c.title} (${c.path})\n`;
      const moved = c.movedFrom ? `moved from ${c.movedFrom}\n` : "";
      const patch = o.color ? c.patch.split("\n").map(colourLine).join("\n") : c.patch;
      return `${head}${moved}${patch}`;
    })
    .join("");
  return `${summary}${list}${bodies}`;
}
