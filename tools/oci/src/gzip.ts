import { constants, gunzipSync, gzipSync } from "node:zlib";

// gzip's header carries an mtime and the OS byte of the machine that compressed: both are
// pinned here so the layer digest depends on the content alone. The compressed stream itself
// depends on the deflate implementation: Node's bundled zlib uses the canonical Rabin-Karp hash
// (no CPU-specific hashing), and the known-answer test in gzip.test.ts fails loudly if a Node
// version or machine ever compresses the same bytes differently.

const OS_UNKNOWN = 0xff;
const LEVEL = 9;

export function gzipDeterministic(data: Uint8Array): Uint8Array {
  const out = gzipSync(data, { level: LEVEL, memLevel: 8, windowBits: 15, strategy: constants.Z_DEFAULT_STRATEGY });
  // RFC 1952: ID1 ID2 CM FLG MTIME(4) XFL OS. zlib writes FLG 0 and MTIME 0 without a name.
  if (out[0] !== 0x1f || out[1] !== 0x8b || out[2] !== 8 || out[3] !== 0 || out.readUInt32LE(4) !== 0) {
    throw new Error("zlib wrote an unexpected gzip header (flags or mtime set): the artifact would not be reproducible");
  }
  out[9] = OS_UNKNOWN;
  return out;
}

export function gunzip(data: Uint8Array): Uint8Array {
  return gunzipSync(data);
}
