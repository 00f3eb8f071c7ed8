import { bgp, cilium, clusterMesh, loadBalancerIpam, type MeshMember } from "@k8s-gitops/cilium";
import { cloudflared, type Cloudflared } from "@k8s-gitops/cloudflared";
import { coreDns } from "@k8s-gitops/coredns";
import type { Component } from "@k8s-gitops/core";
import { externalDns, type ExternalDns } from "@k8s-gitops/external-dns";
import type { SecretStoreComponent } from "@k8s-gitops/external-secrets";
import { peerOf, type ClusterValues } from "@k8s-gitops/fleet";
import { gateways, type Gateways } from "@k8s-gitops/gateway";
import { spegel } from "@k8s-gitops/spegel";
import { kubeSystemRelease } from "./kube-system.ts";

/** The cluster as the other mesh members see it, from its own values only. */
export function meshMember(v: ClusterValues): MeshMember {
  return { name: v.name, id: v.id, podCidr: v.network.podCidr, ip: v.clusterMesh.ip, fqdn: v.clusterMesh.fqdn };
}

/** What the rest of the cluster needs first: the CNI and DNS. */
export interface NetworkCore {
  readonly cilium: Component;
  readonly coredns: Component;
  readonly ipam: Component;
  readonly bgp: Component;
}

/** Cilium, its pool and BGP, and CoreDNS: everything else depends on these. `peer` is the other cluster. */
export function networkCore(values: ClusterValues, peer: ClusterValues = peerOf(values)): NetworkCore {
  const cni = kubeSystemRelease(
    cilium({
      cluster: { name: values.name, id: values.id },
      podCidr: values.network.podCidr,
      apiServer: values.network.apiServer,
      clusterMesh: { ip: values.clusterMesh.ip, fqdn: values.clusterMesh.fqdn },
    }),
    "cilium",
  );
  const ipam = loadBalancerIpam(
    {
      cluster: values.name,
      pool: values.loadBalancerPool,
      otherPools: { [peer.name]: peer.loadBalancerPool },
      reserved: { "gateway.externalIp": values.gateway.externalIp, "gateway.internalIp": values.gateway.internalIp, "clusterMesh.ip": values.clusterMesh.ip },
    },
    { cilium: cni },
  );
  return {
    cilium: cni,
    ipam,
    bgp: bgp({ cluster: values.name, ...values.bgp }, { cilium: cni, ipam }),
    coredns: kubeSystemRelease(
      coreDns(
        { cluster: values.name, clusterIp: values.network.coreDnsClusterIp, serviceCidr: values.network.serviceCidr, replicas: values.network.coreDnsReplicas },
        { cni },
      ),
      "coredns",
    ),
  };
}

export interface NetworkEdge {
  readonly gateways: Gateways;
  readonly clusterMesh: Component;
  readonly externalDns: ExternalDns;
  readonly cloudflared: Cloudflared;
  readonly spegel: Component;
}

/** What sits on the core and the secret store: gateways, the mesh, DNS records, the tunnel, the image mirror. */
export function networkEdge(
  values: ClusterValues,
  core: NetworkCore,
  deps: { secrets: SecretStoreComponent; certificates: Component; wildcardSecret: { readonly name: string; readonly namespace: string } },
  peer: ClusterValues = peerOf(values),
): NetworkEdge {
  const gw = gateways(
    {
      cluster: values.name,
      external: { name: values.gateway.externalName, ip: values.gateway.externalIp },
      internal: { name: values.gateway.internalName, ip: values.gateway.internalIp },
      // The names cert-manager's wildcard certificate is issued for.
      tls: { secret: deps.wildcardSecret, names: [`*.${values.domain}`, values.domain] },
    },
    { cilium: core.cilium, ipam: core.ipam, certificates: deps.certificates },
  );
  const edgeDeps = { gateways: gw.component, secrets: deps.secrets };
  return {
    gateways: gw,
    clusterMesh: clusterMesh(
      { local: meshMember(values), peers: [meshMember(peer)], credentials: values.clusterMesh.secretPath },
      { cilium: core.cilium, secrets: deps.secrets },
    ),
    externalDns: externalDns(
      {
        cluster: values.name,
        domain: values.domain,
        txtPrefix: values.externalDns.txtPrefix,
        interval: values.externalDns.interval,
        logLevel: values.externalDns.logLevel,
        instances: [
          { name: "cloudflare", visibility: "public", gateway: gw.external, provider: { kind: "cloudflare", proxied: true, credentials: values.externalDns.cloudflareCredentials } },
          { name: "rfc2136", visibility: "private", gateway: gw.internal, provider: { kind: "rfc2136", zone: values.domain, credentials: values.externalDns.rfc2136Credentials } },
        ],
      },
      edgeDeps,
    ),
    cloudflared: cloudflared(
      { cluster: values.name, domain: values.domain, gateway: gw.external, replicas: values.cloudflared.replicas, tunnel: values.cloudflared.tunnelCredentials },
      edgeDeps,
    ),
    // Both clusters run Talos (the platform's only node OS).
    spegel: kubeSystemRelease(spegel({ cluster: values.name, nodeOs: "talos" }, { cni: core.cilium, dns: core.coredns }), "spegel"),
  };
}
