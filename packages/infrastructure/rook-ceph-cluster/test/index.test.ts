import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { cluster, render } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { describe, expect, it } from "vitest";
import { defaults, rookCephCluster } from "../src/index.ts";

const deps = { cilium: standIn("cilium"), coredns: standIn("coredns") };
const valuesOf = (c: ReturnType<typeof rookCephCluster>) => c.resources.find((r): r is HelmRelease => HelmRelease.is(r))?.spec?.values;

describe("rookCephCluster", () => {
  it("renders in a cluster with its dependencies", () => {
    const files = render(cluster({ name: "test", values: {}, components: [deps, rookCephCluster({}, deps)] })).files;
    expect(files.has("components/rook-ceph-cluster/helmrelease-rook-ceph-cluster.yaml")).toBe(true);
  });

  it("merges a nested override over the defaults, keeping the siblings", () => {
    expect(valuesOf(rookCephCluster({ values: { resources: { limits: { memory: "256Mi" } } } }, deps))).toEqual({
      ...defaults,
      resources: { ...defaults.resources, limits: { memory: "256Mi" } },
    });
  });
});
