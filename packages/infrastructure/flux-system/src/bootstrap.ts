import { Kustomization } from "@kubernetes-models/flux-cd/kustomize.toolkit.fluxcd.io/v1";
import { OCIRepository } from "@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1";
import type { Component, Resource } from "@k8s-gitops/core";
import { FLUX_SYNC_COMPONENT } from "./component.ts";
import { artifactSource, rootKustomization } from "./objects.ts";
import { resolve, type BootstrapOptions, type FluxTarget } from "./options.ts";

type BootstrapTarget = FluxTarget & { readonly components?: readonly Component[] };

/**
 * The objects applied by hand on day zero: the artifact's source and the root Kustomization.
 * When the cluster runs the flux-sync component, they are that component's very objects, so
 * Flux finds nothing to change when it takes them over.
 */
export function bootstrapObjects(target: BootstrapTarget, o: BootstrapOptions = {}): Resource[] {
  const sync = target.components?.find((c) => c.name === FLUX_SYNC_COMPONENT);
  if (sync) return sync.resources.filter((x) => x instanceof OCIRepository || x instanceof Kustomization);
  const r = resolve(target, o);
  return [artifactSource(r), rootKustomization(r)];
}
