import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { DaemonSet, Deployment } from "kubernetes-models/apps/v1";
import { component, ConfigError, healthCheck, helmRelease, merge, type Component, type ConfigLocation } from "@k8s-gitops/core";
import type { GrafanaDashboard } from "@k8s-gitops/prometheus-operator-crds";
import pkg from "../package.json" with { type: "json" };
import { ciliumAlerts } from "./alerts.ts";
import { chart } from "./chart.ts";
import type { CiliumValues } from "./generated/values.ts";
import { defaults, NAMESPACE, type CiliumOptions } from "./values.ts";

export { ciliumAlerts } from "./alerts.ts";
export { chart, CILIUM_VERSION } from "./chart.ts";
export { bgp, clusterConfig, loadBalancerAdvertisement, peerConfig, type BgpOptions } from "./bgp.ts";
export {
  CLUSTERMESH_PORT,
  clusterMesh,
  clusterMeshSecret,
  clusterMeshService,
  MESH_SERVICE,
  peerConfig as meshPeerConfig,
  peerCredentialKeys,
  type ClusterMeshOptions,
  type MeshMember,
} from "./clustermesh.ts";
export { checkLoadBalancerIps, loadBalancerIpam, loadBalancerPool, POOL_NAME, type IpRange, type LoadBalancerIpamOptions } from "./ipam.ts";
export { validateCiliumValues } from "./values-check.ts";
export { defaults, NAMESPACE, TALOS_AGENT_CAPABILITIES, type CiliumOptions } from "./values.ts";
export type { CiliumValues } from "./generated/values.ts";

/**
 * The cilium.io kinds the platform uses, whose CRDs the operator registers when it starts (the
 * chart ships none): pools, BGP, policies.
 */
export const CRDS = [
  "cilium.io/CiliumBGPAdvertisement",
  "cilium.io/CiliumBGPClusterConfig",
  "cilium.io/CiliumBGPNodeConfigOverride",
  "cilium.io/CiliumBGPPeerConfig",
  "cilium.io/CiliumClusterwideNetworkPolicy",
  "cilium.io/CiliumL2AnnouncementPolicy",
  "cilium.io/CiliumLoadBalancerIPPool",
  "cilium.io/CiliumNetworkPolicy",
] as const;

/** Cilium's dashboards on grafana.com (for whoever provisions Grafana). */
export const dashboards: readonly GrafanaDashboard[] = [
  { id: 16611, revision: 1, title: "Cilium v1.12 Agent Metrics" },
  { id: 16612, revision: 1, title: "Cilium v1.12 Operator Metrics" },
  { id: 16613, revision: 1, title: "Cilium v1.12 Hubble Metrics" },
];

/** Runs `build`, locating a ConfigError it throws (core's values check names the object and field) in the cluster and component. */
function located<T>(where: ConfigLocation, build: () => T): T {
  try {
    return build();
  } catch (e) {
    throw e instanceof ConfigError ? e.within(where) : e;
  }
}

/**
 * Cilium itself: the chart source and the HelmRelease in kube-system. Bootstrap phase 2: no pod
 * gets a network before it runs, Flux's included, so day zero installs it with this chart and
 * the HelmRelease's values, and Flux adopts the release. It needs the Gateway API CRDs at
 * start (its gateway controller only starts when they exist) and the monitoring CRDs for its
 * ServiceMonitors and alerts: both are day zero's phase 1, before this phase-2 release.
 */
export function cilium(o: CiliumOptions, deps: { gatewayApiCrds: Component; monitoringCrds: Component }): Component {
  const where = { cluster: o.cluster.name, component: "cilium", object: `HelmRelease/${NAMESPACE}/cilium` };
  if (!Number.isInteger(o.cluster.id) || o.cluster.id < 1 || o.cluster.id > 255) {
    throw new ConfigError(`cluster id ${o.cluster.id} must be an integer from 1 to 255 (the mesh's limit)`, { ...where, field: "spec.values.cluster.id" });
  }
  const monitoring = o.monitoring ?? true;
  const serviceMonitor = { serviceMonitor: { enabled: monitoring } };
  const clusterDefaults = merge<CiliumValues>(defaults, {
    cluster: { name: o.cluster.name, id: o.cluster.id },
    ipv4NativeRoutingCIDR: o.podCidr,
    k8sServiceHost: o.apiServer.host,
    k8sServicePort: o.apiServer.port,
    hubble: { ui: { enabled: o.hubbleUi ?? false }, metrics: serviceMonitor },
    prometheus: serviceMonitor,
    operator: { prometheus: serviceMonitor },
    envoy: { prometheus: serviceMonitor },
    clustermesh: { apiserver: { tls: { server: { extraDnsNames: [o.clusterMesh.fqdn], extraIpAddresses: [o.clusterMesh.ip] } } } },
  });
  return component({
    name: "cilium",
    namespace: NAMESPACE,
    // The chart has no CRDs of its own (the operator registers them), so the crds policy is moot.
    resources: [
      ...located(where, () => helmRelease({ name: "cilium", namespace: NAMESPACE, chart: chart(o.version), defaults: clusterDefaults, values: o.values, timeout: "15m" })),
      ...(monitoring ? [ciliumAlerts(NAMESPACE)] : []),
    ],
    dependsOn: [deps.gatewayApiCrds, deps.monitoringCrds],
    healthChecks: [healthCheck(HelmRelease, "cilium", NAMESPACE), healthCheck(DaemonSet, "cilium", NAMESPACE), healthCheck(Deployment, "cilium-operator", NAMESPACE)],
    provides: { crds: [...CRDS] },
    bootstrapPhase: 2,
    timeout: "20m",
    // Never garbage-collect the CNI: removing the component by mistake must not uninstall Cilium.
    prune: false,
    package: pkg,
  });
}
