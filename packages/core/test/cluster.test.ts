import { describe, expect, it } from "vitest";
import { cluster, component, ConfigError, findCycle, topologicalOrder, type Component } from "../src/index.ts";
import { configComponent } from "./fixtures.ts";

describe("cluster", () => {
  it("rejects two components with the same name", () => {
    const a = configComponent("a");
    expect(() => cluster({ name: "infra", values: {}, components: [a, configComponent("a")] })).toThrowError(
      'cluster infra, component a: duplicate component name "a"',
    );
  });

  it("rejects a component named like the root Flux Kustomization", () => {
    expect(() => cluster({ name: "infra", values: {}, components: [configComponent("flux-system")] })).toThrowError(
      'cluster infra, component flux-system: component name "flux-system" is the name of the cluster\'s root Flux Kustomization',
    );
  });

  it("rejects a dependency that is not part of the cluster", () => {
    const db = configComponent("database");
    const app = configComponent("app", [db]);
    expect(() => cluster({ name: "apps", values: {}, components: [app] })).toThrowError(
      'cluster apps, component app: depends on component "database", which is not part of the cluster',
    );
  });

  it("rejects a dependency on a different instance that shares a name", () => {
    const db = configComponent("database");
    const app = configComponent("app", [configComponent("database")]);
    expect(() => cluster({ name: "apps", values: {}, components: [db, app] })).toThrowError(/two different instances share the name/);
  });

  it("prints the dependency cycle", () => {
    // Components are immutable values, so a cycle needs hand-built objects: exactly what the check guards against.
    const a: { -readonly [K in keyof Component]: Component[K] } = { ...configComponent("a") };
    const b = configComponent("b", [a]);
    const c = configComponent("c", [b]);
    a.dependsOn = [c];
    expect(findCycle([a, b, c])).toEqual(["a", "c", "b", "a"]);
    expect(() => cluster({ name: "infra", values: {}, components: [a, b, c] })).toThrowError(
      "cluster infra, component a: dependency cycle: a -> c -> b -> a",
    );
  });

  it("orders components dependencies first, ties by name", () => {
    const base = configComponent("zeta");
    const x = configComponent("x", [base]);
    const a = configComponent("a", [x]);
    expect(topologicalOrder([a, x, base, configComponent("m")]).map((c) => c.name)).toEqual(["zeta", "x", "a", "m"]);
  });

  it("rejects component names that cannot be folder and Kustomization names", () => {
    expect(() => component({ name: "Cert_Manager", resources: [] })).toThrowError(ConfigError);
    expect(() => component({ name: "ok", resources: [], timeout: "5 minutes" as "5m" })).toThrowError(/not a duration/);
  });
});
