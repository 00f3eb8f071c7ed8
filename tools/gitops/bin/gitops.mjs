#!/usr/bin/env node
// Runs the TypeScript sources directly: no compile step between an edit and a render.
import { register } from "tsx/esm/api";

// Exit codes: 0 ok, 1 a finding (invalid config, changes in a diff), 2 usage; a crash must not
// read as a finding, so it exits 3.
try {
  register();
  const { main } = await import("../src/cli.ts");
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`gitops: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 3;
}
