import type { Component } from "@k8s-gitops/core";
import { certManager, type CertManager } from "@k8s-gitops/cert-manager";
import { externalSecrets, type ExternalSecrets } from "@k8s-gitops/external-secrets";
import type { ClusterValues } from "@k8s-gitops/fleet";
import { networkPolicies } from "@k8s-gitops/network-policies";

/** The shared layer's components by role, so cluster files can wire cluster-only components to them. */
export interface SharedLayer {
  readonly secrets: ExternalSecrets;
  readonly certs: CertManager;
  readonly policies: Component;
  /** Every component of the layer, for the cluster's component list. */
  readonly components: readonly Component[];
}

/**
 * The infrastructure both clusters run, configured only by their typed values: nothing in here
 * may test the cluster's name (feature flags belong in ClusterValues, where each cluster's
 * value is written next to the other's).
 */
export function sharedLayer(values: ClusterValues): SharedLayer {
  const secrets = externalSecrets({
    connectHost: values.secrets.connectHost,
    vault: values.secrets.vault,
    connectTokenSecret: values.secrets.connectTokenSecret,
    storeName: values.secrets.storeName,
  });
  const certs = certManager(
    {
      acmeEmail: values.letsEncryptEmail,
      domain: values.domain,
      cloudflareToken: { item: values.secrets.cloudflareApiTokenPath, property: "credential" },
    },
    { secrets: secrets.store },
  );
  const policies = networkPolicies(
    { namespaces: [secrets.networkPolicy, certs.networkPolicy], apiServerCidrs: [values.network.nodeCidr] },
    { dependsOn: [secrets.operator, certs.controller] },
  );
  return { secrets, certs, policies, components: [...secrets.components, ...certs.components, policies] };
}
