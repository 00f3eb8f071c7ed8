import { COMPONENTS_DIR, FLUX_DIR } from "@k8s-gitops/core";
import { posix } from "node:path";

/**
 * The component a file belongs to, from its path: components/<name>/... in a rendered tree,
 * flux/<name>.yaml for the component's Flux Kustomization, else (manifests made elsewhere)
 * the folder the file is in.
 */
export function componentOf(file: string): string {
  const parts = file.split("/");
  if (parts[0] === COMPONENTS_DIR && parts.length > 2) return parts[1]!;
  if (parts[0] === FLUX_DIR && parts.length === 2) {
    const base = parts[1]!.replace(/\.ya?ml$/, "");
    return base === "kustomization" ? FLUX_DIR : base;
  }
  const dir = posix.dirname(file);
  return dir === "." ? "(root)" : dir;
}

/**
 * The cluster a tree holds: an explicit name wins, then the clusters/<name>/ folder the tree was
 * built in, then the cluster its objects are labelled for (a built tree copied elsewhere still
 * says which cluster it is), then the folder's own name.
 */
export function clusterOf(dir: string | undefined, explicit?: string, labelled?: string): string {
  if (explicit) return explicit;
  const parts = (dir ?? "").split(/[\\/]/).filter(Boolean);
  const i = parts.lastIndexOf("clusters");
  if (i >= 0 && parts[i + 1]) return parts[i + 1]!;
  if (labelled) return labelled;
  const last = parts.at(-1);
  if (last === undefined) return "(unnamed)";
  return last === "tree" && parts.length > 2 && parts.at(-2) === "dist" ? (parts.at(-3) ?? last) : last;
}
