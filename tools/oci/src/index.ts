export { artifactFiles, ArtifactError, createdFrom, DEFAULT_EXTRACT_LIMITS, isFluxArtifact, packArtifact, revision, type ArtifactMetadata, type ExtractLimits } from "./artifact.ts";
export { DigestMismatchError, digestHex, isDigest, sha256, verifyDigest, type Digest } from "./digest.ts";
export { diffTrees, formatDiff, hasChanges, type EntryChange, type TreeDiff } from "./diff/diff.ts";
export { treeEntries, type TreeEntry } from "./diff/objects.ts";
export { gunzip, gzipDeterministic } from "./gzip.ts";
export { layoutTags, LayoutError, readLayout, writeLayout } from "./layout.ts";
export { imageFrom, manifestBytes, ManifestError, parseManifest, type Descriptor, type Image, type ImageManifest } from "./manifest.ts";
export * from "./media-types.ts";
export { pullImage } from "./pull.ts";
export { checkTagOwnership, pushImage, type PushOptions, type PushReport } from "./push.ts";
export {
  COSIGN_SIGNATURE_ANNOTATION,
  COSIGN_SIMPLESIGNING,
  fluxVerify,
  fluxVerifySecretData,
  isSignedBy,
  loadPublicKey,
  loadSigningKey,
  signatureImage,
  signatureLayers,
  signaturePayload,
  signatureTag,
  SigningError,
  verifyLayer,
  type SigningKey,
  type VerifiedSignature,
} from "./sign.ts";
export { parseChallenge, type Challenge } from "./registry/challenge.ts";
export { RegistryClient, type ClientOptions, type FetchedManifest } from "./registry/client.ts";
export { authFiles, Credentials, CredentialsError, ENV_PASSWORD, ENV_USERNAME, resolveCredentials } from "./registry/credentials.ts";
export { isTransient, RegistryError, type RegistryFailure } from "./registry/errors.ts";
export {
  checkRepository,
  formatRef,
  isLoopback,
  isTag,
  parseImageRef,
  ImageReferenceError,
  tagFromBranch,
  type ImageRef,
  type RepositoryRef,
} from "./registry/reference.ts";
export { DEFAULT_RETRY, type RetryPolicy } from "./registry/retry.ts";
export { checkEntryPath, readTar, TarError, writeTar } from "./tar.ts";
export { readTreeDir, writeTreeDir } from "./tree-dir.ts";
