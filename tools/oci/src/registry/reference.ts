import { isDigest, type Digest } from "../digest.ts";

/** A repository in a registry: harbor.example.com/k8s-gitops/cluster-infra. */
export interface RepositoryRef {
  /** host[:port] */
  registry: string;
  repository: string;
}

export interface ImageRef extends RepositoryRef {
  tag?: string;
  digest?: Digest;
}

// From the distribution spec.
const REPOSITORY_RE = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*$/;
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const HOST_RE = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/;

export class ImageReferenceError extends Error {
  override name = "ImageReferenceError";
}

export function isTag(value: string): boolean {
  return TAG_RE.test(value);
}

export function checkRepository(ref: RepositoryRef): void {
  if (!HOST_RE.test(ref.registry)) throw new ImageReferenceError(`"${ref.registry}" is not a registry host[:port]`);
  if (!REPOSITORY_RE.test(ref.repository)) throw new ImageReferenceError(`"${ref.repository}" is not a repository name (lowercase path segments)`);
}

/**
 * Parses host[:port]/path[:tag][@sha256:...] with an optional oci:// prefix, as Flux URLs and
 * skopeo's docker:// references write it.
 */
export function parseImageRef(text: string): ImageRef {
  const s = text.replace(/^(oci|docker):\/\//, "");
  const slash = s.indexOf("/");
  if (slash < 0) throw new ImageReferenceError(`"${text}" has no registry host: write host[:port]/repository[:tag]`);
  const registry = s.slice(0, slash);
  let rest = s.slice(slash + 1);
  let digest: Digest | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    const d = rest.slice(at + 1);
    if (!isDigest(d)) throw new ImageReferenceError(`"${text}": "${d}" is not a sha256 digest`);
    digest = d;
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(":");
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!isTag(tag)) throw new ImageReferenceError(`"${text}": "${tag}" is not a valid tag`);
  }
  const ref: ImageRef = { registry, repository: rest, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
  checkRepository(ref);
  return ref;
}

export function formatRef(ref: ImageRef): string {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
}

/** A git branch as a tag: "/" and other characters a tag cannot hold become "-". */
export function tagFromBranch(branch: string): string {
  const t = branch.replace(/[^A-Za-z0-9._-]/g, "-").replace(/^[.-]+/, "").slice(0, 128);
  if (!isTag(t)) throw new ImageReferenceError(`branch "${branch}" gives no usable tag`);
  return t;
}

/** Loopback registries (tests, port-forwards) speak plain HTTP; everything else HTTPS. */
export function isLoopback(registry: string): boolean {
  const host = registry.replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
