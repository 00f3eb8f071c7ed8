import { describe, expect, it } from "vitest";
import { sampleTree } from "../../test/support/fixtures.ts";
import { diffTrees, formatDiff, hasChanges } from "./diff.ts";

describe("diffTrees", () => {
  it("finds no change between equal trees", () => {
    const d = diffTrees(sampleTree(), sampleTree());
    expect(hasChanges(d)).toBe(false);
    expect(d.unchanged).toBe(sampleTree().size);
    expect(formatDiff(d, { title: "cluster infra" })).toBe("cluster infra: 0 added, 0 removed, 0 changed, 6 unchanged\n");
  });

  it("reports added, removed, changed and moved objects with a YAML diff each", () => {
    const before = sampleTree();
    const after = sampleTree({ replicas: 3 });
    after.delete("components/app/namespace-app.yaml");
    after.set("components/app/service-app.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: app\n  namespace: app\nspec:\n  ports:\n    - port: 80\n");
    const bulk = after.get("components/app/configmap-bulk.yaml")!;
    after.delete("components/app/configmap-bulk.yaml");
    after.set("components/app/configmap-renamed.yaml", bulk);
    const d = diffTrees(before, after);
    expect(d.changes.map((c) => [c.change, c.title])).toEqual([
      ["changed", "ConfigMap app/bulk"],
      ["changed", "Deployment app/app"],
      ["removed", "Namespace app"],
      ["added", "Service app/app"],
    ]);
    const deployment = d.changes.find((c) => c.title === "Deployment app/app")!;
    expect(deployment.patch).toContain("-  replicas: 2\n+  replicas: 3");
    expect(d.changes[0]!.movedFrom).toBe("components/app/configmap-bulk.yaml");
    const text = formatDiff(d);
    expect(text).toMatch(/^1 added, 1 removed, 2 changed, 3 unchanged\n/);
    expect(text).toContain("~ changed Deployment app/app (components/app/deployment-app.yaml)");
    expect(text).toContain("+  name: app");
    const stat = formatDiff(d, { stat: true });
    expect(stat.split("\n")).toHaveLength(6);
    expect(stat).not.toContain("@@");
  });

  it("treats an apiVersion bump as a change of the same object", () => {
    const before = new Map([["a.yaml", "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: x\n  namespace: y\n"]]);
    const after = new Map([["a.yaml", "apiVersion: external-secrets.io/v1\nkind: ExternalSecret\nmetadata:\n  name: x\n  namespace: y\n"]]);
    const d = diffTrees(before, after);
    expect(d.changes.map((c) => c.change)).toEqual(["changed"]);
    expect(d.changes[0]!.patch).toContain("+apiVersion: external-secrets.io/v1");
  });
});
