import { component, ConfigError, type Component } from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };
import { artifactSource, registryPullSecret, rootKustomization } from "./objects.ts";
import { resolve, type FluxSystemOptions, type FluxTarget } from "./options.ts";

/** The component's name: never the root Kustomization's, which its own Flux Kustomization would overwrite. */
export const FLUX_SYNC_COMPONENT = "flux-sync";

/**
 * Flux's own objects as a component of the artifact, so that after day zero they are managed
 * like everything else: the OCIRepository and root Kustomization (never pruned) and the
 * ExternalSecret that keeps the robot account's pull secret current. It waits for the
 * component that installs External Secrets.
 */
export function fluxSync(target: FluxTarget, o: FluxSystemOptions, deps: { secrets: Component }): Component {
  const r = { ...resolve(target, o), robotAccount: o.robotAccount };
  if (r.name === FLUX_SYNC_COMPONENT) {
    throw new ConfigError(`flux.name "${r.name}" clashes with the ${FLUX_SYNC_COMPONENT} component's Kustomization: pick another`, { cluster: target.name });
  }
  return component({
    name: FLUX_SYNC_COMPONENT,
    namespace: r.namespace,
    dependsOn: [deps.secrets],
    resources: [registryPullSecret(r), artifactSource(r), rootKustomization(r)],
    package: { name: pkg.name, version: pkg.version },
  });
}
