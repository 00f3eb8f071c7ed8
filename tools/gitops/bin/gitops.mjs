#!/usr/bin/env node
// Runs the TypeScript sources directly: no compile step between an edit and a render.
import { register } from "tsx/esm/api";
register();
const { main } = await import("../src/cli.ts");
process.exitCode = await main(process.argv.slice(2));
