#!/usr/bin/env node
// Copies vendored CRDs into a package's crds/ folder as JSON, the form core's shippedCrds() reads
// at run time (a published package cannot read the repository's vendor/ folder):
//
//   ./dev node scripts/sync-crds.mjs <package dir> <vendor folder>
//   ./dev node scripts/sync-crds.mjs packages/infrastructure/gateway vendor/crds/gateway-api/1.4.0
//
// Each package's test fails when its crds/ and the vendored folder differ.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseAllDocuments } from "yaml";

const [pkgDir, vendorDir] = process.argv.slice(2);
if (!pkgDir || !vendorDir) {
  process.stderr.write("usage: node scripts/sync-crds.mjs <package dir> <vendor folder>\n");
  process.exit(2);
}
const root = resolve(import.meta.dirname, "..");
const source = resolve(root, vendorDir);
const out = join(resolve(root, pkgDir), "crds");
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
process.stdout.write(`${pkgDir}/crds: ${readdirSync(out).length} CRDs from ${vendorDir}\n`);
