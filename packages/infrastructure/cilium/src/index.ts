import { component, deploymentHealth, helmRelease, helmReleaseHealth, type Component } from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };
import { chart } from "./chart.ts";
import { NAMESPACE } from "./clustermesh.ts";
import { checkCiliumValues } from "./values-check.ts";
import { ciliumValues, type CiliumOptions } from "./values.ts";

export { chart, CILIUM_VERSION } from "./chart.ts";
export { bgp, clusterConfig, loadBalancerAdvertisement, peerConfig, type BgpOptions } from "./bgp.ts";
export {
  CLUSTERMESH_PORT,
  clusterMesh,
  clusterMeshSecret,
  clusterMeshValues,
  NAMESPACE,
  peerConfig as meshPeerConfig,
  peerCredentialKeys,
  type ClusterMeshOptions,
  type MeshMember,
} from "./clustermesh.ts";
export { checkLoadBalancerIps, loadBalancerIpam, loadBalancerPool, POOL_NAME, type IpRange, type LoadBalancerIpamOptions } from "./ipam.ts";
export { checkCiliumValues, describeSchemaError } from "./values-check.ts";
export { ciliumValues, TALOS_AGENT_CAPABILITIES, type CiliumOptions } from "./values.ts";
export type { CiliumValues } from "./generated/values.ts";

/**
 * Cilium itself: the chart source and the HelmRelease in kube-system, with values checked against
 * the chart's schema when the component is built. Everything else in the cluster waits for it.
 */
export function cilium(o: CiliumOptions): Component {
  const values = ciliumValues(o);
  checkCiliumValues(values, { cluster: o.cluster.name, component: "cilium", object: `HelmRelease/${NAMESPACE}/cilium` });
  return component({
    name: "cilium",
    namespace: NAMESPACE,
    // The chart has no CRDs of its own (the operator registers them), so the crds policy is moot.
    resources: helmRelease({ name: "cilium", namespace: NAMESPACE, chart: chart(o.version), values, timeout: "15m" }),
    healthChecks: [
      helmReleaseHealth("cilium", NAMESPACE),
      { apiVersion: "apps/v1", kind: "DaemonSet", name: "cilium", namespace: NAMESPACE },
      deploymentHealth("cilium-operator", NAMESPACE),
    ],
    timeout: "20m",
    // Never garbage-collect the CNI: removing the component by mistake must not uninstall Cilium.
    prune: false,
    package: pkg,
  });
}
