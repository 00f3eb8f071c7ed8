import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { cluster, render } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CRDS, defaults, EXTERNAL_SNAPSHOTTER_VERSION, snapshotController, snapshotCrdObjects, snapshotCrds, VolumeSnapshotClass, volumeSnapshotClass } from "../src/index.ts";

const vendored = resolve(import.meta.dirname, "../../../../vendor/crds/external-snapshotter", EXTERNAL_SNAPSHOTTER_VERSION);
const crds = snapshotCrds();
const deps = { cilium: standIn("cilium", { bootstrapPhase: 2 }), snapshotCrds: crds, monitoringCrds: standIn("prometheus-operator-crds", { bootstrapPhase: 1 }) };
const valuesOf = (c: ReturnType<typeof snapshotController>) => c.resources.find((r): r is HelmRelease => HelmRelease.is(r))?.spec?.values;

describe("snapshotCrds", () => {
  it("ships exactly the vendored CRDs, without status (crds/ is up to date with vendor/)", () => {
    const files = readdirSync(vendored).filter((f) => f.endsWith(".yaml")).sort();
    expect(readdirSync(resolve(import.meta.dirname, "../crds")).sort()).toEqual(files.map((f) => f.replace(/\.yaml$/, ".json")));
    for (const f of files) {
      const { status: _status, ...crd } = parse(readFileSync(join(vendored, f), "utf8")) as Record<string, unknown>;
      expect(JSON.parse(readFileSync(resolve(import.meta.dirname, "../crds", f.replace(/\.yaml$/, ".json")), "utf8"))).toEqual(crd);
    }
  });

  it("serves the kinds it declares, in bootstrap phase 1, never pruned", () => {
    expect(snapshotCrdObjects().map((c) => `${c.spec.group}/${c.spec.names.kind}`).sort()).toEqual([...CRDS]);
    expect(crds.bootstrapPhase).toBe(1);
    expect(crds.prune).toBe(false);
  });
});

describe("snapshotController", () => {
  const c = snapshotController({}, deps);

  it("renders the chart after its CRDs, skipping the chart's own", () => {
    const files = render(cluster({ name: "test", values: {}, components: [deps.cilium, crds, deps.monitoringCrds, c] })).files;
    expect(files.has("components/snapshot-controller/helmrelease-snapshot-controller.yaml")).toBe(true);
    expect(c.dependsOn).toEqual([deps.cilium, crds, deps.monitoringCrds]);
    const hr = c.resources.find((r): r is HelmRelease => HelmRelease.is(r));
    expect(hr?.spec?.install?.crds).toBe("Skip");
    expect(valuesOf(c)).toEqual(defaults);
  });

  it("merges a nested override over the defaults, keeping the siblings", () => {
    expect(valuesOf(snapshotController({ values: { controller: { replicaCount: 3 } } }, deps))).toEqual({ controller: { ...defaults.controller, replicaCount: 3 } });
  });

  it("is scraped and alerts by default; monitoring: false leaves out the ServiceMonitor and the alerts", () => {
    expect(valuesOf(c)).toMatchObject({ controller: { serviceMonitor: { create: true } } });
    const rule = c.resources.find((r): r is PrometheusRule => PrometheusRule.is(r));
    expect(rule?.spec.groups?.[0]?.rules?.map((r) => [r.alert, r.labels?.["severity"], Object.keys(r.annotations ?? {})])).toEqual([
      ["SnapshotControllerDown", "warning", ["summary", "description"]],
      ["SnapshotOperationsFailing", "warning", ["summary", "description"]],
    ]);
    const off = snapshotController({ monitoring: false }, deps);
    expect(valuesOf(off)).toMatchObject({ controller: { serviceMonitor: { create: false } } });
    expect(off.resources.some((r) => r.kind === "PrometheusRule")).toBe(false);
  });
});

describe("volumeSnapshotClass", () => {
  it("makes a typed class of a driver, Delete unless asked", () => {
    const vsc = volumeSnapshotClass({ name: "csi-rbd", driver: "rook-ceph.rbd.csi.ceph.com", parameters: { clusterID: "rook-ceph" }, isDefault: true });
    expect(VolumeSnapshotClass.is(vsc)).toBe(true);
    expect(vsc.deletionPolicy).toBe("Delete");
    expect(vsc.metadata?.annotations?.["snapshot.storage.kubernetes.io/is-default-class"]).toBe("true");
    expect(() => vsc.validate()).not.toThrow();
  });
});
