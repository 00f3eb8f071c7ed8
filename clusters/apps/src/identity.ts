import { platformRealm, ssoHost } from "@k8s-gitops/cluster-apps-values/realm";
import { keycloak } from "@k8s-gitops/keycloak";
import type { PlatformValues, SharedLayer } from "@k8s-gitops/platform";
import type { DataServices } from "./data-services.ts";

/**
 * Identity: the Keycloak operator, the instance on the shared PostgreSQL's `keycloak` tenant
 * (through its pooler) behind the external gateway, and the platform realm, whose component's
 * outputs carry each client as an `OidcClient` (`identity(...).realm.outputs.clients.harbor`).
 */
export function identity(values: PlatformValues, shared: SharedLayer, data: DataServices) {
  return keycloak(
    {
      cluster: values.name,
      hostname: ssoHost(values),
      secretsPath: "kubernetes/apps/keycloak",
      realm: platformRealm(values),
    },
    {
      cilium: shared.network.cilium,
      coredns: shared.network.coredns,
      secretStore: shared.secrets.store,
      issuers: shared.certificates.issuers,
      gateways: shared.network.gateways,
      postgres: data.databases.postgres,
      prometheusOperatorCrds: shared.monitoring.crds,
    },
  );
}

export type Identity = ReturnType<typeof identity>;
