import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { API_RESOURCES } from "@k8s-gitops/core";
import { lookupKind, objectMetaSchema, scopeOf, servedKinds, unservedKinds } from "./registry.ts";
import type { Schema, SchemaModule } from "./types.ts";

// The generated modules are committed: these tests prove they are whole (every kind has a
// schema, every reference resolves) and cover what the brief requires. Which kinds exist comes
// from core's kinds table (API_RESOURCES), the one table core's render reads too.

function refs(node: Schema | undefined, out: Set<string>): void {
  if (!node) return;
  if (node.$ref) out.add(node.$ref);
  for (const s of Object.values(node.properties ?? {})) refs(s, out);
  if (typeof node.additionalProperties === "object") refs(node.additionalProperties, out);
  refs(node.items, out);
  refs(node.not, out);
  for (const list of [node.anyOf, node.oneOf, node.allOf]) for (const s of list ?? []) refs(s, out);
}

describe("generated schema modules", () => {
  const kinds = servedKinds();
  const modules = [...new Set([...kinds.values()].map((k) => k.module))];

  it("are exactly the modules core's kinds table names (the folder holds nothing else)", () => {
    const files = readdirSync(new URL("./generated/", import.meta.url)).sort();
    expect(files).toEqual(modules.map((m) => `${m}.json`).sort());
  });

  it("hold every indexed kind, and every $ref resolves", () => {
    for (const name of modules) {
      const mod = JSON.parse(readFileSync(new URL(`./generated/${name}.json`, import.meta.url), "utf8")) as SchemaModule;
      const keys = [...kinds].filter(([, k]) => k.module === name).map(([key]) => key);
      expect(Object.keys(mod.kinds).sort()).toEqual(keys.sort());
      // The API server accepts apiVersion and kind on every object, whether or not the CRD lists them.
      for (const [key, root] of Object.entries(mod.kinds)) expect(Object.keys(root.properties ?? {}), key).toEqual(expect.arrayContaining(["apiVersion", "kind"]));
      const used = new Set<string>();
      for (const s of [...Object.values(mod.kinds), ...Object.values(mod.defs)]) refs(s, used);
      expect([...used].filter((r) => !(r in mod.defs))).toEqual([]);
    }
  });

  it("cover core Kubernetes, Flux, Cilium, cert-manager, external-secrets, Gateway API and Prometheus-operator", () => {
    for (const key of [
      "apps/v1/Deployment",
      "v1/Service",
      "networking.k8s.io/v1/NetworkPolicy",
      "kustomize.toolkit.fluxcd.io/v1/Kustomization",
      "helm.toolkit.fluxcd.io/v2/HelmRelease",
      "source.toolkit.fluxcd.io/v1/OCIRepository",
      "cilium.io/v2/CiliumBGPAdvertisement",
      "cert-manager.io/v1/Certificate",
      "external-secrets.io/v1/ExternalSecret",
      "gateway.networking.k8s.io/v1/HTTPRoute",
      "monitoring.coreos.com/v1/ServiceMonitor",
      "postgresql.cnpg.io/v1/ScheduledBackup",
    ]) {
      expect(lookupKind(key.slice(0, key.lastIndexOf("/")), key.slice(key.lastIndexOf("/") + 1)).status, key).toBe("served");
    }
  });

  it("know unserved CRD versions and the served alternative", () => {
    expect(unservedKinds().get("external-secrets.io/v1beta1/ExternalSecret")?.served).toEqual(["v1"]);
    expect(lookupKind("external-secrets.io/v1beta1", "ExternalSecret").status).toBe("unserved");
  });

  it("index core's table by apiVersion and kind: every served version of every row, nothing else", () => {
    const expected = Object.entries(API_RESOURCES).reduce((n, [, r]) => n + r.versions.length, 0);
    expect(kinds.size).toBe(expected);
    expect(kinds.get("v1/Service")).toEqual({ module: "kubernetes", scope: "Namespaced", source: "kubernetes@1.34" });
    expect(API_RESOURCES["core/Service"]?.schema).toBe("kubernetes");
    expect(scopeOf("rbac.authorization.k8s.io/v1", "ClusterRole")).toBe("Cluster");
    // Deprecation travels per version: cilium.io v2alpha1 is superseded by v2, v2 is not deprecated.
    expect(kinds.get("cilium.io/v2alpha1/CiliumLoadBalancerIPPool")?.deprecated).toBe("cilium.io/v2alpha1 CiliumLoadBalancerIPPool is superseded by cilium.io/v2");
    expect(kinds.get("cilium.io/v2/CiliumLoadBalancerIPPool")?.deprecated).toBeUndefined();
    const unknown = lookupKind("cilium.io/v3", "CiliumLoadBalancerIPPool");
    expect(unknown).toEqual({ status: "unknown", servedVersions: ["v2", "v2alpha1"] });
  });

  it("close Kubernetes objects but keep free-form fields open", () => {
    const meta = objectMetaSchema();
    expect(meta.schema.additionalProperties).toBe(false);
    const found = lookupKind("helm.toolkit.fluxcd.io/v2", "HelmRelease");
    if (found.status !== "served") throw new Error("HelmRelease must be served");
    const specSchema = found.schema.properties?.spec;
    const spec = specSchema?.$ref ? found.resolve(specSchema.$ref) : specSchema;
    expect(spec?.additionalProperties).toBe(false);
    expect(spec?.properties?.values?.additionalProperties).toBe(true);
  });
});
