import { harborHost } from "@k8s-gitops/cluster-apps-values/realm";
import { harbor } from "@k8s-gitops/harbor";
import type { PlatformValues, SharedLayer } from "@k8s-gitops/platform";
import type { DataServices } from "./data-services.ts";
import type { Identity } from "./identity.ts";

/**
 * Harbor: the registry both clusters' Flux pulls from, on the shared PostgreSQL's `harbor`
 * tenant (its pooler), its own Dragonfly, the object store's `harbor` bucket, behind the
 * external gateway, with sign-in through Keycloak's platform realm. The robot accounts each
 * cluster's Flux pulls with (`artifact.robotAccountPath` of each cluster's values) are made in
 * Harbor's API: see the harbor package's README.
 */
export function registry(values: PlatformValues, shared: SharedLayer, data: DataServices, identity: Identity) {
  return {
    harbor: harbor(
      {
        cluster: values.name,
        host: harborHost(values),
        objectStore: { endpoint: values.objectStore.endpoint },
        credentials: { admin: "kubernetes/apps/harbor/admin", core: "kubernetes/apps/harbor/core", s3: "kubernetes/apps/harbor/s3" },
        storageClass: shared.volumes.storageClass,
        oidc: { client: identity.realm.outputs.clients.harbor },
      },
      {
        gateways: shared.network.gateways,
        secretStore: shared.secrets.store,
        postgres: data.databases.postgres,
        dragonfly: data.caches.harbor,
        storage: shared.volumes.component,
        monitoringCrds: shared.monitoring.crds,
      },
    ),
  };
}
