#!/usr/bin/env node
// Copies the vendored prometheus-operator CRDs into crds/ as JSON, the form the package reads at run time
// (a published package cannot read the repository's vendor/ folder, and needs no YAML parser):
//   ./dev node packages/infrastructure/prometheus-operator-crds/scripts/sync-crds.mjs
// test/crds.test.ts fails when crds/ and vendor/ differ.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseAllDocuments } from "yaml";

const VERSION = "0.86.1";
const pkg = resolve(import.meta.dirname, "..");
const source = resolve(pkg, "../../../vendor/crds/prometheus-operator", VERSION);
const out = join(pkg, "crds");
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
for (const file of readdirSync(source).filter((f) => f.endsWith(".yaml")).sort()) {
  for (const doc of parseAllDocuments(readFileSync(join(source, file), "utf8"))) {
    const crd = doc.toJS();
    if (!crd) continue;
    // The status is the API server's to write: a manifest carries none.
    delete crd.status;
    writeFileSync(join(out, file.replace(/\.yaml$/, ".json")), `${JSON.stringify(crd)}\n`);
  }
}
console.log(`crds/: ${readdirSync(out).length} CRDs of prometheus-operator v${VERSION}`);
