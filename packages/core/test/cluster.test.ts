import { describe, expect, it } from "vitest";
import { ConfigMap } from "kubernetes-models/v1";
import { cluster, component, ConfigError, merge, patch, render, topologicalOrder, withComponent } from "../src/index.ts";
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
    // Components are immutable values, so a cycle needs a component re-derived to depend on its dependants.
    const a = configComponent("a");
    const b = configComponent("b", [a]);
    const c = configComponent("c", [b]);
    const looped = withComponent(a, { dependsOn: [c] });
    expect(() => cluster({ name: "infra", values: {}, components: [looped, b, c] })).toThrowError(
      "cluster infra, component a: dependency cycle: a -> c -> b -> a",
    );
  });

  it("refuses a hand-built object as a component", () => {
    const fake = { ...configComponent("a") };
    expect(() => cluster({ name: "infra", values: {}, components: [{ fake }] })).toThrowError(/not a component/);
  });

  it("takes groups of components and lists each once", () => {
    const operator = configComponent("operator");
    const store = configComponent("store", [operator]);
    const app = configComponent("app", [store]);
    const c = cluster({ name: "apps", values: {}, components: [{ operator, store }, app, operator] });
    expect(c.components.map((x) => x.name)).toEqual(["operator", "store", "app"]);
  });

  it("puts a patched component in place of the one its dependants were built with", () => {
    const db = configComponent("database");
    const app = configComponent("app", [db]);
    const tuned = patch(db, ConfigMap, "database-settings", (cm) => merge(cm, { data: { tuned: "yes" } }));
    const c = cluster({ name: "apps", values: {}, components: [tuned, app] });
    const resolvedApp = c.components.find((x) => x.name === "app")!;
    expect(resolvedApp.dependsOn[0]).toBe(tuned);
    expect(topologicalOrder(c.components).map((x) => x.name)).toEqual(["database", "app"]);
    const files = render(c).files;
    expect(files.get("components/database/configmap-database-settings.yaml")).toContain("tuned: yes");
    expect(files.get("flux/app.yaml")).toContain("- name: database");
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
