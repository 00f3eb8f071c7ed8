#!/usr/bin/env node
// Runs the CLI from a bundle of its TypeScript sources, made on first use and remade when a
// source changes (launch.mjs), or from the sources themselves with tsx (GITOPS_BUNDLE=0, or a
// cluster folder without node_modules): no compile step between an edit and a render either way.
import * as nodeModule from "node:module";
import { fileURLToPath } from "node:url";

// V8 keeps the compiled bundle on disk (Node >= 22.1): the next run skips parsing and compiling
// it, a third of a short command's time. Keyed by the file's content; nothing else changes.
nodeModule.enableCompileCache?.(fileURLToPath(new URL("../node_modules/.cache/v8-compile", import.meta.url)));

// Exit codes: 0 ok, 1 a finding (invalid config, changes in a diff), 2 usage; a crash must not
// read as a finding, so it exits 3.
try {
  const { launch } = await import("./launch.mjs");
  process.exitCode = await launch(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`gitops: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 3;
}
