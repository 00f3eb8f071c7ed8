import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { StorageClass } from "kubernetes-models/storage.k8s.io/v1";
import { describe, expect, it } from "vitest";
import { openebs } from "../src/index.ts";

describe("openebs", () => {
  const o = openebs({ storageClass: "openebs-local-nvme", basePath: "/var/mnt/openebs" });

  it("renders the hostpath StorageClass itself, with the node base path", () => {
    expect(StorageClass.is(o.storageClass)).toBe(true);
    expect(o.storageClass.metadata?.name).toBe("openebs-local-nvme");
    expect(o.storageClass.provisioner).toBe("openebs.io/local");
    expect(o.storageClass.volumeBindingMode).toBe("WaitForFirstConsumer");
    expect(o.storageClass.metadata?.annotations?.["cas.openebs.io/config"]).toContain("value: /var/mnt/openebs");
    expect(o.component.resources).toContain(o.storageClass);
  });

  it("switches the chart's own class off and pins the helper image", () => {
    const hr = o.component.resources.find((r): r is HelmRelease => HelmRelease.is(r));
    expect(hr?.spec?.values).toMatchObject({
      "localpv-provisioner": { hostpathClass: { enabled: false }, helperPod: { image: { tag: "1.37.0" } } },
      engines: { replicated: { mayastor: { enabled: false } } },
    });
  });

  it("refuses a base path Talos cannot write to", () => {
    expect(() => openebs({ storageClass: "x", basePath: "/opt/openebs" })).toThrowError(/must be under \/var\/mnt\//);
  });
});
