import { fflate, zlib } from "./lazy-modules.ts";

// The layer digest must depend on the files alone. Two things in a .gz can leak the machine:
// the header (mtime, OS byte) and the deflate stream. The header is written here with both
// pinned. The stream comes from fflate, a pure-JavaScript deflate pinned in the lockfile, not
// node:zlib: Node bundles Chromium's zlib fork, whose output for the same input and level
// differs from canonical zlib's (measured: 1181 vs 1183 bytes for the known-answer text in
// gzip.test.ts) and can change with the Node version, so it would tie digests to the Node build.

const LEVEL = 9;
/** RFC 1952 header: ID1 ID2, CM=deflate, FLG=0 (no name/comment), MTIME=0, XFL=2 (max), OS=255. */
const HEADER = Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 0xff]);

export function gzipDeterministic(data: Uint8Array): Uint8Array {
  const body = fflate().deflateSync(data, { level: LEVEL, mem: 8 });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(zlib().crc32(data), 0);
  trailer.writeUInt32LE(data.length % 2 ** 32, 4);
  return Buffer.concat([HEADER, body, trailer]);
}

/**
 * Any gzip stream (node:zlib checks the CRC and length). `maxBytes` bounds the output: zlib
 * stops with ERR_BUFFER_TOO_LARGE as soon as it is passed, so a gzip bomb fails fast.
 */
export function gunzip(data: Uint8Array, maxBytes?: number): Uint8Array {
  return zlib().gunzipSync(data, maxBytes === undefined ? {} : { maxOutputLength: maxBytes });
}
