import { render } from "@k8s-gitops/core";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import apps, { values } from "../src/index.ts";

describe("cluster apps", () => {
  it("is named after its values and pushes to its own repository", () => {
    expect(apps.name).toBe("apps");
    expect(apps.values).toBe(values);
    expect(apps.artifact).toMatchObject({ registry: "registry.monosense.io", repository: "k8s-gitops/cluster-apps" });
  });

  it("renders, every file being well-formed YAML of exactly one document", () => {
    const tree = render(apps);
    expect(tree.files.size).toBeGreaterThan(10);
    for (const [path, text] of tree.files) {
      const docs = parseAllDocuments(text);
      expect(docs.length, path).toBe(1);
      expect(docs[0]!.errors, path).toEqual([]);
    }
  });

  it("renders the same bytes every time", () => {
    expect([...render(apps).files]).toEqual([...render(apps).files]);
  });
});
