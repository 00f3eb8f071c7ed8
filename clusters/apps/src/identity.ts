import type { PlatformValues, SharedLayer } from "@k8s-gitops/platform";
import type { DataServices } from "./data-services.ts";

/** Identity: the Keycloak operator, the instance on its Database and Pooler, the platform realm and its typed OIDC clients. */
export function identity(_values: PlatformValues, _shared: SharedLayer, _data: DataServices) {
  return {};
}

export type Identity = ReturnType<typeof identity>;
