import type { PlatformValues, SharedLayer } from "@k8s-gitops/platform";
import type { DataServices } from "./data-services.ts";
import type { Identity } from "./identity.ts";

/** GitHub Actions Runner Controller: the controller and the runner scale sets, isolated in their namespace. */
export function ciCd(_values: PlatformValues, _shared: SharedLayer, _data: DataServices, _identity: Identity) {
  return {};
}
