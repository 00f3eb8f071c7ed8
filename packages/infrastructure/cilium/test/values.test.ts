import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { ConfigError } from "@k8s-gitops/core";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkCiliumValues, cilium, ciliumValues, CILIUM_VERSION } from "../src/index.ts";
import { validateValues } from "../src/generated/values-validator.ts";
import { appsOptions, infraOptions } from "./fixtures.ts";
import { VENDOR } from "./vendor.ts";

const where = { cluster: "infra", component: "cilium", object: "HelmRelease/kube-system/cilium" };

/** The ConfigError a call throws (anything else fails the test). */
function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error("no ConfigError thrown");
}

describe("cilium values", () => {
  it("differ per cluster where the clusters differ: name, id, pod CIDR, API endpoint, mesh endpoint", () => {
    const infra = ciliumValues(infraOptions);
    const apps = ciliumValues(appsOptions);
    expect(infra.cluster).toEqual({ name: "infra", id: 1 });
    expect(apps.cluster).toEqual({ name: "apps", id: 2 });
    expect(infra.ipv4NativeRoutingCIDR).toBe("10.244.0.0/16");
    expect(apps.ipv4NativeRoutingCIDR).toBe("10.246.0.0/16");
    expect([infra.k8sServiceHost, infra.k8sServicePort]).toEqual(["infra-k8s.monosense.io", 6443]);
    expect(apps.k8sServiceHost).toBe("apps-k8s.monosense.io");
    expect(infra.clustermesh?.apiserver?.service?.annotations).toEqual({ "lbipam.cilium.io/ips": "10.25.11.100" });
    expect(apps.clustermesh?.apiserver?.tls?.server?.extraDnsNames).toEqual(["clustermesh-apps.monosense.io"]);
  });

  it("carry the Talos settings: no sysctlfix, host cgroup v2, no SYS_MODULE", () => {
    const v = ciliumValues(infraOptions);
    expect(v.sysctlfix).toEqual({ enabled: false });
    expect(v.cgroup).toEqual({ autoMount: { enabled: false }, hostRoot: "/sys/fs/cgroup" });
    expect(v.securityContext?.capabilities?.ciliumAgent).not.toContain("SYS_MODULE");
    expect(v.securityContext?.capabilities?.cleanCiliumState).toEqual(["NET_ADMIN", "SYS_ADMIN", "SYS_RESOURCE"]);
  });

  it("turn on native routing, the kube-proxy replacement, WireGuard, Hubble, Gateway API, BGP and the mesh apiserver", () => {
    const v = ciliumValues(infraOptions);
    expect(v.routingMode).toBe("native");
    expect(v.kubeProxyReplacement).toBe(true);
    expect(v.encryption).toMatchObject({ enabled: true, type: "wireguard" });
    expect(v.hubble?.relay?.enabled).toBe(true);
    // The gateway component owns the GatewayClass.
    expect(v.gatewayAPI).toEqual({ enabled: true, gatewayClass: { create: "false" } });
    expect(v.bgpControlPlane?.enabled).toBe(true);
    expect(v.clustermesh).toMatchObject({ useAPIServer: true, config: { enabled: false }, apiserver: { kvstoremesh: { enabled: false } } });
  });

  it("deep-merge overrides over the defaults", () => {
    const v = ciliumValues({ ...infraOptions, values: { hubble: { relay: { replicas: 3 } } } });
    expect(v.hubble?.relay).toMatchObject({ enabled: true, replicas: 3 });
    expect(v.hubble?.metrics?.enableOpenMetrics).toBe(true);
  });

  it("refuse a cluster id outside the mesh's 1-255", () => {
    expect(() => ciliumValues({ ...infraOptions, cluster: { name: "infra", id: 0 } })).toThrowError(
      "cluster infra, component cilium, HelmRelease/kube-system/cilium, field spec.values.cluster.id: cluster id 0 must be an integer from 1 to 255 (the mesh's limit)",
    );
  });
});

describe("the chart's values schema", () => {
  it("accepts the chart's own defaults (closing the listed objects is not stricter than the chart)", () => {
    const defaults: unknown = parse(readFileSync(join(VENDOR, "schemas/helm/cilium", CILIUM_VERSION, "values.yaml"), "utf8"));
    expect(validateValues(defaults)).toBe(true);
  });

  it("accepts both clusters' values", () => {
    expect(validateValues(ciliumValues(infraOptions))).toBe(true);
    expect(validateValues(ciliumValues(appsOptions))).toBe(true);
  });

  it("rejects a wrong value when the component is built, naming cluster, component, object and field", () => {
    const error = configError(() =>
      // @ts-expect-error the values type rejects it at compile time too; the schema check is for what gets past it
      cilium({ ...infraOptions, values: { hubble: { relay: { replicas: "2" } } } }),
    );
    expect(error.message).toBe("cluster infra, component cilium, HelmRelease/kube-system/cilium, field spec.values.hubble.relay.replicas: must be integer");
    expect(error.where.field).toBe("spec.values.hubble.relay.replicas");
  });

  it("rejects a key the chart does not read, with its path, and lists every other error", () => {
    const values: unknown = { enableL7Proxy: true, hubble: { ui: { resources: {} } }, cluster: { id: "1" } };
    expect(configError(() => checkCiliumValues(values, where)).message).toBe(
      "cluster infra, component cilium, HelmRelease/kube-system/cilium, field spec.values.enableL7Proxy: is not a value of the chart (not in its values.schema.json)" +
        " (and 2 more: spec.values.cluster.id must be integer; spec.values.hubble.ui.resources is not a value of the chart (not in its values.schema.json))",
    );
  });

  it("finds the faults of the reference's Flux release: unknown keys and a string cluster id", () => {
    // The one file of the reference repository vendored for this test (vendor/SOURCES.md: WTFPL, commit 33abfe94888e).
    const file = join(VENDOR, "reference/k8s-gitops/kubernetes/infrastructure/networking/cilium/core/app/helmrelease.yaml");
    const reference = parse(readFileSync(file, "utf8")) as { spec: { values: unknown } };
    expect(validateValues(reference.spec.values)).toBe(false);
    const found = (validateValues.errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`);
    expect(found).toEqual(
      expect.arrayContaining([
        ' additionalProperties {"additionalProperty":"policy"}',
        '/cluster/id type {"type":"integer"}',
        '/dnsProxy additionalProperties {"additionalProperty":"enabled"}',
      ]),
    );
  });
});

describe("cilium component", () => {
  it("is the chart source and HelmRelease in kube-system, waited for by its DaemonSet and operator, never pruned", () => {
    const c = cilium(infraOptions);
    expect(c.resources.map((r) => `${r.kind}/${r.metadata?.namespace}/${r.metadata?.name}`)).toEqual(["OCIRepository/kube-system/cilium", "HelmRelease/kube-system/cilium"]);
    expect(c.healthChecks.map((h) => h.kind)).toEqual(["HelmRelease", "DaemonSet", "Deployment"]);
    expect(c.prune).toBe(false);
    expect(c.dependsOn).toEqual([]);
    const hr = c.resources.find((r): r is HelmRelease => HelmRelease.is(r));
    expect(hr?.spec?.values).toMatchObject({ cluster: { name: "infra", id: 1 } });
  });
});
