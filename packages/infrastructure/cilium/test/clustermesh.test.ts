import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { cidr, component, dnsName } from "@k8s-gitops/core";
import type { SecretStoreComponent } from "@k8s-gitops/external-secrets";
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

  it("refuses a peer with the same cluster id, the same name or an overlapping pod CIDR", () => {
    expect(() => clusterMeshSecret({ ...infraMesh, peers: [{ ...appsMember, id: 1 }] }, store)).toThrowError(
      "cluster infra, component cilium-clustermesh, field id: cluster id 1 of apps is also infra's: ids must be unique in the mesh",
    );
    expect(() => clusterMeshSecret({ ...infraMesh, peers: [{ ...appsMember, name: "infra" }] }, store)).toThrowError(/listed as its own peer/);
    expect(() => clusterMeshSecret({ ...infraMesh, peers: [{ ...appsMember, podCidr: cidr("10.244.128.0/17") }] }, store)).toThrowError(/field network.podCidr: pod CIDR 10.244.0.0\/16 overlaps apps's/);
    expect(() => clusterMeshSecret({ ...infraMesh, peers: [] }, store)).toThrowError(/at least one peer/);
  });

  it("is a component after Cilium and the secret store", () => {
    const cilium = component({ name: "cilium", resources: [clusterMeshSecret(infraMesh, store)] });
    const secrets: SecretStoreComponent = { ...component({ name: "external-secrets-store", resources: [clusterMeshSecret(infraMesh, store)] }), storeRef: store, connectHost: "http://x" };
    const c = clusterMesh(infraMesh, { cilium, secrets });
    expect(c.dependsOn).toEqual([cilium, secrets]);
    expect(ExternalSecret.is(c.resources[0])).toBe(true);
  });
});
