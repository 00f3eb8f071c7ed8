import { ConfigMap } from "kubernetes-models/v1";
import { component, type Component } from "../src/index.ts";

/** A small component with one ConfigMap: enough to exercise the graph and the render. */
export function configComponent(name: string, dependsOn: Component[] = [], ns = "demo"): Component {
  return component({
    name,
    namespace: ns,
    resources: [new ConfigMap({ metadata: { name: `${name}-settings`, namespace: ns }, data: { component: name } })],
    dependsOn,
  });
}
