#!/usr/bin/env node
// Copies the files of one extension from a source folder into a package's build output, for the
// data a package reads at run time next to its modules (tsc copies only what is imported).
//
//   node scripts/copy-assets.mjs <from> <to> <.ext>
import { cpSync, statSync } from "node:fs";

const [from, to, ext] = process.argv.slice(2);
if (!from || !to || !ext?.startsWith(".")) {
  process.stderr.write("usage: node scripts/copy-assets.mjs <from> <to> <.ext>\n");
  process.exit(2);
}
cpSync(from, to, { recursive: true, filter: (p) => statSync(p).isDirectory() || p.endsWith(ext) });
