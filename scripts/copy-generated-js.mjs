#!/usr/bin/env node
// Copies generated plain-JS modules (and their .d.ts) from src/ to dist/: tsc emits only what it
// compiles, and the CRD models' validators are ajv-compiled JavaScript with declarations.
import { cpSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const [src, dist] = process.argv.slice(2);
if (!src || !dist) {
  console.error("usage: copy-generated-js.mjs <src> <dist>");
  process.exit(2);
}
let copied = 0;
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(js|d\.ts)$/.test(name) && p.includes("_schemas")) {
      cpSync(p, join(dist, relative(src, p)));
      copied++;
    }
  }
};
walk(src);
console.log(`copied ${copied} generated JS files to ${dist}`);
