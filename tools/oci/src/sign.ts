import type { KeyObject } from "node:crypto";
import { crypto } from "./lazy-modules.ts";
import { digestHex, sha256, type Digest } from "./digest.ts";
import { imageFrom, manifestBytes, type Descriptor, type Image, type ImageManifest } from "./manifest.ts";
import { OCI_MANIFEST } from "./media-types.ts";

// Cosign-compatible signatures ("simple signing", key pair), as `cosign sign --key` writes them and
// Flux's OCIRepository.spec.verify (provider: cosign), cosign verify and containers/image
// (skopeo, podman: sigstoreSigned policies) read them:
//
// - the payload: {"critical":{"identity":{"docker-reference":"<registry>/<repository>"},
//   "image":{"docker-manifest-digest":"sha256:…"},"type":"cosign container image signature"},
//   "optional":null} (keys sorted, as Go's encoding/json writes a map);
// - the signature: ECDSA P-256 over SHA-256 of the payload, ASN.1 DER, base64;
// - stored as an OCI image manifest tagged sha256-<hex of the signed digest>.sig in the same
//   repository: one layer per signature, media type application/vnd.dev.cosign.simplesigning.v1+json,
//   its blob the payload, its annotation dev.cosignproject.cosign/signature the signature; the
//   config an OCI image config whose rootfs.diff_ids list the payloads.

export const COSIGN_SIMPLESIGNING = "application/vnd.dev.cosign.simplesigning.v1+json";
export const COSIGN_SIGNATURE_ANNOTATION = "dev.cosignproject.cosign/signature";
export const OCI_IMAGE_CONFIG = "application/vnd.oci.image.config.v1+json";
const SIGNATURE_TYPE = "cosign container image signature";

export class SigningError extends Error {
  override name = "SigningError";
}

/** A signing key pair: the private key signs, the public key (SPKI PEM, cosign.pub) verifies. */
export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** PEM of the public key: what cosign verify --key and Flux's verify secret take. */
  publicPem: string;
}

function checkP256(key: KeyObject, what: string): void {
  if (key.asymmetricKeyType !== "ec" || key.asymmetricKeyDetails?.namedCurve !== "prime256v1") {
    throw new SigningError(`${what} is not an ECDSA P-256 key (cosign's key pairs are; make one with: openssl ecparam -genkey -name prime256v1 -noout | openssl pkcs8 -topk8 -nocrypt)`);
  }
}

/**
 * The key pair from an unencrypted PEM private key (PKCS#8 "PRIVATE KEY" or SEC1 "EC PRIVATE
 * KEY"). cosign's own encrypted format is refused with the way out: cosign import-key-pair takes
 * such a PEM, so one key serves both.
 */
export function loadSigningKey(pem: string, what = "the signing key"): SigningKey {
  if (pem.includes("ENCRYPTED")) {
    throw new SigningError(`${what} is encrypted (cosign's own key format): give an unencrypted PKCS#8 PEM, and import that into cosign with cosign import-key-pair if cosign needs it too`);
  }
  let privateKey: KeyObject;
  try {
    privateKey = crypto().createPrivateKey({ key: pem, format: "pem" });
  } catch {
    throw new SigningError(`${what} is not a PEM private key`);
  }
  checkP256(privateKey, what);
  const publicKey = crypto().createPublicKey(privateKey);
  return { privateKey, publicKey, publicPem: publicKey.export({ type: "spki", format: "pem" }).toString() };
}

/** A public key (cosign.pub, SPKI PEM) to verify with. */
export function loadPublicKey(pem: string, what = "the public key"): KeyObject {
  let key: KeyObject;
  try {
    key = crypto().createPublicKey({ key: pem, format: "pem" });
  } catch {
    throw new SigningError(`${what} is not a PEM public key`);
  }
  checkP256(key, what);
  return key;
}

/** The tag cosign stores the signatures of `digest` under. */
export function signatureTag(digest: Digest): string {
  return `sha256-${digestHex(digest)}.sig`;
}

/** The simple-signing payload for `digest` at `dockerReference` (registry/repository, no tag). */
export function signaturePayload(dockerReference: string, digest: Digest): Uint8Array {
  const payload = {
    critical: { identity: { "docker-reference": dockerReference }, image: { "docker-manifest-digest": digest }, type: SIGNATURE_TYPE },
    optional: null,
  };
  return Buffer.from(JSON.stringify(payload), "utf8");
}

export function signPayload(key: SigningKey, payload: Uint8Array): string {
  return crypto().sign("sha256", payload, key.privateKey).toString("base64");
}

/** What one signature layer says, once its signature checked out against a key. */
export interface VerifiedSignature {
  dockerReference: string;
  digest: string;
}

/**
 * Checks one signature layer: the signature over the payload with `publicKey`, then the payload's
 * shape. Undefined when it is not a valid signature by that key.
 */
export function verifyLayer(publicKey: KeyObject, payload: Uint8Array, signature: string): VerifiedSignature | undefined {
  let ok: boolean;
  try {
    ok = crypto().verify("sha256", payload, publicKey, Buffer.from(signature, "base64"));
  } catch {
    return undefined;
  }
  if (!ok) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload).toString("utf8"));
  } catch {
    return undefined;
  }
  const critical = typeof json === "object" && json !== null && "critical" in json ? json.critical : undefined;
  if (typeof critical !== "object" || critical === null || !("type" in critical) || critical.type !== SIGNATURE_TYPE) return undefined;
  const image = "image" in critical && typeof critical.image === "object" && critical.image !== null ? critical.image : {};
  const identity = "identity" in critical && typeof critical.identity === "object" && critical.identity !== null ? critical.identity : {};
  const digest = "docker-manifest-digest" in image ? image["docker-manifest-digest"] : undefined;
  const ref = "docker-reference" in identity ? identity["docker-reference"] : undefined;
  if (typeof digest !== "string" || typeof ref !== "string") return undefined;
  return { dockerReference: ref, digest };
}

/** The signature layers of a signature image: payload bytes and base64 signature of each. */
export function signatureLayers(sigImage: Image): { descriptor: Descriptor; payload: Uint8Array; signature: string }[] {
  return sigImage.manifest.layers.flatMap((d) => {
    const signature = d.annotations?.[COSIGN_SIGNATURE_ANNOTATION];
    const payload = sigImage.blobs.get(d.digest);
    return d.mediaType === COSIGN_SIMPLESIGNING && signature && payload ? [{ descriptor: d, payload, signature }] : [];
  });
}

/** Whether `sigImage` holds a signature of `digest` by `publicKey`. */
export function isSignedBy(sigImage: Image, publicKey: KeyObject, digest: Digest): boolean {
  return signatureLayers(sigImage).some((l) => verifyLayer(publicKey, l.payload, l.signature)?.digest === digest);
}

/**
 * The signature image for `digest`, signed with `key`: `previous` signatures (by other keys, as
 * cosign appends) stay, followed by the new one. The config lists the payloads' digests, as
 * cosign's does; its timestamps are Go's zero time, so only the signature itself varies.
 */
export function signatureImage(key: SigningKey, dockerReference: string, digest: Digest, previous?: Image): Image {
  const payload = signaturePayload(dockerReference, digest);
  const signature = signPayload(key, payload);
  const kept = previous ? signatureLayers(previous) : [];
  const layer: Descriptor = { mediaType: COSIGN_SIMPLESIGNING, digest: sha256(payload), size: payload.length, annotations: { [COSIGN_SIGNATURE_ANNOTATION]: signature } };
  const layers = [...kept.map((k) => k.descriptor), layer];
  const config = Buffer.from(
    JSON.stringify({
      architecture: "",
      created: "0001-01-01T00:00:00Z",
      history: [{ created: "0001-01-01T00:00:00Z" }],
      os: "",
      rootfs: { type: "layers", diff_ids: layers.map((l) => l.digest) },
      config: {},
    }),
    "utf8",
  );
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: OCI_IMAGE_CONFIG, digest: sha256(config), size: config.length },
    layers,
  };
  const blobs = new Map<Digest, Uint8Array>([[manifest.config.digest, config], [layer.digest, payload]]);
  for (const k of kept) blobs.set(k.descriptor.digest, k.payload);
  return imageFrom(manifestBytes(manifest), (d) => blobs.get(d.digest) ?? new Uint8Array(), "signature image");
}

/**
 * The `verify` block of a Flux OCIRepository that accepts only artifacts signed with the key whose
 * public half is in Secret `secretName` (key cosign.pub) of the OCIRepository's namespace.
 */
export function fluxVerify(secretName: string): { provider: "cosign"; secretRef: { name: string } } {
  return { provider: "cosign", secretRef: { name: secretName } };
}

/** The data of that Secret: Flux reads every key ending in .pub as a cosign public key. */
export function fluxVerifySecretData(publicPem: string): { "cosign.pub": string } {
  return { "cosign.pub": publicPem };
}
