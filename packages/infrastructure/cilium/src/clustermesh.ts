import type { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { Service } from "kubernetes-models/v1";
import { cidrsOverlap, component, ConfigError, merge, waive, type Cidr, type Component, type DnsName, type IPv4, type OnePasswordField } from "@k8s-gitops/core";
import { externalSecret, type SecretStore, type SecretStoreRef } from "@k8s-gitops/external-secrets";
import pkg from "../package.json" with { type: "json" };
import { NAMESPACE } from "./values.ts";

/** The port clustermesh-apiserver serves etcd on, inside the pod and on the address peers dial. */
export const CLUSTERMESH_PORT = 2379;

/** The LoadBalancer Service peers dial (the chart's own clustermesh-apiserver Service is ClusterIP). */
export const MESH_SERVICE = "clustermesh-apiserver-lb";

/** Where the agents find the mesh configuration: the chart mounts the Secret there. */
const MESH_DIR = "/var/lib/cilium/clustermesh";

/** What one cluster of the mesh is to the others. */
export interface MeshMember {
  name: string;
  /** Cilium cluster id: unique in the mesh, 1-255. */
  id: number;
  /** Pod CIDRs must not overlap across the mesh: routes to remote pods would be ambiguous. */
  podCidr: Cidr;
  /** Its clustermesh-apiserver: the LoadBalancer IP it holds and the name peers dial. */
  ip: IPv4;
  fqdn: DnsName;
}

/** The etcd client configuration of one peer, as `cilium clustermesh connect` writes it. */
export function peerConfig(peer: Pick<MeshMember, "name" | "fqdn">): string {
  return [
    "endpoints:",
    `- https://${peer.fqdn}:${CLUSTERMESH_PORT}`,
    `trusted-ca-file: ${MESH_DIR}/${peer.name}.etcd-client-ca.crt`,
    `key-file: ${MESH_DIR}/${peer.name}.etcd-client.key`,
    `cert-file: ${MESH_DIR}/${peer.name}.etcd-client.crt`,
    "",
  ].join("\n");
}

/** The three credential files of a peer, by Secret key (the 1Password properties carry the same names). */
export function peerCredentialKeys(peer: string): readonly string[] {
  return [`${peer}.etcd-client-ca.crt`, `${peer}.etcd-client.crt`, `${peer}.etcd-client.key`];
}

export interface ClusterMeshOptions {
  local: MeshMember;
  /** The other clusters, from their own values: a peer's endpoint is written once, in its values. */
  peers: readonly MeshMember[];
  /**
   * The 1Password item holding, for every peer, the client certificate this cluster presents to it
   * and the peer's CA (properties `<peer>.etcd-client.crt`, `.key` and `<peer>.etcd-client-ca.crt`).
   */
  credentials: string;
}

function checkMesh(o: ClusterMeshOptions): void {
  const where = { cluster: o.local.name, component: "cilium-clustermesh" };
  if (o.peers.length === 0) throw new ConfigError("a mesh needs at least one peer", { ...where, field: "peers" });
  const seen = new Map<number, string>([[o.local.id, o.local.name]]);
  for (const p of o.peers) {
    if (p.name === o.local.name) throw new ConfigError(`cluster ${p.name} is listed as its own peer`, { ...where, field: "peers" });
    const other = seen.get(p.id);
    if (other !== undefined) throw new ConfigError(`cluster id ${p.id} of ${p.name} is also ${other}'s: ids must be unique in the mesh`, { ...where, field: "id" });
    seen.set(p.id, p.name);
    if (cidrsOverlap(p.podCidr, o.local.podCidr)) {
      throw new ConfigError(`pod CIDR ${o.local.podCidr} overlaps ${p.name}'s ${p.podCidr}: mesh clusters need disjoint pod CIDRs`, { ...where, field: "network.podCidr" });
    }
  }
}

/**
 * The Secret the agents read their peers from (`cilium-clustermesh` in kube-system), through an
 * ExternalSecret: each peer's endpoint is rendered from the peer's own values, only the
 * certificates come from 1Password.
 */
export function clusterMeshSecret(o: ClusterMeshOptions, store: SecretStoreRef): ExternalSecret {
  checkMesh(o);
  const peers = [...o.peers].sort((a, b) => a.name.localeCompare(b.name));
  const data: Record<string, OnePasswordField> = {};
  for (const p of peers) for (const key of peerCredentialKeys(p.name)) data[key] = { item: o.credentials, property: key };
  const base = externalSecret({ name: "cilium-clustermesh", namespace: NAMESPACE, store, data });
  // The endpoints are plain template text (no {{ }}); mergePolicy Merge keeps the certificate keys.
  return merge(base, {
    spec: {
      target: {
        template: {
          engineVersion: "v2",
          mergePolicy: "Merge",
          data: Object.fromEntries(peers.map((p) => [p.name, peerConfig(p)])),
        },
      },
    },
  });
}

/**
 * The address peers dial: a LoadBalancer Service on the cluster's fixed mesh IP in front of the
 * chart's clustermesh-apiserver pods. It lives outside the chart so that the cilium release
 * never waits for a pool address (the pool needs Cilium's CRDs), and here, after the pool.
 */
export function clusterMeshService(local: Pick<MeshMember, "ip">): Service {
  const service = new Service({
    metadata: { name: MESH_SERVICE, namespace: NAMESPACE, annotations: { "lbipam.cilium.io/ips": local.ip }, labels: { "k8s-app": "clustermesh-apiserver" } },
    spec: {
      type: "LoadBalancer",
      selector: { "k8s-app": "clustermesh-apiserver" },
      ports: [{ name: "apiserv", port: CLUSTERMESH_PORT, targetPort: CLUSTERMESH_PORT, protocol: "TCP" }],
    },
  });
  return waive(service, "service-selector", "selects the clustermesh-apiserver pods the cilium chart creates");
}

/**
 * The mesh component: the peers' Secret for the agents, and the LoadBalancer Service peers
 * reach this cluster's clustermesh-apiserver on. After Cilium (the apiserver pods), the pool
 * (the Service's address) and the secret store (the peers' credentials).
 */
export function clusterMesh(o: ClusterMeshOptions, deps: { cilium: Component; ipam: Component; secretStore: SecretStore }): Component {
  return component({
    name: "cilium-clustermesh",
    namespace: NAMESPACE,
    resources: [clusterMeshSecret(o, deps.secretStore.outputs.storeRef), clusterMeshService(o.local)],
    dependsOn: [deps.cilium, deps.ipam, deps.secretStore],
    package: pkg,
  });
}
