import type { ClusterConfig } from "./generated/config.ts";
import type { TalosContext } from "./context.ts";

// The `cluster:` settings. Name, endpoint and the pod and service CIDRs come from the same
// cluster values the Kubernetes side (Cilium, CoreDNS) reads, so the two cannot disagree.

export function sharedCluster(ctx: TalosContext): ClusterConfig {
  return {
    clusterName: ctx.values.name,
    controlPlane: { endpoint: ctx.endpoint },
    // Members find each other through Sidero's discovery service, not through Kubernetes.
    discovery: { enabled: true, registries: { kubernetes: { disabled: true }, service: { disabled: false } } },
    network: {
      // Cilium is the CNI, installed at bootstrap; Talos deploys none.
      cni: { name: "none" },
      dnsDomain: "cluster.local",
      podSubnets: [ctx.values.network.podCidr],
      serviceSubnets: [ctx.values.network.serviceCidr],
    },
  };
}

/** kube-scheduler: spread pods across nodes by default, and ignore image locality (Spegel makes pulls local anyway). */
const SCHEDULER_CONFIG = {
  apiVersion: "kubescheduler.config.k8s.io/v1",
  kind: "KubeSchedulerConfiguration",
  profiles: [
    {
      schedulerName: "default-scheduler",
      plugins: { score: { disabled: [{ name: "ImageLocality" }] } },
      pluginConfig: [
        {
          name: "PodTopologySpread",
          args: {
            defaultingType: "List",
            defaultConstraints: [{ maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "ScheduleAnyway" }],
          },
        },
      ],
    },
  ],
};

/** Control-plane nodes only: the Kubernetes control plane and etcd. */
export function controlPlaneCluster(ctx: TalosContext): ClusterConfig {
  return {
    // Three-node clusters: the control planes run the workloads too.
    allowSchedulingOnControlPlanes: true,
    apiServer: {
      image: ctx.images.apiServer,
      // extraArgs are strings in the schema (a bare `true` is a type error).
      extraArgs: { "enable-aggregator-routing": "true", "feature-gates": "ImageVolume=true" },
      certSANs: [ctx.values.network.apiServer.host],
      disablePodSecurityPolicy: true,
    },
    // Metrics endpoints on all addresses, for the VictoriaMetrics scrapers.
    controllerManager: { image: ctx.images.controllerManager, extraArgs: { "bind-address": "0.0.0.0" } },
    // CoreDNS is deployed by Flux (infrastructure/coredns), with the cluster's own service IP.
    coreDNS: { disabled: true },
    etcd: {
      // Peers talk over the node network only.
      advertisedSubnets: [ctx.network.subnet],
      extraArgs: { "listen-metrics-urls": "http://0.0.0.0:2381" },
    },
    // Cilium replaces kube-proxy; the image stays pinned for the day it is turned back on.
    proxy: { disabled: true, image: ctx.images.proxy },
    scheduler: { image: ctx.images.scheduler, extraArgs: { "bind-address": "0.0.0.0" }, config: SCHEDULER_CONFIG },
  };
}
