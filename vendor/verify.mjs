#!/usr/bin/env node
// Checks vendor/ against vendor/SOURCES.md: every listed file exists with the recorded sha256,
// and every file under vendor/ is listed (except the bookkeeping files and LICENSES/), so a
// vendored input cannot change, appear or vanish without its source row changing with it.
// Plain Node (no dependencies, no build), so it runs in a bare clone: `node vendor/verify.mjs`.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const VENDOR = dirname(fileURLToPath(import.meta.url));
const BOOKKEEPING = new Set(["README.md", "SOURCES.md", "verify.mjs"]);

/** Rows of the SOURCES.md table: the first cell is the path, the last the sha256 (both in backticks). */
export function readSources(text) {
  const rows = new Map();
  for (const line of text.split("\n")) {
    const m = /^\| `([^`]+)` \|.*\| `([0-9a-f]{64})` \|$/.exec(line);
    if (!m) continue;
    if (rows.has(m[1])) throw new Error(`SOURCES.md lists ${m[1]} twice`);
    rows.set(m[1], m[2]);
  }
  return rows;
}

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

/** Problems found (empty: vendor/ matches SOURCES.md) and how many files were checked. */
export function verify(vendorDir = VENDOR) {
  const rows = readSources(readFileSync(join(vendorDir, "SOURCES.md"), "utf8"));
  const problems = [];
  const seen = new Set();
  for (const file of walk(vendorDir)) {
    const rel = relative(vendorDir, file).split(sep).join("/");
    if (BOOKKEEPING.has(rel) || rel.startsWith("LICENSES/")) continue;
    seen.add(rel);
    const want = rows.get(rel);
    if (!want) {
      problems.push(`${rel}: not listed in SOURCES.md`);
      continue;
    }
    const got = createHash("sha256").update(readFileSync(file)).digest("hex");
    if (got !== want) problems.push(`${rel}: sha256 ${got}, SOURCES.md records ${want}`);
  }
  for (const rel of rows.keys()) if (!seen.has(rel)) problems.push(`${rel}: listed in SOURCES.md but missing`);
  return { problems, files: seen.size };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { problems, files } = verify();
  for (const p of problems) console.error(`vendor: ${p}`);
  if (problems.length > 0) process.exit(1);
  console.log(`vendor: ${files} files match SOURCES.md`);
}
