import { values as apps } from "@k8s-gitops/cluster-apps-values";
import { platformRealm } from "@k8s-gitops/cluster-apps-values/realm";
import { componentsOf } from "@k8s-gitops/core";
import { grafana } from "@k8s-gitops/grafana";
import { oidcClients } from "@k8s-gitops/keycloak";
import type { PlatformValues, SharedLayer } from "@k8s-gitops/platform";
import type { GlobalObservability } from "./observability.ts";

/** The 1Password item with Grafana's admin (`username`, `password`): the old OBSERVABILITY_GRAFANA_SECRET_PATH. */
const ADMIN_ITEM = "kubernetes/infra/grafana-admin";
const DATABASE_VOLUME = "10Gi";

/**
 * Grafana on infra, with the global metrics and logs as its data sources (a metrics and a logs
 * data source per cluster's tenant, read from the values: infra's own and its mesh peer's) and
 * the platform's dashboards. The data sources' URLs come from `values.observability.global`, the
 * endpoints the global stores' mesh-global Services answer on; Grafana starts after the stores.
 */
export function dashboards(values: PlatformValues, shared: SharedLayer, global: GlobalObservability) {
  return {
    grafana: grafana(
      {
        cluster: values.name,
        hostname: `grafana.${values.domain}`,
        stores: values.observability.global,
        tenants: [values.observability.tenant, apps.observability.tenant],
        defaultTenant: values.observability.tenant.name,
        admin: { item: ADMIN_ITEM },
        storage: { storageClass: shared.volumes.storageClass, size: DATABASE_VOLUME },
        // Sign-in through the platform realm on apps: the client the realm imports, as values.
        oidc: oidcClients(platformRealm(apps)).grafana,
      },
      {
        cilium: shared.network.cilium,
        coredns: shared.network.coredns,
        secretStore: shared.secrets.store,
        gateways: shared.network.gateways,
        storage: shared.volumes.component,
        monitoringCrds: shared.monitoring.crds,
        stores: componentsOf([global]),
      },
    ),
  };
}
