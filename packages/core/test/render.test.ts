import { ConfigMap, Namespace, Service } from "kubernetes-models/v1";
import { ClusterRole } from "kubernetes-models/rbac.authorization.k8s.io/v1";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { Deployment } from "kubernetes-models/apps/v1";
import { cluster, component, healthCheck, render, scopeOf, writeTree, type PlainObject } from "../src/index.ts";
import { configComponent } from "./fixtures.ts";

function demoCluster() {
  const base = configComponent("base");
  const app = component({
    name: "app",
    namespace: "demo",
    dependsOn: [base],
    healthChecks: [healthCheck(Deployment, "app", "demo")],
    resources: [
      new Namespace({ metadata: { name: "demo", labels: { z: "1", a: "2" } } }),
      new Service({ metadata: { name: "app", namespace: "demo" }, spec: { selector: { app: "app" }, ports: [{ port: 80 }] } }),
      new ClusterRole({ metadata: { name: "app-reader" }, rules: [] }),
    ],
    package: { name: "@k8s-gitops/demo", version: "1.2.3" },
  });
  return cluster({ name: "infra", values: {}, components: [app, base] });
}

describe("render", () => {
  it("gives the same bytes twice, and the same files written to two folders", () => {
    const a = render(demoCluster());
    const b = render(demoCluster());
    expect([...a.files]).toEqual([...b.files]);
    const d1 = mkdtempSync(join(tmpdir(), "render-a-"));
    const d2 = mkdtempSync(join(tmpdir(), "render-b-"));
    writeTree(a, d1);
    writeTree(b, d2);
    for (const rel of a.files.keys()) expect(readFileSync(join(d1, rel), "utf8")).toBe(readFileSync(join(d2, rel), "utf8"));
    expect(readdirSync(join(d1, "components")).sort()).toEqual(["app", "base"]);
  });

  it("lays out flux/ and components/ with sorted paths", () => {
    const tree = render(demoCluster());
    expect([...tree.files.keys()]).toEqual([
      "components/app/clusterrole-app-reader.yaml",
      "components/app/kustomization.yaml",
      "components/app/namespace-demo.yaml",
      "components/app/service-app.yaml",
      "components/base/configmap-base-settings.yaml",
      "components/base/kustomization.yaml",
      "flux/app.yaml",
      "flux/base.yaml",
      "flux/kustomization.yaml",
    ]);
    expect(tree.packages.get("@k8s-gitops/demo")).toBe("1.2.3");
  });

  it("writes one Flux Kustomization per component with dependsOn, health checks, timeout and prune", () => {
    const tree = render(demoCluster());
    const ks = parse(tree.files.get("flux/app.yaml")!) as PlainObject;
    expect(ks).toMatchObject({
      apiVersion: "kustomize.toolkit.fluxcd.io/v1",
      kind: "Kustomization",
      metadata: { name: "app", namespace: "flux-system" },
      spec: {
        path: "./components/app",
        prune: true,
        timeout: "5m",
        wait: false,
        healthChecks: [{ apiVersion: "apps/v1", kind: "Deployment", name: "app", namespace: "demo" }],
        dependsOn: [{ name: "base" }],
        sourceRef: { kind: "OCIRepository", name: "flux-system" },
      },
    });
    const base = parse(tree.files.get("flux/base.yaml")!) as PlainObject;
    expect(base).toMatchObject({ spec: { wait: true } });
    expect((base.spec as PlainObject).dependsOn).toBeUndefined();
  });

  it("gives every object apiVersion, kind, metadata.name, and a namespace exactly when namespaced", () => {
    const tree = render(demoCluster());
    for (const [path, text] of tree.files) {
      if (path.endsWith("kustomization.yaml") && path.startsWith("components/")) continue;
      if (path === "flux/kustomization.yaml") continue;
      const obj = parse(text) as { apiVersion: string; kind: string; metadata: { name?: string; namespace?: string } };
      expect(obj.apiVersion, path).toBeTruthy();
      expect(obj.kind, path).toBeTruthy();
      expect(obj.metadata.name, path).toBeTruthy();
      expect(Boolean(obj.metadata.namespace), path).toBe(scopeOf(obj) === "Namespaced");
    }
  });

  it("writes keys in canonical order with sorted labels", () => {
    const text = render(demoCluster()).files.get("components/app/namespace-demo.yaml")!;
    expect(text).toBe("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: demo\n  labels:\n    a: \"2\"\n    z: \"1\"\n");
  });

  it("names the cluster, component and object of an object without a name", () => {
    const bad = component({ name: "broken", resources: [new ConfigMap({ metadata: { namespace: "demo" } })] });
    expect(() => render(cluster({ name: "apps", values: {}, components: [bad] }))).toThrowError(
      "cluster apps, component broken, ConfigMap/demo/<no name>, field metadata.name: object has no metadata.name",
    );
  });

  it("rejects a namespaced object without a namespace", () => {
    const bad = component({ name: "broken", resources: [new ConfigMap({ metadata: { name: "settings" } })] });
    expect(() => render(cluster({ name: "apps", values: {}, components: [bad] }))).toThrowError(
      "cluster apps, component broken, ConfigMap/settings, field metadata.namespace: ConfigMap is namespaced but has no metadata.namespace",
    );
  });

  it("rejects a cluster-scoped object with a namespace", () => {
    const bad = component({ name: "broken", resources: [new ClusterRole({ metadata: { name: "r", namespace: "demo" } })] });
    expect(() => render(cluster({ name: "apps", values: {}, components: [bad] }))).toThrowError(/ClusterRole is cluster-scoped/);
  });

  it("rejects the same object rendered by two components", () => {
    const a = configComponent("a", [], "demo");
    const b = component({ name: "b", resources: [new ConfigMap({ metadata: { name: "a-settings", namespace: "demo" } })] });
    expect(() => render(cluster({ name: "infra", values: {}, components: [a, b] }))).toThrowError(
      "cluster infra, component b, ConfigMap/demo/a-settings: duplicate object: ConfigMap/demo/a-settings (v1) is also rendered by component a",
    );
  });

  it("rejects an empty component", () => {
    expect(() => render(cluster({ name: "infra", values: {}, components: [component({ name: "empty", resources: [] })] }))).toThrowError(
      /cluster infra, component empty: the component has no resources/,
    );
  });

  it("rejects a kind without a known schema and an unserved version", () => {
    const unknown = component({ name: "odd", resources: [{ apiVersion: "example.com/v1", kind: "Widget", metadata: { name: "w" } }] });
    expect(() => render(cluster({ name: "infra", values: {}, components: [unknown] }))).toThrowError(/no API resource known for example.com\/v1 Widget/);
    const old = component({ name: "old", resources: [{ apiVersion: "external-secrets.io/v1alpha1", kind: "ExternalSecret", metadata: { name: "x", namespace: "demo" } }] });
    expect(() => render(cluster({ name: "infra", values: {}, components: [old] }))).toThrowError(/ExternalSecret is not served at external-secrets.io\/v1alpha1/);
  });

  it("writes the component contract on its Flux Kustomization, canonically", () => {
    const op = component({
      name: "operator",
      namespace: "ops",
      resources: [new ConfigMap({ metadata: { name: "x", namespace: "ops" }, data: {} })],
      provides: { secrets: [{ namespace: "ops", name: "b" }, { namespace: "ops", name: "a" }], crds: ["example.io/Widget"], addressPools: true },
      bootstrapPhase: 2,
      bootstrapSecrets: [{ namespace: "ops", name: "token", data: { token: { item: "kubernetes/ops", property: "token" } } }],
    });
    const text = render(cluster({ name: "infra", values: {}, components: [op] })).files.get("flux/operator.yaml") ?? "";
    const annotations = (parse(text) as { metadata: { annotations: Record<string, string> } }).metadata.annotations;
    expect(annotations).toEqual({
      "k8s-gitops.io/bootstrap-phase": "2",
      "k8s-gitops.io/bootstrap-secrets": '[{"keys":["token"],"name":"token","namespace":"ops"}]',
      "k8s-gitops.io/provides": '{"addressPools":true,"crds":["example.io/Widget"],"secrets":["ops/a","ops/b"]}',
    });
    expect(text).not.toContain("kubernetes/ops");
  });
});
