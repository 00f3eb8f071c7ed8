import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { cluster, render } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { describe, expect, it } from "vitest";
import { CEPH_IMAGE, cephBlockPool, CephCluster, cephCluster, cephFilesystem, CRDS, defaults, rbdStorageClass, rookCephOperator } from "../src/index.ts";

const deps = {
  cilium: standIn("cilium"),
  coredns: standIn("coredns"),
  snapshotCrds: standIn("snapshot-crds", { bootstrapPhase: 1 }),
  monitoringCrds: standIn("prometheus-operator-crds", { bootstrapPhase: 1 }),
};
const valuesOf = (c: ReturnType<typeof rookCephOperator>) => c.resources.find((r): r is HelmRelease => HelmRelease.is(r))?.spec?.values;
const nodes = [
  { name: "n1", devices: [{ name: "/dev/disk/by-id/nvme-a" }] },
  { name: "n2", devices: [{ name: "/dev/disk/by-id/nvme-b" }] },
  { name: "n3", devices: [{ name: "/dev/disk/by-id/nvme-c" }] },
];

describe("rookCephOperator", () => {
  const op = rookCephOperator({}, deps);

  it("renders the chart from charts.rook.io with its CRDs, declared in provides, after the snapshot CRDs", () => {
    const files = render(cluster({ name: "test", values: {}, components: [deps, op] })).files;
    expect(files.has("components/rook-ceph/helmrelease-rook-ceph.yaml")).toBe(true);
    const hr = op.resources.find((r): r is HelmRelease => HelmRelease.is(r));
    expect(hr?.spec?.chart?.spec.version).toBe("v1.18.6");
    expect(hr?.spec?.install?.crds).toBe("Create");
    expect(hr?.spec?.upgrade?.crds).toBe("CreateReplace");
    expect(op.provides.crds).toEqual([...CRDS].sort());
    expect(op.dependsOn.map((d) => d.name)).toEqual(["cilium", "coredns", "snapshot-crds", "prometheus-operator-crds"]);
    expect(op.healthChecks).toEqual([{ apiVersion: "apps/v1", kind: "Deployment", name: "rook-ceph-operator", namespace: "rook-ceph" }]);
    expect(op.network).toEqual({ namespace: "rook-ceph" });
  });

  it("lets the namespace's pods reach the Ceph daemons on the nodes' host network, on Ceph's ports only", () => {
    const cnp = op.resources.find((r): r is CiliumNetworkPolicy => CiliumNetworkPolicy.is(r));
    expect(cnp?.spec?.endpointSelector).toEqual({});
    expect(cnp?.spec?.egress).toEqual([
      {
        toEntities: ["host", "remote-node"],
        toPorts: [{ ports: [{ port: "3300", protocol: "TCP" }, { port: "6789", protocol: "TCP" }, { port: "6800", endPort: 7300, protocol: "TCP" }] }],
      },
    ]);
    expect(() => cnp?.validate()).not.toThrow();
  });

  it("runs RBD only unless CephFS is asked for", () => {
    expect(valuesOf(op)).toEqual(defaults);
    expect(valuesOf(rookCephOperator({ cephfs: true }, deps))).toMatchObject({ csi: { enableCephfsDriver: true, enableCephfsSnapshotter: true, enableRbdDriver: true } });
  });

  it("may create the CephCluster's ServiceMonitors and alerts by default (it serves no metrics of its own); monitoring: false neither", () => {
    expect(valuesOf(op)).toMatchObject({ monitoring: { enabled: true } });
    const rule = op.resources.find((r): r is PrometheusRule => PrometheusRule.is(r));
    expect(rule?.spec.groups?.[0]?.rules?.map((r) => [r.alert, r.labels?.["severity"], Object.keys(r.annotations ?? {})])).toEqual([
      ["RookCephOperatorDown", "critical", ["summary", "description"]],
      ["RookCephOperatorCrashLooping", "warning", ["summary", "description"]],
      ["RookCephOperatorHighMemory", "warning", ["summary", "description"]],
    ]);
    expect(op.resources.some((r) => r.kind === "PodMonitor" || r.kind === "ServiceMonitor")).toBe(false);
    const off = rookCephOperator({ monitoring: false }, deps);
    expect(valuesOf(off)).toMatchObject({ monitoring: { enabled: false } });
    expect(off.resources.some((r) => r.kind === "PrometheusRule")).toBe(false);
  });

  it("merges a nested override over the defaults, keeping the siblings", () => {
    expect(valuesOf(rookCephOperator({ values: { csi: { provisionerReplicas: 3 } } }, deps))).toEqual({ ...defaults, csi: { ...defaults.csi, provisionerReplicas: 3 } });
  });
});

describe("cephCluster", () => {
  it("lists exactly the given disks by id, three mons, host networking, the dashboard without TLS", () => {
    const c = cephCluster({ cluster: "test", nodes });
    expect(CephCluster.is(c)).toBe(true);
    expect(c.spec.storage?.useAllDevices).toBe(false);
    expect(c.spec.storage?.nodes).toEqual(nodes.map((n) => ({ name: n.name, devices: n.devices.map((d) => ({ name: d.name, config: { deviceClass: "nvme" } })) })));
    expect(c.spec.mon).toEqual({ count: 3, allowMultiplePerNode: false });
    expect(c.spec.network?.provider).toBe("host");
    expect(c.spec.cephVersion?.image).toBe(CEPH_IMAGE);
    expect(c.spec.dashboard).toEqual({ enabled: true, ssl: false, port: 7000 });
    expect(c.spec.monitoring?.enabled).toBe(true);
    expect(cephCluster({ cluster: "test", nodes, monitoring: false }).spec.monitoring?.enabled).toBe(false);
    expect(() => c.validate()).not.toThrow();
  });

  it("refuses a kernel device name, a disk listed twice, an even mon count and no nodes", () => {
    expect(() => cephCluster({ cluster: "test", nodes: [{ name: "n1", devices: [{ name: "/dev/nvme0n1" }] }] })).toThrowError(
      'cluster test, CephCluster/rook-ceph/rook-ceph, field spec.storage.nodes[0].devices[0].name: device "/dev/nvme0n1" of node n1 must be a /dev/disk/by-id/ path',
    );
    expect(() => cephCluster({ cluster: "test", nodes: [nodes[0]!, { name: "n2", devices: nodes[0]!.devices }] })).toThrowError(
      "field spec.storage.nodes[1].devices[0].name: device /dev/disk/by-id/nvme-a of node n2 is also listed for node n1",
    );
    expect(() => cephCluster({ cluster: "test", nodes, mons: 2 })).toThrowError("field spec.mon.count: 2 monitors: Ceph needs an odd number, at least 3");
    expect(() => cephCluster({ cluster: "test", nodes: [] })).toThrowError("field spec.storage.nodes: no storage nodes");
  });
});

describe("pools and classes", () => {
  const pool = cephBlockPool({ cluster: "test", name: "rook-ceph-block" });

  it("replicates three times across hosts", () => {
    expect(pool.spec).toMatchObject({ failureDomain: "host", replicated: { size: 3, requireSafeReplicaSize: true } });
    expect(() => cephBlockPool({ cluster: "test", name: "p", replicas: 2 })).toThrowError("cluster test, CephBlockPool/rook-ceph/p, field spec.replicated.size: replica size 2");
  });

  it("makes an expandable RBD class in the pool, default or not, Delete or Retain", () => {
    const sc = rbdStorageClass({ name: "rook-ceph-block", pool, isDefault: true });
    expect(sc.provisioner).toBe("rook-ceph.rbd.csi.ceph.com");
    expect(sc.parameters).toMatchObject({ clusterID: "rook-ceph", pool: "rook-ceph-block", "csi.storage.k8s.io/node-stage-secret-name": "rook-csi-rbd-node" });
    expect(sc.allowVolumeExpansion).toBe(true);
    expect(sc.metadata?.annotations?.["storageclass.kubernetes.io/is-default-class"]).toBe("true");
    expect(rbdStorageClass({ name: "x", pool, reclaimPolicy: "Retain" }).reclaimPolicy).toBe("Retain");
  });

  it("makes a replicated filesystem with a standby MDS", () => {
    const fs = cephFilesystem({ cluster: "test", name: "shared" });
    expect(fs.spec.dataPools[0]?.replicated?.size).toBe(3);
    expect(fs.spec.metadataServer.activeStandby).toBe(true);
    expect(() => cephFilesystem({ cluster: "test", name: "shared", replicas: 1 })).toThrowError("replica size 1");
  });
});
