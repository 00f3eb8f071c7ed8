import type { PlatformValues, SharedLayer } from "@k8s-gitops/platform";
import type { DataServices } from "./data-services.ts";
import type { Identity } from "./identity.ts";

/** Harbor: the registry both clusters' Flux pulls from, on its Database, Pooler and Dragonfly, with OIDC from Keycloak. */
export function registry(_values: PlatformValues, _shared: SharedLayer, _data: DataServices, _identity: Identity) {
  return {};
}
