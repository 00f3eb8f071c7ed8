/** Tags that move: pinning to them is pinning to nothing. */
const FLOATING_TAGS = new Set(["latest", "stable", "main", "master", "edge", "nightly", "dev"]);

export interface ImageRef {
  tag: string | undefined;
  digest: string | undefined;
}

/** registry/repo[:tag][@digest]: the tag is after the last ':' that follows the last '/'. */
export function parseImage(image: string): ImageRef {
  const at = image.indexOf("@");
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const name = at >= 0 ? image.slice(0, at) : image;
  const slash = name.lastIndexOf("/");
  const colon = name.lastIndexOf(":");
  return { tag: colon > slash ? name.slice(colon + 1) : undefined, digest };
}

/** Why an image reference is not pinned, or undefined when it is. */
export function unpinnedImage(image: string): string | undefined {
  const { tag, digest } = parseImage(image);
  if (digest) return undefined;
  if (!tag) return `image ${image} has no tag: it means :latest`;
  if (FLOATING_TAGS.has(tag.toLowerCase())) return `image ${image} uses the moving tag "${tag}"`;
  return undefined;
}

export function isFloatingTag(tag: string): boolean {
  return FLOATING_TAGS.has(tag.toLowerCase());
}
