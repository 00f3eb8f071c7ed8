import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { component } from "@k8s-gitops/core";
import { ConfigMap } from "kubernetes-models/v1";
import { describe, expect, it } from "vitest";
import { CONTAINERD_REGISTRY_CONFIG, spegel } from "../src/index.ts";

const stub = (name: string) => component({ name, resources: [new ConfigMap({ metadata: { name, namespace: "x" } })] });
const deps = { cni: stub("cilium"), dns: stub("coredns") };

function values(o: Parameters<typeof spegel>[0]) {
  return spegel(o, deps).resources.find((r): r is HelmRelease => HelmRelease.is(r))?.spec?.values;
}

describe("spegel", () => {
  it("writes containerd's mirror configuration where Talos reads it", () => {
    expect(values({ cluster: "infra", nodeOs: "talos" })).toMatchObject({ spegel: { containerdRegistryConfigPath: "/etc/cri/conf.d/hosts" } });
    expect(values({ cluster: "infra", nodeOs: "containerd" })).toMatchObject({ spegel: { containerdRegistryConfigPath: CONTAINERD_REGISTRY_CONFIG.containerd } });
  });

  it("keeps its host port out of the NodePort range", () => {
    expect(values({ cluster: "infra", nodeOs: "talos" })).toMatchObject({ service: { registry: { hostPort: 29999 } } });
    expect(() => spegel({ cluster: "infra", nodeOs: "talos", registryHostPort: 30020 }, deps)).toThrowError(
      "cluster infra, component spegel, HelmRelease/kube-system/spegel, field spec.values.service.registry.hostPort: host port 30020 is inside the NodePort range 30000-32767",
    );
    expect(() => spegel({ cluster: "infra", nodeOs: "talos", registryHostPort: 70000 }, deps)).toThrowError(/70000 is not a TCP\/UDP port/);
  });

  it("runs in kube-system after the CNI and DNS, without a ServiceMonitor unless asked", () => {
    const c = spegel({ cluster: "infra", nodeOs: "talos" }, deps);
    expect(c.namespace).toBe("kube-system");
    expect(c.dependsOn.map((d) => d.name)).toEqual(["cilium", "coredns"]);
    expect(values({ cluster: "infra", nodeOs: "talos" })).toMatchObject({ serviceMonitor: { enabled: false } });
  });
});
