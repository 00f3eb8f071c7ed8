import { site } from "@k8s-gitops/cluster-infra-values";
import { ConfigError } from "@k8s-gitops/core";
import { distributionRegistry } from "@k8s-gitops/distribution-registry";
import type { PlatformValues, SharedLayer } from "@k8s-gitops/platform";

/**
 * The 1Password item whose `htpasswd` field is the registry's whole htpasswd file: the push
 * credential and each Flux pull credential, one bcrypt line each (see the distribution-registry
 * README for how to write the entries).
 */
const HTPASSWD = { item: "kubernetes/infra/artifact-registry", property: "htpasswd" } as const;
/** A few small artifacts, a new revision per push, deletion off: years of pushes. */
const VOLUME = "10Gi";

/**
 * The registry the apps cluster's Flux pulls its artifact from. Harbor runs on apps, and a
 * cluster cannot pull its own artifact from a registry it serves itself (on a fresh cluster that
 * registry does not exist yet), so apps' artifact lives on infra, as infra's lives in Harbor.
 * LAN only: it is a route on the internal gateway, whose DNS record the internal ExternalDNS
 * publishes; `site.artifactRegistry` (what apps' `artifact.registry` names) is its host.
 */
export function artifactRegistry(values: PlatformValues, shared: SharedLayer) {
  const host = `registry.${values.domain}`;
  if (site.artifactRegistry !== host) {
    throw new ConfigError(`site.artifactRegistry is ${site.artifactRegistry}, but the registry on infra serves ${host}: the apps cluster would pull from a host nobody serves`, {
      cluster: values.name,
      component: "artifact-registry",
      field: "site.artifactRegistry",
    });
  }
  return {
    registry: distributionRegistry(
      {
        cluster: values.name,
        hostname: host,
        htpasswd: HTPASSWD,
        storage: { storageClass: shared.volumes.storageClass, size: VOLUME },
      },
      {
        gateways: shared.network.gateways,
        secretStore: shared.secrets.store,
        storage: shared.volumes.component,
        monitoringCrds: shared.monitoring.crds,
      },
    ),
  };
}
