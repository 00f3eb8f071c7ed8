import { ConfigMap } from "kubernetes-models/v1";
import { component, type Component, type ComponentSpec } from "./component.ts";

/**
 * A component standing in for a dependency in a package's own tests (`cilium`, a secret store):
 * one ConfigMap, so it renders, plus whatever contract fields the test gives it. A package test
 * can then build and render its components inside a small cluster without importing the real
 * dependency's package.
 */
export function standIn<O extends object = object>(name: string, spec: Partial<ComponentSpec<O>> = {}): Component<O> {
  const ns = spec.namespace ?? "stand-ins";
  return component<O>({
    name,
    namespace: ns,
    resources: [new ConfigMap({ metadata: { name, namespace: ns }, data: { "stands-in-for": name } })],
    ...spec,
  });
}
