import { crypto } from "./lazy-modules.ts";

/** An OCI content digest: sha256:<64 hex>. The only algorithm the platform writes or accepts. */
export type Digest = `sha256:${string}`;

const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;

export function isDigest(value: string): value is Digest {
  return DIGEST_RE.test(value);
}

export function sha256(bytes: Uint8Array): Digest {
  return `sha256:${crypto().createHash("sha256").update(bytes).digest("hex")}`;
}

/** The hex part, as blob paths in an OCI layout and registry storage use it. */
export function digestHex(d: Digest): string {
  return d.slice("sha256:".length);
}

export class DigestMismatchError extends Error {
  override name = "DigestMismatchError";
  readonly expected: Digest;
  readonly actual: Digest;
  constructor(what: string, expected: Digest, actual: Digest) {
    super(`${what}: content digest ${actual} does not match the expected ${expected} (corrupt or tampered content)`);
    this.expected = expected;
    this.actual = actual;
  }
}

/** Throws DigestMismatchError unless the bytes hash to `expected`. */
export function verifyDigest(what: string, bytes: Uint8Array, expected: Digest): void {
  const actual = sha256(bytes);
  if (actual !== expected) throw new DigestMismatchError(what, expected, actual);
}
