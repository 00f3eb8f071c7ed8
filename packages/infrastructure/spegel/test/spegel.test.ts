import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { cluster, render } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CONTAINERD_REGISTRY_CONFIG, defaults, spegel, type SpegelOptions, type SpegelValues } from "../src/index.ts";

const cilium = standIn("cilium", { bootstrapPhase: 2 });
const coredns = standIn("coredns", { bootstrapPhase: 2 });
const monitoringCrds = standIn("prometheus-operator-crds", { bootstrapPhase: 1 });
const deps = { cilium, coredns, monitoringCrds };

/** The values of the rendered HelmRelease. */
function values(o: SpegelOptions): SpegelValues {
  const tree = render(cluster({ name: o.cluster, values: {}, components: [cilium, coredns, monitoringCrds, spegel(o, deps)] }));
  const file = tree.files.get("components/spegel/helmrelease-spegel.yaml");
  if (!file) throw new Error("no spegel HelmRelease");
  return (parse(file) as { spec: { values: SpegelValues } }).spec.values;
}

describe("spegel", () => {
  it("writes containerd's mirror configuration where Talos reads it", () => {
    expect(values({ cluster: "infra", nodeOs: "talos" })).toEqual(defaults);
    expect(values({ cluster: "infra", nodeOs: "containerd" }).spegel).toEqual({ containerdRegistryConfigPath: CONTAINERD_REGISTRY_CONFIG.containerd });
  });

  it("merges a nested override over the defaults, keeping the siblings", () => {
    const v = values({ cluster: "infra", nodeOs: "talos", values: { spegel: { logLevel: "DEBUG" }, service: { registry: { nodePort: 30021 } } } });
    expect(v.spegel).toEqual({ containerdRegistryConfigPath: "/etc/cri/conf.d/hosts", logLevel: "DEBUG" });
    expect(v.service).toEqual({ registry: { hostPort: 29999, nodePort: 30021 } });
  });

  it("keeps its host port out of the NodePort range", () => {
    expect(values({ cluster: "infra", nodeOs: "talos", registryHostPort: 29000 }).service).toEqual({ registry: { hostPort: 29000 } });
    expect(() => spegel({ cluster: "infra", nodeOs: "talos", registryHostPort: 30020 }, deps)).toThrowError(
      "cluster infra, component spegel, HelmRelease/kube-system/spegel, field spec.values.service.registry.hostPort: host port 30020 is inside the NodePort range 30000-32767",
    );
    expect(() => spegel({ cluster: "infra", nodeOs: "talos", registryHostPort: 70000 }, deps)).toThrowError(/field spec.values.service.registry.hostPort: 70000 is not a TCP\/UDP port/);
  });

  it("runs in kube-system after the CNI, DNS and the monitoring CRDs, waited for by its release and DaemonSet", () => {
    const c = spegel({ cluster: "infra", nodeOs: "talos" }, deps);
    expect(c.namespace).toBe("kube-system");
    expect(c.dependsOn).toEqual([cilium, coredns, monitoringCrds]);
    expect(c.healthChecks.map((h) => `${h.kind}/${h.name}`)).toEqual(["HelmRelease/spegel", "DaemonSet/spegel"]);
  });

  it("is scraped and alerts by default; monitoring: false leaves out the ServiceMonitor and the alerts", () => {
    expect(values({ cluster: "infra", nodeOs: "talos" }).serviceMonitor).toEqual({ enabled: true });
    const rule = spegel({ cluster: "infra", nodeOs: "talos" }, deps).resources.find((r): r is PrometheusRule => PrometheusRule.is(r));
    expect(rule?.metadata).toEqual({ name: "spegel", namespace: "kube-system" });
    expect(rule?.spec.groups?.[0]?.rules?.map((r) => [r.alert, r.labels?.["severity"], Object.keys(r.annotations ?? {})])).toEqual([
      ["SpegelDown", "warning", ["summary", "description"]],
      ["SpegelAdvertisesNothing", "warning", ["summary", "description"]],
    ]);
    expect(values({ cluster: "infra", nodeOs: "talos", monitoring: false }).serviceMonitor).toEqual({ enabled: false });
    expect(spegel({ cluster: "infra", nodeOs: "talos", monitoring: false }, deps).resources.map((r) => r.kind)).toEqual(["OCIRepository", "HelmRelease"]);
  });
});
