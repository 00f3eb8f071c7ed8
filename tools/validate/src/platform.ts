/** An object the platform creates outside the tree (at bootstrap), which the tree may reference. */
export interface PlatformObject {
  group: string;
  kind: string;
  namespace?: string;
  name: string;
}

/**
 * What exists in a cluster without being in its rendered tree. Cross-reference checks accept
 * these; everything else a reference names must be in the tree.
 */
export interface Platform {
  /** Namespaces Kubernetes and the Flux bootstrap create. */
  namespaces: readonly string[];
  /** Storage classes created outside the tree (classes charts create are found in their values). */
  storageClasses: readonly string[];
  objects: readonly PlatformObject[];
  /** Node names of the cluster; when empty, node-name checks have nothing to compare with and are skipped. */
  nodes: readonly string[];
}

export const DEFAULT_PLATFORM: Platform = {
  namespaces: ["default", "kube-system", "kube-public", "kube-node-lease", "flux-system"],
  storageClasses: [],
  // The OCIRepository the Flux bootstrap creates to pull the cluster's own artifact.
  objects: [{ group: "source.toolkit.fluxcd.io", kind: "OCIRepository", namespace: "flux-system", name: "flux-system" }],
  nodes: [],
};

export function withPlatform(overrides: Partial<Platform> | undefined): Platform {
  return {
    namespaces: [...DEFAULT_PLATFORM.namespaces, ...(overrides?.namespaces ?? [])],
    storageClasses: [...DEFAULT_PLATFORM.storageClasses, ...(overrides?.storageClasses ?? [])],
    objects: [...DEFAULT_PLATFORM.objects, ...(overrides?.objects ?? [])],
    nodes: [...DEFAULT_PLATFORM.nodes, ...(overrides?.nodes ?? [])],
  };
}
