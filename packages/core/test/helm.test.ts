import { describe, expect, it } from "vitest";
import { HELM_CHART_LAYER, helmRelease, namespace, ociChart, repositoryChart } from "../src/index.ts";

interface DemoValues {
  replicas?: number;
}

describe("helmRelease", () => {
  it("emits an OCIRepository with Helm's layer selector and a HelmRelease in the same namespace", () => {
    const [source, hr] = helmRelease<DemoValues>({
      name: "demo",
      namespace: "tools",
      chart: ociChart<DemoValues>({ name: "demo", url: "oci://ghcr.io/example/charts/demo", version: "1.2.3" }),
      values: { replicas: 2 },
    });
    expect(source.kind).toBe("OCIRepository");
    expect(source.metadata?.namespace).toBe("tools");
    expect(source.toJSON()).toMatchObject({ spec: { url: "oci://ghcr.io/example/charts/demo", ref: { tag: "1.2.3" }, layerSelector: { mediaType: HELM_CHART_LAYER, operation: "copy" } } });
    expect(hr.metadata?.namespace).toBe("tools");
    expect(hr.spec?.chartRef).toEqual({ kind: "OCIRepository", name: "demo", namespace: "tools" });
    expect(hr.spec?.values).toEqual({ replicas: 2 });
    expect(hr.spec?.install?.crds).toBe("Skip");
  });

  it("emits a HelmRepository and a chart template for classic repositories", () => {
    const [source, hr] = helmRelease({ name: "harbor", namespace: "harbor", chart: repositoryChart({ name: "harbor", repository: "https://helm.goharbor.io", version: "1.18.0" }) });
    expect(source.kind).toBe("HelmRepository");
    expect(hr.spec?.chart?.spec).toMatchObject({ chart: "harbor", version: "1.18.0", sourceRef: { kind: "HelmRepository", name: "harbor", namespace: "harbor" } });
  });

  it("refuses versions that are not exact, naming the release's object and field", () => {
    const release = (version: string) => () => helmRelease({ name: "demo", namespace: "tools", chart: ociChart({ name: "demo", url: "oci://ghcr.io/x/demo", version }) });
    for (const version of ["latest", "1.2", "^1.2.3", "1.2.x", ">=1.0.0"]) {
      expect(release(version)).toThrowError(`OCIRepository/tools/demo, field spec.ref.tag: chart demo: version "${version}" is not an exact version`);
    }
    expect(() => helmRelease({ name: "harbor", namespace: "harbor", chart: repositoryChart({ name: "harbor", repository: "https://helm.goharbor.io", version: "1.x" }) })).toThrowError(
      'HelmRelease/harbor/harbor, field spec.chart.spec.version: chart harbor: version "1.x"',
    );
    const [source] = release("v1.19.0")();
    expect(source.kind === "OCIRepository" && source.spec?.ref?.tag).toBe("v1.19.0");
  });

  it("refuses OCI URLs that carry a tag or do not end with the chart name", () => {
    const release = (name: string, url: `oci://${string}`) => () => helmRelease({ name, namespace: "tools", chart: ociChart({ name, url, version: "1.0.0" }) });
    expect(release("demo", "oci://ghcr.io/x/demo:1.0.0")).toThrowError(/OCIRepository\/tools\/demo, field spec.url: chart demo: .*carries a tag/);
    expect(release("cilium", "oci://ghcr.io/x/charts")).toThrowError(/must end with the chart name/);
    expect(release("demo", "oci://demo")).toThrowError(/no registry host/);
  });
});

describe("helmRelease values: defaults and one override mechanism", () => {
  interface Values {
    replicas?: number;
    webhook?: { replicaCount?: number; podDisruptionBudget?: { enabled?: boolean }; resources?: { requests?: { cpu?: string } } };
    args?: string[];
  }
  const defaults = {
    replicas: 2,
    webhook: { replicaCount: 2, podDisruptionBudget: { enabled: true }, resources: { requests: { cpu: "50m" } } },
    args: ["--a", "--b"],
  } satisfies Values;
  const chart = ociChart<Values>({ name: "demo", url: "oci://ghcr.io/example/charts/demo", version: "1.2.3" });

  it("deep-merges a nested override over the defaults, keeping the siblings", () => {
    const [, hr] = helmRelease<Values>({ name: "demo", namespace: "tools", chart, defaults, values: { webhook: { replicaCount: 3 }, args: ["--c"] } });
    expect(hr.spec?.values).toEqual({
      replicas: 2,
      webhook: { replicaCount: 3, podDisruptionBudget: { enabled: true }, resources: { requests: { cpu: "50m" } } },
      args: ["--c"],
    });
    expect(defaults.webhook.replicaCount).toBe(2);
  });

  it("checks the merged values with the chart's validator and names the field", () => {
    const strict = ociChart<Values>({
      name: "demo",
      url: "oci://ghcr.io/example/charts/demo",
      version: "1.2.3",
      validate: (v) => {
        const replicas = typeof v === "object" && v !== null && "replicas" in v ? v.replicas : undefined;
        return typeof replicas === "number" || replicas === undefined ? [] : [{ path: "replicas", message: "must be integer" }];
      },
    });
    const bad: Values = JSON.parse('{"replicas":"two"}') as Values;
    expect(() => helmRelease<Values>({ name: "demo", namespace: "tools", chart: strict, defaults, values: bad })).toThrowError(
      "HelmRelease/tools/demo, field spec.values.replicas: chart demo 1.2.3: must be integer",
    );
  });
});

describe("namespace", () => {
  it("carries Pod Security Admission labels at a pinned version and the common labels", () => {
    const ns = namespace("tools", { podSecurity: "baseline" });
    expect(ns.metadata?.labels).toMatchObject({
      "pod-security.kubernetes.io/enforce": "baseline",
      "pod-security.kubernetes.io/enforce-version": "v1.34",
      "pod-security.kubernetes.io/warn": "baseline",
      "app.kubernetes.io/managed-by": "flux",
    });
    expect(namespace("x").metadata?.labels?.["pod-security.kubernetes.io/enforce"]).toBe("restricted");
    expect(() => namespace("Not_Valid")).toThrowError(/must be a DNS label/);
  });
});
