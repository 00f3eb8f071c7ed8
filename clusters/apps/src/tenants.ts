import type { PlatformValues, SharedLayer } from "@k8s-gitops/platform";
import type { DataServices } from "./data-services.ts";
import type { Identity } from "./identity.ts";

/** Tenants: GitLab and GitLab Runner, each a typed tenant value (namespace, quota, limits, deny-all baseline and its allowances). */
export function tenants(_values: PlatformValues, _shared: SharedLayer, _data: DataServices, _identity: Identity) {
  return {};
}
