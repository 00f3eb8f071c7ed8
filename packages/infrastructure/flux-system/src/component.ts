import { component, ConfigError, type Component } from "@k8s-gitops/core";
import type { SecretStore } from "@k8s-gitops/external-secrets";
import pkg from "../package.json" with { type: "json" };
import { fluxAlerts, fluxPodMonitor } from "./monitoring.ts";
import { artifactSource, registryPullSecret, rootKustomization, verifyKeySecret } from "./objects.ts";
import { resolve, type FluxSystemOptions, type FluxTarget } from "./options.ts";

/** The component's name: never the root Kustomization's, which its own Flux Kustomization would overwrite. */
export const FLUX_SYNC_COMPONENT = "flux-sync";

/**
 * Flux's own objects as a component of the artifact, so that after day zero they are managed
 * like everything else: the OCIRepository and root Kustomization (never pruned) and the
 * ExternalSecret that keeps the robot account's pull secret current. Day zero creates that
 * pull secret from the same 1Password item before Flux starts (Flux cannot pull the artifact
 * that would install the secret store without it), and the ExternalSecret takes it over; the
 * same for the signing public key the OCIRepository verifies every artifact with. With
 * `monitoring` (the default): a PodMonitor of Flux's controllers and their alerts.
 */
export function fluxSync(target: FluxTarget, o: FluxSystemOptions, deps: { secretStore: SecretStore; monitoringCrds: Component }): Component {
  const robotAccount = { store: deps.secretStore.outputs.storeRef.name, item: o.robotAccountItem };
  const r = { ...resolve(target, o), robotAccount };
  if (r.name === FLUX_SYNC_COMPONENT) {
    throw new ConfigError(`flux.name "${r.name}" clashes with the ${FLUX_SYNC_COMPONENT} component's Kustomization: pick another`, { cluster: target.name });
  }
  return component({
    name: FLUX_SYNC_COMPONENT,
    namespace: r.namespace,
    dependsOn: [deps.secretStore, deps.monitoringCrds],
    resources: [registryPullSecret(r), verifyKeySecret(r, o.verifyKey), artifactSource(r), rootKustomization(r), ...((o.monitoring ?? true) ? [fluxPodMonitor(r.namespace), fluxAlerts(r.namespace)] : [])],
    bootstrapSecrets: [
      {
        namespace: r.namespace,
        name: r.pullSecretName,
        dockerRegistry: r.registry,
        data: { username: { item: o.robotAccountItem, property: "username" }, password: { item: o.robotAccountItem, property: "password" } },
      },
      // The OCIRepository verifies before it serves anything: the key must be there on day zero.
      { namespace: r.namespace, name: r.verifySecretName, data: { "cosign.pub": o.verifyKey } },
    ],
    package: { name: pkg.name, version: pkg.version },
  });
}
