import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { cluster, render } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { PersistentVolumeClaim } from "kubernetes-models/v1";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CRDS, defaults, ReplicationSource, volsync, volumeBackup, type VolumeBackupOptions } from "../src/index.ts";

const deps = { cilium: standIn("cilium"), coredns: standIn("coredns"), snapshotController: standIn("snapshot-controller"), monitoringCrds: standIn("prometheus-operator-crds", { bootstrapPhase: 1 }) };
const valuesOf = (c: ReturnType<typeof volsync>) => c.resources.find((r): r is HelmRelease => HelmRelease.is(r))?.spec?.values;
const pvc = new PersistentVolumeClaim({ metadata: { name: "data", namespace: "app" }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "10Gi" } } } });
const options: VolumeBackupOptions = {
  schedule: "0 3 * * *",
  retention: { daily: 7, weekly: 4, monthly: 12 },
  repository: {
    endpoint: "https://s3.example.org",
    bucket: "volsync",
    password: { item: "kubernetes/app/restic", property: "password" },
    accessKeyId: { item: "kubernetes/app/restic", property: "access-key-id" },
    secretAccessKey: { item: "kubernetes/app/restic", property: "secret-access-key" },
    store: { kind: "ClusterSecretStore", name: "onepassword" },
  },
  snapshotClass: "csi-ceph-blockpool",
};

describe("volsync", () => {
  const c = volsync({}, deps);

  it("renders the operator with the chart's CRDs, declared in provides, after the snapshot controller", () => {
    const files = render(cluster({ name: "test", values: {}, components: [deps, c] })).files;
    expect(files.has("components/volsync/helmrelease-volsync.yaml")).toBe(true);
    expect(c.provides.crds).toEqual([...CRDS]);
    expect(c.dependsOn).toContain(deps.snapshotController);
    expect(valuesOf(c)).toEqual(defaults);
  });

  it("merges a nested override over the defaults, keeping the siblings", () => {
    expect(valuesOf(volsync({ values: { resources: { limits: { memory: "512Mi" } } } }, deps))).toEqual({ ...defaults, resources: { ...defaults.resources, limits: { memory: "512Mi" } } });
  });

  it("comes after the monitoring CRDs (its chart renders a ServiceMonitor once they are served), lets it read the metrics, and alerts", () => {
    expect(c.dependsOn).toContain(deps.monitoringCrds);
    expect(valuesOf(c)).toMatchObject({ metrics: { disableAuth: true } });
    const rule = c.resources.find((r): r is PrometheusRule => PrometheusRule.is(r));
    expect(rule?.spec.groups?.[0]?.rules?.map((r) => [r.alert, r.labels?.["severity"], Object.keys(r.annotations ?? {})])).toEqual([
      ["VolSyncDown", "critical", ["summary", "description"]],
      ["VolSyncVolumeOutOfSync", "critical", ["summary", "description"]],
    ]);
    const off = volsync({ monitoring: false }, deps);
    expect(valuesOf(off)).toMatchObject({ metrics: { disableAuth: false } });
    expect(off.resources.some((r) => r.kind === "PrometheusRule")).toBe(false);
  });
});

describe("volumeBackup", () => {
  const b = volumeBackup(pvc, options);

  it("renders a restic ReplicationSource of the claim from a snapshot, on the schedule, with the retention", () => {
    expect(ReplicationSource.is(b.replicationSource)).toBe(true);
    expect(JSON.parse(JSON.stringify(b.replicationSource))).toEqual({
      apiVersion: "volsync.backube/v1alpha1",
      kind: "ReplicationSource",
      metadata: { name: "data", namespace: "app" },
      spec: {
        sourcePVC: "data",
        trigger: { schedule: "0 3 * * *" },
        restic: { repository: "data-restic", copyMethod: "Snapshot", volumeSnapshotClassName: "csi-ceph-blockpool", pruneIntervalDays: 7, retain: { daily: 7, weekly: 4, monthly: 12 } },
      },
    });
  });

  it("takes the password and keys from 1Password and writes the repository URL in the template", () => {
    expect(b.secret.spec?.data?.map((d) => `${d.secretKey}=${d.remoteRef.key}#${d.remoteRef.property}`)).toEqual([
      "AWS_ACCESS_KEY_ID=kubernetes/app/restic#access-key-id",
      "AWS_SECRET_ACCESS_KEY=kubernetes/app/restic#secret-access-key",
      "RESTIC_PASSWORD=kubernetes/app/restic#password",
    ]);
    expect(b.secret.spec?.target?.template).toEqual({ engineVersion: "v2", mergePolicy: "Merge", data: { RESTIC_REPOSITORY: "s3:https://s3.example.org/volsync/app/data" } });
    expect(b.egressCidr).toBeUndefined();
  });

  it("renders in a component and names the egress to an object store by address", () => {
    const byIp = volumeBackup(pvc, { ...options, repository: { ...options.repository, endpoint: "http://10.25.11.3:9000" }, snapshotClass: undefined });
    expect(byIp.egressCidr).toEqual({ name: "allow-restic-object-store", cidrs: ["10.25.11.3/32"], ports: [9000] });
    expect(byIp.replicationSource.spec.restic.copyMethod).toBe("Clone");
    const files = render(cluster({ name: "test", values: {}, components: [standIn("app", { resources: [pvc, ...byIp.resources] })] })).files;
    const rs = [...files.entries()].find(([p]) => p.startsWith("components/app/") && p.includes("replicationsource"));
    expect(rs?.[0]).toBe("components/app/replicationsource-app-data.yaml");
    expect(parse(rs?.[1] ?? "")).toMatchObject({ kind: "ReplicationSource", spec: { sourcePVC: "data" } });
  });

  it("refuses a six-field cron, no retention, a bad count and a claim without a namespace", () => {
    expect(() => volumeBackup(pvc, { ...options, schedule: "0 0 3 * * *" })).toThrowError('ReplicationSource/app/data, field spec.trigger.schedule: schedule "0 0 3 * * *" is not a five-field cron');
    expect(() => volumeBackup(pvc, { ...options, retention: {} })).toThrowError("field spec.restic.retain: no retention");
    expect(() => volumeBackup(pvc, { ...options, retention: { daily: 0 } })).toThrowError("field spec.restic.retain.daily: retain.daily 0 is not a positive count");
    expect(() => volumeBackup(new PersistentVolumeClaim({ metadata: { name: "x" }, spec: {} }), options)).toThrowError("PersistentVolumeClaim/?/x, field metadata");
  });
});
