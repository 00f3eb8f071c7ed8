import { ConfigMap } from "kubernetes-models/v1";
import { describe, expect, it } from "vitest";
import { ANNOTATIONS } from "../src/annotations.ts";
import { parseWaivers, waive } from "../src/waive.ts";

describe("waive", () => {
  const cm = new ConfigMap({ metadata: { name: "settings", namespace: "app", annotations: { keep: "me" } }, data: { a: "b" } });

  it("adds a typed waiver, keeps the model class and leaves the original untouched", () => {
    const once = waive(cm, "resource-requests", "sized by the operator");
    const twice = waive(once, "network-policy", "host network");
    expect(twice).toBeInstanceOf(ConfigMap);
    expect(twice.metadata?.annotations).toEqual({ keep: "me", [ANNOTATIONS.waive]: "resource-requests=sized by the operator; network-policy=host network" });
    expect(cm.metadata?.annotations?.[ANNOTATIONS.waive]).toBeUndefined();
    expect(twice.toJSON()).toMatchObject({ data: { a: "b" } });
  });

  it("needs a one-line reason", () => {
    expect(() => waive(cm, "pinned-version", " ")).toThrow(/give a one-line reason/);
    expect(() => waive(cm, "pinned-version", "a; b")).toThrow(/without ";"/);
  });

  it("parses what it writes, and rejects unknown, unwaivable and reasonless entries", () => {
    expect(parseWaivers("resource-requests=x; network-policy=y")).toEqual({
      waivers: [{ rule: "resource-requests", reason: "x" }, { rule: "network-policy", reason: "y" }],
      problems: [],
    });
    expect(parseWaivers("nope=x; schema=y; pinned-version").problems).toEqual([
      'unknown rule "nope"',
      expect.stringContaining("rule schema cannot be waived"),
      "waiver of pinned-version gives no reason",
    ]);
  });
});
