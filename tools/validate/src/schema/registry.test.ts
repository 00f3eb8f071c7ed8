import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KINDS, UNSERVED } from "./generated/index.ts";
import { lookupKind, objectMetaSchema } from "./registry.ts";
import type { Schema, SchemaModule } from "./types.ts";

// The generated modules are committed: these tests prove they are whole (every kind has a
// schema, every reference resolves) and cover what the brief requires.

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
  const modules = [...new Set(Object.values(KINDS).map((k) => k.module))];

  it("hold every indexed kind, and every $ref resolves", () => {
    for (const name of modules) {
      const mod = JSON.parse(readFileSync(new URL(`./generated/${name}.json`, import.meta.url), "utf8")) as SchemaModule;
      const keys = Object.entries(KINDS).filter(([, k]) => k.module === name).map(([key]) => key);
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
    expect(UNSERVED["external-secrets.io/v1beta1/ExternalSecret"]?.served).toEqual(["v1"]);
    expect(lookupKind("external-secrets.io/v1beta1", "ExternalSecret").status).toBe("unserved");
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
