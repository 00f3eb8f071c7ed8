import type * as ChildProcess from "node:child_process";
import type * as Crypto from "node:crypto";
import { createRequire } from "node:module";
import type * as Zlib from "node:zlib";
import type * as Fflate from "fflate";
import type * as Yaml from "yaml";

// Modules the package needs only for some of its calls, required when first used rather than
// imported, so that loading the package costs little: `gitops push --layout` loads it whole (one
// entry point) but never runs a credential helper, gzips, gunzips or parses YAML.
// - An ES import of node:crypto reads every export of the module, WebCrypto's lazy getter
//   included; node:child_process and node:zlib compile their internals on load.
// - fflate's ES build loads node:worker_threads and builds its deflate tables on import; yaml
//   (CommonJS) runs its whole module graph on import. About 12 ms together, before anything
//   else of a push could start.
// require() caches: each call after the first is a lookup. Resolved from this file, they are the
// same package versions (the lockfile's) a static import would give.

const requireModule = createRequire(import.meta.url);

export const crypto = (): typeof Crypto => requireModule("node:crypto") as typeof Crypto;
export const zlib = (): typeof Zlib => requireModule("node:zlib") as typeof Zlib;
export const childProcess = (): typeof ChildProcess => requireModule("node:child_process") as typeof ChildProcess;
export const fflate = (): typeof Fflate => requireModule("fflate") as typeof Fflate;
export const yaml = (): typeof Yaml => requireModule("yaml") as typeof Yaml;
