import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { standIn } from "@k8s-gitops/core/testing";
import { StorageClass } from "kubernetes-models/storage.k8s.io/v1";
import { describe, expect, it } from "vitest";
import { defaults, openebs, volumeMountOf } from "../src/index.ts";

const deps = { cilium: standIn("cilium"), monitoringCrds: standIn("prometheus-operator-crds", { bootstrapPhase: 1 }) };

describe("openebs", () => {
  const o = openebs({ storageClass: "openebs-local-nvme", basePath: "/var/mnt/openebs" }, deps);

  it("renders the hostpath StorageClass itself, with the node base path, and names it in its outputs", () => {
    const sc = o.resources.find((r): r is StorageClass => StorageClass.is(r));
    expect(sc?.metadata?.name).toBe("openebs-local-nvme");
    expect(sc?.provisioner).toBe("openebs.io/local");
    expect(sc?.volumeBindingMode).toBe("WaitForFirstConsumer");
    expect(sc?.metadata?.annotations?.["cas.openebs.io/config"]).toContain("value: /var/mnt/openebs");
    expect(o.outputs.storageClass).toBe("openebs-local-nvme");
  });

  it("switches the chart's own class off and pins the helper image", () => {
    const hr = o.resources.find((r): r is HelmRelease => HelmRelease.is(r));
    expect(hr?.spec?.values).toEqual(defaults);
  });

  it("merges a nested override over the defaults, keeping the siblings", () => {
    const tuned = openebs({ storageClass: "x", basePath: "/var/mnt/openebs", values: { "localpv-provisioner": { resources: { limits: { memory: "256Mi" } } } } }, deps);
    const hr = tuned.resources.find((r): r is HelmRelease => HelmRelease.is(r));
    expect(hr?.spec?.values).toMatchObject({
      "localpv-provisioner": { enabled: true, helperPod: defaults["localpv-provisioner"].helperPod, resources: { requests: { cpu: "50m" }, limits: { cpu: "200m", memory: "256Mi" } } },
    });
  });

  it("alerts by default (from kube-state-metrics, cAdvisor and node-exporter: the provisioner serves no metrics); nothing with monitoring: false", () => {
    expect(o.dependsOn).toEqual([deps.cilium, deps.monitoringCrds]);
    const rule = o.resources.find((r): r is PrometheusRule => PrometheusRule.is(r));
    const rules = rule?.spec.groups?.[0]?.rules ?? [];
    expect(rules.map((r) => [r.alert, r.labels?.["severity"], Object.keys(r.annotations ?? {})])).toEqual([
      ["OpenEBSProvisionerDown", "warning", ["summary", "description"]],
      ["OpenEBSStorageCapacityWarning", "warning", ["summary", "description"]],
      ["OpenEBSStorageCapacityCritical", "critical", ["summary", "description"]],
      ["OpenEBSProvisionerHighMemory", "warning", ["summary", "description"]],
    ]);
    // The user volume the base path lies on, not the base path itself.
    expect(volumeMountOf("/var/mnt/openebs/local")).toBe("/var/mnt/openebs");
    expect(rules[1]?.expr).toContain('node_filesystem_avail_bytes{mountpoint="/var/mnt/openebs"}');
    expect(o.resources.some((r) => r.kind === "ServiceMonitor" || r.kind === "PodMonitor")).toBe(false);
    expect(openebs({ storageClass: "x", basePath: "/var/mnt/openebs", monitoring: false }, deps).resources.some((r) => r.kind === "PrometheusRule")).toBe(false);
  });

  it("refuses a base path Talos cannot write to", () => {
    expect(() => openebs({ storageClass: "x", basePath: "/opt/openebs" }, deps)).toThrowError("component openebs, field basePath: basePath \"/opt/openebs\" must be under /var/mnt/");
  });
});
