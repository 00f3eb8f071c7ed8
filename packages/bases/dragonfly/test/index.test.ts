import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { cluster, render } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { describe, expect, it } from "vitest";
import { defaults, dragonfly } from "../src/index.ts";

const deps = { cilium: standIn("cilium"), coredns: standIn("coredns") };
const valuesOf = (c: ReturnType<typeof dragonfly>) => c.resources.find((r): r is HelmRelease => HelmRelease.is(r))?.spec?.values;

describe("dragonfly", () => {
  it("renders in a cluster with its dependencies", () => {
    const files = render(cluster({ name: "test", values: {}, components: [deps, dragonfly({}, deps)] })).files;
    expect(files.has("components/dragonfly/helmrelease-dragonfly.yaml")).toBe(true);
  });

  it("merges a nested override over the defaults, keeping the siblings", () => {
    expect(valuesOf(dragonfly({ values: { resources: { limits: { memory: "256Mi" } } } }, deps))).toEqual({
      ...defaults,
      resources: { ...defaults.resources, limits: { memory: "256Mi" } },
    });
  });
});
