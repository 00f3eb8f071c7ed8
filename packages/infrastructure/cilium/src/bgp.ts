import { CiliumBGPAdvertisement, CiliumBGPClusterConfig, CiliumBGPPeerConfig } from "@kubernetes-models/cilium/cilium.io/v2";
import { component, ConfigError, type Component, type IPv4 } from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };

export interface BgpOptions {
  cluster: string;
  localAsn: number;
  peerAsn: number;
  peerAddress: IPv4;
}

/** The label that ties the peer config's address family to the advertisements it sends. */
const ADVERTISE = { advertise: "bgp" } as const;

const MAX_ASN = 4294967295;

function checkAsn(cluster: string, field: string, asn: number): void {
  if (!Number.isInteger(asn) || asn < 1 || asn > MAX_ASN) {
    throw new ConfigError(`ASN ${asn} is not a 32-bit AS number (1-${MAX_ASN})`, { cluster, component: "cilium-bgp", field });
  }
}

/**
 * LoadBalancer IPs of every Service, advertised to the peer. A Service advertisement selects
 * nothing without a selector (Cilium: "if not specified, no objects ... are selected"): the
 * selector below matches every Service not labelled bgp.k8s-gitops.io/advertise=false.
 */
export function loadBalancerAdvertisement(): CiliumBGPAdvertisement {
  return new CiliumBGPAdvertisement({
    metadata: { name: "bgp-loadbalancer-ips", labels: { ...ADVERTISE } },
    spec: {
      advertisements: [
        {
          advertisementType: "Service",
          service: { addresses: ["LoadBalancerIP"] },
          selector: { matchExpressions: [{ key: "bgp.k8s-gitops.io/advertise", operator: "NotIn", values: ["false"] }] },
        },
      ],
    },
  });
}

/** eBGP to the router with short timers and graceful restart (restarts of the agent keep routes). */
export function peerConfig(): CiliumBGPPeerConfig {
  return new CiliumBGPPeerConfig({
    metadata: { name: "bgp-peer-config" },
    spec: {
      timers: { holdTimeSeconds: 9, keepAliveTimeSeconds: 3 },
      gracefulRestart: { enabled: true, restartTimeSeconds: 120 },
      families: [{ afi: "ipv4", safi: "unicast", advertisements: { matchLabels: { ...ADVERTISE } } }],
      ebgpMultihop: 1,
    },
  });
}

/** One BGP instance per node (every node), peering with the router. */
export function clusterConfig(o: BgpOptions, peer: CiliumBGPPeerConfig): CiliumBGPClusterConfig {
  checkAsn(o.cluster, "bgp.localAsn", o.localAsn);
  checkAsn(o.cluster, "bgp.peerAsn", o.peerAsn);
  if (o.localAsn === o.peerAsn) {
    throw new ConfigError(`local ASN ${o.localAsn} equals the peer's: the peering is eBGP (ebgpMultihop), each side needs its own AS`, {
      cluster: o.cluster,
      component: "cilium-bgp",
      field: "bgp.localAsn",
    });
  }
  return new CiliumBGPClusterConfig({
    metadata: { name: "bgp-cluster-config" },
    spec: {
      bgpInstances: [
        {
          name: `instance-${o.localAsn}`,
          localASN: o.localAsn,
          peers: [{ name: `peer-${o.peerAsn}`, peerASN: o.peerAsn, peerAddress: o.peerAddress, peerConfigRef: { name: peer.metadata?.name ?? "" } }],
        },
      ],
    },
  });
}

/**
 * The BGP control plane's objects, once Cilium and the pool whose addresses it announces exist.
 * It makes the pool's addresses reachable from the router but provides no pool itself: no
 * LoadBalancer wait depends on the announcement.
 */
export function bgp(o: BgpOptions, deps: { cilium: Component; ipam: Component }): Component {
  const peer = peerConfig();
  return component({
    name: "cilium-bgp",
    resources: [peer, clusterConfig(o, peer), loadBalancerAdvertisement()],
    dependsOn: [deps.cilium, deps.ipam],
    package: pkg,
  });
}
