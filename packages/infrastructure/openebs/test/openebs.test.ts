import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { standIn } from "@k8s-gitops/core/testing";
import { StorageClass } from "kubernetes-models/storage.k8s.io/v1";
import { describe, expect, it } from "vitest";
import { defaults, openebs } from "../src/index.ts";

const deps = { cilium: standIn("cilium") };

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

  it("refuses a base path Talos cannot write to", () => {
    expect(() => openebs({ storageClass: "x", basePath: "/opt/openebs" }, deps)).toThrowError("component openebs, field basePath: basePath \"/opt/openebs\" must be under /var/mnt/");
  });
});
