import { bgp, cilium, clusterMesh, loadBalancerIpam, type MeshMember } from "@k8s-gitops/cilium";
import { cloudflared } from "@k8s-gitops/cloudflared";
import type { IssuerOutputs } from "@k8s-gitops/cert-manager";
import { coreDns } from "@k8s-gitops/coredns";
import type { Component } from "@k8s-gitops/core";
import { externalDns } from "@k8s-gitops/external-dns";
import type { SecretStore } from "@k8s-gitops/external-secrets";
import { gatewayApiCrds, gateways, type Gateways } from "@k8s-gitops/gateway";
import { spegel } from "@k8s-gitops/spegel";
import { kubeSystemRelease } from "./kube-system.ts";
import type { PeerCluster, PlatformValues } from "./values.ts";

/** A cluster as the other mesh members see it, from its own values (or its peer facts) only. */
export function meshMember(v: PeerCluster): MeshMember {
  return { name: v.name, id: v.id, podCidr: v.network.podCidr, ip: v.clusterMesh.ip, fqdn: v.clusterMesh.fqdn };
}

/** What the rest of the cluster needs first: the Gateway API CRDs, the CNI with its pool and BGP, and DNS. */
export type NetworkCore = {
  /** Bootstrap phase 1: Cilium's gateway controller needs them when it starts. */
  readonly gatewayApiCrds: Component;
  /** Bootstrap phase 2. */
  readonly cilium: Component;
  /** Bootstrap phase 2. */
  readonly coredns: Component;
  /** The LoadBalancer pool (the address pool provider). */
  readonly ipam: Component;
  readonly bgp: Component;
};

/**
 * Cilium, its pool and BGP, and CoreDNS: everything else depends on these. `peers` are the
 * clusters sharing the node subnet and the mesh: their pools must not overlap this one's.
 * `monitoringCrds` serves the ServiceMonitors and alerts of Cilium and CoreDNS: day zero
 * installs it in phase 1, before their phase 2.
 */
export function networkCore(values: PlatformValues, peers: readonly PeerCluster[], deps: { monitoringCrds: Component }): NetworkCore {
  const crds = gatewayApiCrds();
  const cni = kubeSystemRelease(
    cilium(
      {
        cluster: { name: values.name, id: values.id },
        podCidr: values.network.podCidr,
        apiServer: values.network.apiServer,
        clusterMesh: { ip: values.clusterMesh.ip, fqdn: values.clusterMesh.fqdn },
      },
      { gatewayApiCrds: crds, monitoringCrds: deps.monitoringCrds },
    ),
    "cilium",
  );
  const ipam = loadBalancerIpam(
    {
      cluster: values.name,
      pool: values.loadBalancerPool,
      otherPools: Object.fromEntries(peers.map((p) => [p.name, p.loadBalancerPool])),
      reserved: { "gateway.externalIp": values.gateway.externalIp, "gateway.internalIp": values.gateway.internalIp, "clusterMesh.ip": values.clusterMesh.ip },
    },
    { cilium: cni },
  );
  return {
    gatewayApiCrds: crds,
    cilium: cni,
    coredns: kubeSystemRelease(
      coreDns(
        { cluster: values.name, clusterIp: values.network.coreDnsClusterIp, serviceCidr: values.network.serviceCidr, replicas: values.network.coreDnsReplicas },
        { cilium: cni, monitoringCrds: deps.monitoringCrds },
      ),
      "coredns",
    ),
    ipam,
    bgp: bgp({ cluster: values.name, ...values.bgp }, { cilium: cni, ipam }),
  };
}

/** What sits on the core, the secret store and the certificates. */
export type NetworkEdge = {
  readonly gateways: Gateways;
  readonly externalDns: Component;
  readonly cloudflared: Component;
  readonly spegel: Component;
};

/** The ClusterMesh connection to the cluster's peers. */
export type NetworkMesh = { readonly clusterMesh: Component };

/**
 * The mesh with exactly `peers` (cross-cluster facts are arguments, never looked up). A cluster
 * without peers has no mesh component: `sharedLayer` leaves it out.
 */
export function networkMesh(values: PlatformValues, core: NetworkCore, deps: { secretStore: SecretStore }, peers: readonly PeerCluster[]): NetworkMesh {
  return {
    clusterMesh: clusterMesh(
      { local: meshMember(values), peers: peers.map(meshMember), credentials: values.clusterMesh.secretPath },
      { cilium: core.cilium, ipam: core.ipam, secretStore: deps.secretStore },
    ),
  };
}

/** Gateways, DNS records, the tunnel, the image mirror; each but the gateways with its metrics and alerts. */
export function networkEdge(values: PlatformValues, core: NetworkCore, deps: { secretStore: SecretStore; issuers: Component<IssuerOutputs>; monitoringCrds: Component }): NetworkEdge {
  const gw = gateways(
    {
      cluster: values.name,
      external: { name: values.gateway.externalName, ip: values.gateway.externalIp },
      internal: { name: values.gateway.internalName, ip: values.gateway.internalIp },
    },
    { gatewayApiCrds: core.gatewayApiCrds, cilium: core.cilium, ipam: core.ipam, issuers: deps.issuers },
  );
  const edgeDeps = { gateways: gw, secretStore: deps.secretStore, monitoringCrds: deps.monitoringCrds };
  return {
    gateways: gw,
    externalDns: externalDns(
      {
        cluster: values.name,
        domain: values.domain,
        txtPrefix: values.externalDns.txtPrefix,
        interval: values.externalDns.interval,
        logLevel: values.externalDns.logLevel,
        instances: [
          { name: "cloudflare", visibility: "public", gateway: "external", provider: { kind: "cloudflare", proxied: true, credentials: values.externalDns.cloudflareCredentials } },
          { name: "rfc2136", visibility: "private", gateway: "internal", provider: { kind: "rfc2136", zone: values.domain, credentials: values.externalDns.rfc2136Credentials } },
        ],
      },
      edgeDeps,
    ),
    cloudflared: cloudflared({ cluster: values.name, domain: values.domain, replicas: values.cloudflared.replicas, tunnel: values.cloudflared.tunnelCredentials }, edgeDeps),
    // Both clusters run Talos (the platform's only node OS).
    spegel: kubeSystemRelease(spegel({ cluster: values.name, nodeOs: "talos" }, { cilium: core.cilium, coredns: core.coredns, monitoringCrds: deps.monitoringCrds }), "spegel"),
  };
}
