import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { Service } from "kubernetes-models/v1";
import { ANNOTATIONS, cidr, dnsName } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import type { SecretStoreOutputs } from "@k8s-gitops/external-secrets";
import { describe, expect, it } from "vitest";
import { clusterMesh, clusterMeshSecret, meshPeerConfig, peerCredentialKeys } from "../src/index.ts";
import { appsMember, infraMember } from "./fixtures.ts";

const store = { kind: "ClusterSecretStore", name: "onepassword" } as const;
const infraMesh = { local: infraMember, peers: [appsMember], credentials: "kubernetes/infra/cilium-clustermesh" };

describe("ClusterMesh", () => {
  it("renders each peer's endpoint from the peer's own values, and only certificates from 1Password", () => {
    const es = clusterMeshSecret(infraMesh, store);
    expect(es.metadata).toEqual({ name: "cilium-clustermesh", namespace: "kube-system" });
    expect(es.spec?.target?.template?.data).toEqual({ apps: meshPeerConfig(appsMember) });
    expect(meshPeerConfig(appsMember)).toContain("- https://clustermesh-apps.monosense.io:2379\n");
    expect(es.spec?.target?.template?.mergePolicy).toBe("Merge");
    expect(es.spec?.data?.map((d) => [d.secretKey, d.remoteRef.key, d.remoteRef.property])).toEqual(
      peerCredentialKeys("apps").map((k) => [k, "kubernetes/infra/cilium-clustermesh", k]),
    );
  });

  it("follows the peer: a new endpoint for apps is a new configuration for infra", () => {
    const moved = { ...appsMember, fqdn: dnsName("mesh.apps.example.org") };
    const es = clusterMeshSecret({ ...infraMesh, peers: [moved] }, store);
    expect(es.spec?.target?.template?.data?.["apps"]).toContain("https://mesh.apps.example.org:2379");
  });

  it("refuses a peer with the same cluster id, the same name or an overlapping pod CIDR, and no peer", () => {
    expect(() => clusterMeshSecret({ ...infraMesh, peers: [{ ...appsMember, id: 1 }] }, store)).toThrowError(
      "cluster infra, component cilium-clustermesh, field id: cluster id 1 of apps is also infra's: ids must be unique in the mesh",
    );
    expect(() => clusterMeshSecret({ ...infraMesh, peers: [{ ...appsMember, name: "infra" }] }, store)).toThrowError(/listed as its own peer/);
    expect(() => clusterMeshSecret({ ...infraMesh, peers: [{ ...appsMember, podCidr: cidr("10.244.128.0/17") }] }, store)).toThrowError(/field network.podCidr: pod CIDR 10.244.0.0\/16 overlaps apps's/);
    expect(() => clusterMeshSecret({ ...infraMesh, peers: [] }, store)).toThrowError("cluster infra, component cilium-clustermesh, field peers: a mesh needs at least one peer");
  });

  it("owns the LoadBalancer Service peers dial, on the cluster's fixed mesh IP, after Cilium, the pool and the store", () => {
    const cilium = standIn("cilium", { bootstrapPhase: 2 });
    const ipam = standIn("cilium-ipam", { provides: { addressPools: true } });
    const secretStore = standIn<SecretStoreOutputs>("external-secrets-store", { outputs: { storeRef: store } });
    const c = clusterMesh(infraMesh, { cilium, ipam, secretStore });
    expect(c.dependsOn).toEqual([cilium, ipam, secretStore]);
    expect(ExternalSecret.is(c.resources[0])).toBe(true);
    const svc = c.resources.find((r): r is Service => Service.is(r));
    expect(svc?.metadata?.annotations?.["lbipam.cilium.io/ips"]).toBe("10.25.11.100");
    expect(svc?.spec).toEqual({ type: "LoadBalancer", selector: { "k8s-app": "clustermesh-apiserver" }, ports: [{ name: "apiserv", port: 2379, targetPort: 2379, protocol: "TCP" }] });
    expect(svc?.metadata?.annotations?.[ANNOTATIONS.waive]).toMatch(/^service-selector=/);
  });
});
