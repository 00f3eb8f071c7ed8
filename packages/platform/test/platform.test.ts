import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { cluster, componentsOf, render, type Component } from "@k8s-gitops/core";
import { CephCluster } from "@k8s-gitops/rook-ceph";
import { describe, expect, it } from "vitest";
import { cephReplicas, cephStorageNodesOf } from "@k8s-gitops/inventory";
import { networkBaseline, peerOf, sharedLayer, type PlatformValues } from "../src/index.ts";
import { apps as appsValues, infra as infraValues } from "./fixtures.ts";

// The clusters' values read their Ceph disks from the node inventory; so do these.
const withCeph = (v: PlatformValues): PlatformValues => ({ ...v, storage: { ...v.storage, ceph: { nodes: cephStorageNodesOf(v.name), replicas: cephReplicas } } });
const infra = withCeph(infraValues);
const apps = withCeph(appsValues);

function layerOf(values: PlatformValues, peer: PlatformValues): Component[] {
  const shared = sharedLayer(values, { peers: [peerOf(peer)] });
  const runs = [shared.monitoring, shared.network, shared.mesh, shared.secrets, shared.certificates, shared.storage, shared.ceph, shared.flux];
  return [...componentsOf(runs), networkBaseline(values, shared.network, runs)];
}

function externalSecretKeys(components: readonly Component[]): string[] {
  const keys = components.flatMap((c) => c.resources.filter((r): r is ExternalSecret => ExternalSecret.is(r)).flatMap((es) => es.spec?.data?.map((d) => d.remoteRef.key) ?? []));
  return [...new Set(keys)].sort();
}

describe("sharedLayer", () => {
  it("runs Ceph on each cluster's own storage nodes, their NVMe disks by id, with the block class as the default", () => {
    for (const [values, peer, disks] of [
      [infra, apps, ["/dev/disk/by-id/nvme-eui.6479a7726a304b94", "/dev/disk/by-id/nvme-eui.6479a77cda30650b", "/dev/disk/by-id/nvme-eui.6479a7726a3054e5"]],
      [apps, infra, ["/dev/disk/by-id/nvme-TEAM_TM8FP6001T_TPBF2312120030301178", "/dev/disk/by-id/nvme-TEAM_TM8FP6001T_TPBF2312120030301595", "/dev/disk/by-id/nvme-eui.6479a7726a304bbf"]],
    ] as const) {
      const shared = sharedLayer(values, { peers: [peerOf(peer)] });
      if (!("cluster" in shared.ceph)) throw new Error(`${values.name}: no Ceph in the shared layer`);
      const ceph = shared.ceph.cluster.resources.find((r): r is CephCluster => CephCluster.is(r));
      expect(ceph?.spec.storage?.nodes?.map((n) => n.name)).toEqual(values.nodes);
      expect(ceph?.spec.storage?.nodes?.flatMap((n) => n.devices?.map((d) => d.name))).toEqual(disks);
      expect(ceph?.spec.mon?.count).toBe(3);
      const defaults = shared.ceph.cluster.resources.filter((r) => r.kind === "StorageClass" && r.metadata?.annotations?.["storageclass.kubernetes.io/is-default-class"] === "true");
      expect(defaults.map((s) => s.metadata?.name)).toEqual([values.storage.blockClass]);
      expect(shared.ceph.operator.dependsOn).toContain(shared.storage.snapshotCrds);
      expect(shared.storage.volsync.dependsOn).toContain(shared.storage.snapshotController);
    }
  });


  it("runs no Ceph on a cluster whose values name no Ceph disks (one outside the inventory)", () => {
    const shared = sharedLayer({ ...infraValues, name: "edge", nodes: ["edge-01", "edge-02", "edge-03"] }, { peers: [] });
    expect(shared.ceph).toEqual({});
    expect(Object.keys(shared.storage)).toEqual(["openebs", "snapshotCrds", "snapshotController", "volsync"]);
  });

  it("composes the same components in both clusters", () => {
    expect(layerOf(infra, apps).map((c) => c.name)).toEqual(layerOf(apps, infra).map((c) => c.name));
  });

  it("carries each cluster's own values into its objects", () => {
    // The pipeline's signing key is one for the fleet: every cluster verifies with its public half.
    expect(externalSecretKeys(layerOf(infra, apps))).toEqual([
      "kubernetes/gitops-signing-key",
      "kubernetes/infra/cert-manager/cloudflare",
      "kubernetes/infra/cilium-clustermesh",
      "kubernetes/infra/cloudflared",
      "kubernetes/infra/harbor-robot-flux",
      "kubernetes/infra/rfc2136",
    ]);
    // The DNS credentials are shared (one Cloudflare zone, one LAN zone); the tunnel and mesh are not.
    expect(externalSecretKeys(layerOf(apps, infra))).toEqual([
      "kubernetes/apps/cert-manager/cloudflare",
      "kubernetes/apps/cilium-clustermesh",
      "kubernetes/apps/cloudflared",
      "kubernetes/apps/harbor-robot-flux",
      "kubernetes/gitops-signing-key",
      "kubernetes/infra/cloudflared",
      "kubernetes/infra/rfc2136",
    ]);
  });

  it("renders infra and apps to trees with the same files, differing in the files their values reach", () => {
    const a = render(cluster({ name: "infra", values: infra, components: layerOf(infra, apps) }));
    const b = render(cluster({ name: "apps", values: apps, components: layerOf(apps, infra) }));
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    const differing = [...a.files.keys()].filter((k) => a.files.get(k) !== b.files.get(k) && !k.startsWith("flux/"));
    // Each of these holds a per-cluster value (pool, ASN, mesh, gateway IPs, secret paths, artifact).
    for (const dir of ["cilium-bgp", "cilium-clustermesh", "cilium-gateway", "cilium-ipam", "cilium", "cloudflared", "coredns", "external-dns", "flux-sync", "cert-manager-issuers", "rook-ceph-cluster"]) {
      expect(differing.some((k) => k.startsWith(`components/${dir}/`)), dir).toBe(true);
    }
    for (const same of ["external-secrets", "cert-manager", "openebs", "spegel", "gateway-api-crds", "snapshot-crds", "snapshot-controller", "volsync", "rook-ceph", "rook-ceph-tools"]) {
      expect(differing.filter((k) => k.startsWith(`components/${same}/`)), same).toEqual([]);
    }
  });

  it("gives every namespace its components guard a deny-all baseline, and waits for them", () => {
    const components = layerOf(infra, apps);
    const baseline = components.find((c) => c.name === "network-policies")!;
    const guarded = components.filter((c) => c.network).map((c) => c.network!.namespace);
    const denied = baseline.resources.filter((r) => r.metadata?.name === "default-deny-all").map((r) => r.metadata?.namespace);
    expect(new Set(denied)).toEqual(new Set(guarded));
    expect(denied).toEqual(expect.arrayContaining(["external-secrets", "cert-manager", "external-dns", "cloudflared", "openebs-system"]));
    expect(baseline.dependsOn.map((d) => d.name)).toEqual(expect.arrayContaining(["cilium", "external-secrets", "cert-manager", "openebs"]));
  });
});
