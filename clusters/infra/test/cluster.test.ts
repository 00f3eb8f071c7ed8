import { render } from "@k8s-gitops/core";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import infra, { values } from "../src/index.ts";

describe("cluster infra", () => {
  it("is named after its values and pushes to its own repository", () => {
    expect(infra.name).toBe("infra");
    expect(infra.values).toBe(values);
    expect(infra.artifact).toMatchObject({ registry: "harbor.monosense.io", repository: "k8s-gitops/cluster-infra" });
  });

  it("renders, every file being well-formed YAML of exactly one document", () => {
    const tree = render(infra);
    expect(tree.files.size).toBeGreaterThan(10);
    for (const [path, text] of tree.files) {
      const docs = parseAllDocuments(text);
      expect(docs.length, path).toBe(1);
      expect(docs[0]!.errors, path).toEqual([]);
    }
  });

  it("renders the same bytes every time", () => {
    expect([...render(infra).files]).toEqual([...render(infra).files]);
  });
});
