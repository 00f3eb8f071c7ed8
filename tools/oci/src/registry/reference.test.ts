import { describe, expect, it } from "vitest";
import { parseChallenge } from "./challenge.ts";
import { formatRef, isLoopback, parseImageRef, ImageReferenceError, tagFromBranch } from "./reference.ts";

describe("image references", () => {
  it("parses Flux URLs and skopeo references", () => {
    expect(parseImageRef("oci://harbor.infra.monosense.io/k8s-gitops/cluster-infra:main")).toEqual({
      registry: "harbor.infra.monosense.io",
      repository: "k8s-gitops/cluster-infra",
      tag: "main",
    });
    const d = `sha256:${"a".repeat(64)}`;
    expect(parseImageRef(`127.0.0.1:5000/x/y@${d}`)).toEqual({ registry: "127.0.0.1:5000", repository: "x/y", digest: d });
    expect(formatRef({ registry: "h:1", repository: "r", tag: "t" })).toBe("h:1/r:t");
  });

  it("refuses what a registry would refuse", () => {
    expect(() => parseImageRef("no-host")).toThrow(ImageReferenceError);
    expect(() => parseImageRef("h/Upper/Case:t")).toThrow(ImageReferenceError);
    expect(() => parseImageRef("h/r:bad tag")).toThrow(ImageReferenceError);
  });

  it("turns branches into tags and knows loopback hosts", () => {
    expect(tagFromBranch("feature/new-thing")).toBe("feature-new-thing");
    expect(tagFromBranch("main")).toBe("main");
    expect(isLoopback("127.0.0.1:5000")).toBe(true);
    expect(isLoopback("localhost")).toBe(true);
    expect(isLoopback("harbor.infra.monosense.io")).toBe(false);
  });
});

describe("WWW-Authenticate", () => {
  it("parses Harbor's bearer challenge and a basic one", () => {
    expect(parseChallenge('Bearer realm="https://harbor/service/token",service="harbor-registry",scope="repository:a/b:pull,push"')).toEqual({
      scheme: "bearer",
      params: { realm: "https://harbor/service/token", service: "harbor-registry", scope: "repository:a/b:pull,push" },
    });
    expect(parseChallenge('Basic realm="k8s-gitops-test"')).toEqual({ scheme: "basic", params: { realm: "k8s-gitops-test" } });
  });
});
