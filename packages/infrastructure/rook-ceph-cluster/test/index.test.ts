import { HTTPRoute } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1";
import { cluster, render } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { testGateways } from "@k8s-gitops/gateway/testing";
import { CephBlockPool, CephCluster } from "@k8s-gitops/rook-ceph";
import { VolumeSnapshotClass } from "@k8s-gitops/snapshot-controller";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { Deployment } from "kubernetes-models/apps/v1";
import { StorageClass } from "kubernetes-models/storage.k8s.io/v1";
import { describe, expect, it } from "vitest";
import { rookCephCluster, type RookCephClusterOptions } from "../src/index.ts";

const gateways = testGateways();
const deps = { rookCephOperator: standIn("rook-ceph"), snapshotController: standIn("snapshot-controller"), gateways, monitoringCrds: standIn("prometheus-operator-crds", { bootstrapPhase: 1 }) };
const nodes = ["n1", "n2", "n3"].map((name) => ({ name, devices: [{ name: `/dev/disk/by-id/nvme-${name}` }] }));
const options: RookCephClusterOptions = { cluster: "test", nodes, blockClass: "rook-ceph-block", dashboardHost: "rook.monosense.io" };

describe("rookCephCluster", () => {
  const { cluster: c, toolbox } = rookCephCluster(options, deps);

  it("renders a CephCluster of the given nodes, the pool, the default and Retain classes and the snapshot class", () => {
    expect(c.resources.filter((r): r is CephCluster => CephCluster.is(r))[0]?.spec.storage?.nodes?.map((n) => n.devices?.[0]?.name)).toEqual(["/dev/disk/by-id/nvme-n1", "/dev/disk/by-id/nvme-n2", "/dev/disk/by-id/nvme-n3"]);
    expect(c.resources.filter((r): r is CephBlockPool => CephBlockPool.is(r))[0]?.spec.replicated?.size).toBe(3);
    const classes = c.resources.filter((r): r is StorageClass => StorageClass.is(r));
    expect(classes.map((s) => [s.metadata?.name, s.reclaimPolicy, s.metadata?.annotations?.["storageclass.kubernetes.io/is-default-class"], s.allowVolumeExpansion])).toEqual([
      ["rook-ceph-block", "Delete", "true", true],
      ["rook-ceph-block-retain", "Retain", "false", true],
    ]);
    expect(c.resources.filter((r): r is VolumeSnapshotClass => VolumeSnapshotClass.is(r))[0]).toMatchObject({ driver: "rook-ceph.rbd.csi.ceph.com", deletionPolicy: "Delete", metadata: { name: "csi-ceph-blockpool" } });
    expect(c.outputs).toEqual({ blockClass: "rook-ceph-block", retainClass: "rook-ceph-block-retain", snapshotClass: "csi-ceph-blockpool", filesystemClass: undefined });
    expect(c.resources.some((r) => r.kind === "CephFilesystem")).toBe(false);
  });

  it("routes the dashboard through the internal gateway and waits on the CephCluster", () => {
    const route = c.resources.filter((r): r is HTTPRoute => HTTPRoute.is(r))[0];
    expect(route?.spec.parentRefs?.[0]).toMatchObject({ name: "cilium-gateway-internal", sectionName: "https" });
    expect(route?.spec.rules?.[0]?.backendRefs?.[0]).toMatchObject({ name: "rook-ceph-mgr-dashboard", port: 7000 });
    expect(c.healthChecks).toEqual([
      { apiVersion: "ceph.rook.io/v1", kind: "CephCluster", name: "rook-ceph", namespace: "rook-ceph" },
      { apiVersion: "ceph.rook.io/v1", kind: "CephBlockPool", name: "rook-ceph-block", namespace: "rook-ceph" },
    ]);
    expect(c.dependsOn).toEqual([deps.rookCephOperator, deps.snapshotController, gateways, deps.monitoringCrds]);
  });

  it("runs the toolbox after the cluster, reading the mon secret the cluster component declares", () => {
    expect(toolbox.dependsOn).toEqual([c]);
    const d = toolbox.resources.find((r): r is Deployment => Deployment.is(r));
    // ceph.conf is written from the mon endpoints at start only: Reloader restarts it when they change.
    expect(d?.metadata?.annotations).toEqual({ "reloader.stakater.com/auto": "true" });
    expect(d?.spec?.template.spec?.containers[0]?.env?.map((e) => e.valueFrom?.secretKeyRef?.name)).toEqual(["rook-ceph-mon", "rook-ceph-mon"]);
    expect(c.provides.secrets).toContainEqual({ namespace: "rook-ceph", name: "rook-ceph-mon" });
    expect(c.provides.configMaps).toEqual([{ namespace: "rook-ceph", name: "rook-ceph-mon-endpoints" }]);
    const files = render(cluster({ name: "test", values: {}, components: [...gateways.dependsOn, gateways, deps.rookCephOperator, deps.snapshotController, deps.monitoringCrds, c, toolbox] })).files;
    expect([...files.keys()].filter((f) => f.startsWith("components/rook-ceph-cluster/cephcluster"))).toEqual(["components/rook-ceph-cluster/cephcluster-rook-ceph.yaml"]);
  });

  it("adds a CephFS and its class only when asked for", () => {
    const withFs = rookCephCluster({ ...options, filesystem: { name: "shared", storageClass: "ceph-filesystem" } }, deps).cluster;
    expect(withFs.resources.find((r) => r.kind === "CephFilesystem")?.metadata?.name).toBe("shared");
    expect(withFs.outputs.filesystemClass).toBe("ceph-filesystem");
    expect(withFs.healthChecks.map((h) => `${h.kind}/${h.name}`)).toContain("CephFilesystem/shared");
    const sc = withFs.resources.filter((r): r is StorageClass => StorageClass.is(r)).find((x) => x.metadata?.name === "ceph-filesystem");
    expect(sc).toMatchObject({ provisioner: "rook-ceph.cephfs.csi.ceph.com", parameters: { fsName: "shared", pool: "shared-data0" } });
  });

  it("turns on Rook's ServiceMonitors and the Ceph alerts by default, and neither with monitoring: false", () => {
    expect(c.resources.filter((r): r is CephCluster => CephCluster.is(r))[0]?.spec.monitoring?.enabled).toBe(true);
    const rule = c.resources.find((r): r is PrometheusRule => PrometheusRule.is(r));
    expect(rule?.spec.groups?.[0]?.rules?.map((r) => r.alert)).toEqual([
      "CephMgrMetricsAbsent",
      "CephHealthError",
      "CephHealthWarning",
      "CephMonQuorumAtRisk",
      "CephOSDDown",
      "CephOSDNearFull",
      "CephPGsInactive",
      "CephPGsDegraded",
      "CephPoolNearFull",
    ]);
    for (const r of rule?.spec.groups?.[0]?.rules ?? []) {
      expect(["critical", "warning"]).toContain(r.labels?.["severity"]);
      expect(Object.keys(r.annotations ?? {})).toEqual(["summary", "description"]);
    }
    expect(() => rule?.validate()).not.toThrow();
    const off = rookCephCluster({ ...options, monitoring: false }, deps).cluster;
    expect(off.resources.filter((r): r is CephCluster => CephCluster.is(r))[0]?.spec.monitoring?.enabled).toBe(false);
    expect(off.resources.some((r) => r.kind === "PrometheusRule")).toBe(false);
  });

  it("refuses fewer storage nodes than replicas, and a dashboard host the gateway's certificate does not cover", () => {
    expect(() => rookCephCluster({ ...options, nodes: nodes.slice(0, 2) }, deps)).toThrowError(
      "cluster test, component rook-ceph-cluster, CephBlockPool/rook-ceph/rook-ceph-block, field spec.replicated.size: 2 storage node(s) (n1, n2) for 3 replicas",
    );
    expect(() => rookCephCluster({ ...options, dashboardHost: "rook.ceph.monosense.io" }, deps)).toThrowError("is not covered by gateway cilium-gateway-internal's certificate");
  });
});
