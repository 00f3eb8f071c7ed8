import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { ConfigMap } from "kubernetes-models/v1";
import { describe, expect, it } from "vitest";
import { component, merge, mergeAll, patch } from "../src/index.ts";

describe("merge", () => {
  const base: { replicas: number; image: { repo: string; tag: string }; args: string[]; labels: Record<string, string> } = {
    replicas: 1,
    image: { repo: "a", tag: "1" },
    args: ["--x"],
    labels: { a: "1" },
  };

  it("overrides scalars, merges objects, replaces arrays, leaves inputs alone", () => {
    const out = merge(base, { image: { tag: "2" }, args: ["--y"], labels: { b: "2" } });
    expect(out).toEqual({ replicas: 1, image: { repo: "a", tag: "2" }, args: ["--y"], labels: { a: "1", b: "2" } });
    expect(base.image.tag).toBe("1");
    expect(base.args).toEqual(["--x"]);
  });

  it("appends arrays when told", () => {
    expect(merge(base, { args: ["--y"] }, { arrays: "append" }).args).toEqual(["--x", "--y"]);
  });

  it("ignores undefined fields and applies several overrides in order", () => {
    expect(mergeAll(base, { replicas: 2 }, { replicas: undefined }, { replicas: 3 }).replicas).toBe(3);
  });

  it("keeps a model's class", () => {
    const hr = new HelmRelease({ metadata: { name: "x", namespace: "y" }, spec: { interval: "1m" } });
    const out = merge(hr, { spec: { timeout: "10m" } });
    expect(out).toBeInstanceOf(HelmRelease);
    expect(out.spec).toEqual({ interval: "1m", timeout: "10m" });
  });
});

describe("patch", () => {
  const c = component({
    name: "demo",
    resources: [
      new ConfigMap({ metadata: { name: "one", namespace: "a" }, data: { k: "v" } }),
      new ConfigMap({ metadata: { name: "one", namespace: "b" }, data: { k: "v" } }),
      new ConfigMap({ metadata: { name: "two", namespace: "a" }, data: { k: "v" } }),
    ],
  });

  it("amends the one object named, typed by its model", () => {
    const out = patch(c, ConfigMap, { name: "two" }, (cm) => merge(cm, { data: { k: "patched" } }));
    expect(out.resources.map((r) => (r as ConfigMap).data?.k)).toEqual(["v", "v", "patched"]);
    expect((c.resources[2] as ConfigMap).data?.k).toBe("v");
  });

  it("asks for the namespace when a name is ambiguous", () => {
    expect(() => patch(c, ConfigMap, "one", (cm) => cm)).toThrowError("component demo, ConfigMap/one: patch: 2 objects match ConfigMap/one; give the namespace");
    const out = patch(c, ConfigMap, { name: "one", namespace: "b" }, (cm) => merge(cm, { data: { k: "b" } }));
    expect((out.resources[1] as ConfigMap).data?.k).toBe("b");
  });

  it("fails loudly when nothing matches, listing what there is", () => {
    expect(() => patch(c, ConfigMap, "three", (cm) => cm)).toThrowError(/no ConfigMap\/three \(v1\) in the component; it has ConfigMap\/a\/one, ConfigMap\/b\/one, ConfigMap\/a\/two/);
    expect(() => patch(c, HelmRelease, "one", (hr) => hr)).toThrowError(/it has no HelmRelease/);
  });

  it("refuses to rename the object", () => {
    expect(() => patch(c, ConfigMap, { name: "two" }, (cm) => merge(cm, { metadata: { name: "renamed" } }))).toThrowError(/must not change the object's kind or name/);
  });
});
