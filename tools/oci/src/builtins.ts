import type * as ChildProcess from "node:child_process";
import type * as Crypto from "node:crypto";
import { createRequire } from "node:module";
import type * as Zlib from "node:zlib";

// Node's built-in modules the package needs only for some calls, required when first used rather
// than imported. An ES import of node:crypto reads every export of the module, WebCrypto's lazy
// getter included, and node:child_process and node:zlib compile their internals on load: about
// 10 ms a command like `gitops push --layout` (which never runs a credential helper or gunzips)
// paid before its first request. require() of a built-in is cached by Node: each call after the
// first is a map lookup.

const requireBuiltin = createRequire(import.meta.url);

export const crypto = (): typeof Crypto => requireBuiltin("node:crypto") as typeof Crypto;
export const zlib = (): typeof Zlib => requireBuiltin("node:zlib") as typeof Zlib;
export const childProcess = (): typeof ChildProcess => requireBuiltin("node:child_process") as typeof ChildProcess;
