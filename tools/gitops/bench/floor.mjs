// @ts-check
// The floor of a build: a Node process that reads the objects from JSON, serialises each to YAML
// (the same library and options as the render) and writes one file per object. Nothing a build
// does beyond this (composing, validating, packing) is in it.
//
//   node bench/floor.mjs <objects.json> <out-dir>
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";

const [input, out] = process.argv.slice(2);
if (!input || !out) {
  process.stderr.write("usage: node bench/floor.mjs <objects.json> <out-dir>\n");
  process.exit(2);
}
/** @type {unknown[]} */
const objects = JSON.parse(readFileSync(input, "utf8"));
mkdirSync(out, { recursive: true });
objects.forEach((object, i) => {
  writeFileSync(join(out, `${i}.yaml`), stringify(object, { lineWidth: 0, indent: 2, indentSeq: true, aliasDuplicateObjects: false, version: "1.2" }));
});
