import { describe, expect, it } from "vitest";
import { clusterOf, componentOf } from "./component.ts";

describe("componentOf", () => {
  it("derives the component from the rendered tree layout, else the folder", () => {
    expect(componentOf("components/cert-manager/helmrelease-cert-manager.yaml")).toBe("cert-manager");
    expect(componentOf("flux/cert-manager.yaml")).toBe("cert-manager");
    expect(componentOf("flux/kustomization.yaml")).toBe("flux");
    expect(componentOf("kubernetes/apps/web/deployment.yaml")).toBe("kubernetes/apps/web");
    expect(componentOf("all.yaml")).toBe("(root)");
  });
});

describe("clusterOf", () => {
  it("prefers the explicit name, then clusters/<name>/, then the folder name", () => {
    expect(clusterOf("/repo/clusters/infra/dist/tree", "apps")).toBe("apps");
    expect(clusterOf("/repo/clusters/infra/dist/tree")).toBe("infra");
    expect(clusterOf("/tmp/out/dist/tree")).toBe("out");
    expect(clusterOf("/tmp/manifests")).toBe("manifests");
    expect(clusterOf(undefined)).toBe("(unnamed)");
  });

  it("takes the cluster the tree is labelled for over the folder name, never over clusters/<name>/", () => {
    expect(clusterOf("/tmp/out/dist/tree", undefined, "apps")).toBe("apps");
    expect(clusterOf(undefined, undefined, "apps")).toBe("apps");
    expect(clusterOf("/repo/clusters/infra/dist/tree", undefined, "apps")).toBe("infra");
    expect(clusterOf("/tmp/out", "infra", "apps")).toBe("infra");
  });
});
