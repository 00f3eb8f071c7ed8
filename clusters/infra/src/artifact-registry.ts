import type { PlatformValues, SharedLayer } from "@k8s-gitops/platform";

/**
 * The registry the apps cluster's Flux pulls its artifact from. Harbor runs on apps, and a
 * cluster cannot pull its own artifact from a registry it serves itself (on a fresh cluster that
 * registry does not exist yet), so apps' artifact lives on infra, as infra's lives in Harbor.
 */
export function artifactRegistry(_values: PlatformValues, _shared: SharedLayer) {
  return {};
}
