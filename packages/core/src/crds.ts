import { readdirSync, readFileSync } from "node:fs";
import { CustomResourceDefinition } from "kubernetes-models/apiextensions.k8s.io/v1";
import { component, type Component, type PackageInfo } from "./component.ts";
import { ConfigError } from "./errors.ts";

const cache = new Map<string, readonly CustomResourceDefinition[]>();

/**
 * The CustomResourceDefinitions a package ships in a folder as JSON files (one CRD each, in file
 * name order), read once. JSON because a published package cannot read the repository's vendor/
 * folder and needs no YAML parser; `scripts/sync-crds.mjs` writes the folder from vendor/.
 */
export function shippedCrds(dir: URL, owner: string): readonly CustomResourceDefinition[] {
  const key = dir.href;
  const known = cache.get(key);
  if (known) return known;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  if (files.length === 0) throw new ConfigError(`${owner}: no CRD files in ${dir.pathname}`);
  const crds = files.map((file) => {
    const data: unknown = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
    if (!CustomResourceDefinition.is(data)) throw new ConfigError(`${owner}: ${file} is not an apiextensions.k8s.io/v1 CustomResourceDefinition`);
    return new CustomResourceDefinition(data);
  });
  cache.set(key, crds);
  return crds;
}

/** The kinds CRDs serve, as "group/Kind" (the key of core's API resource table and of `provides.crds`). */
export function kindsOf(crds: readonly CustomResourceDefinition[]): string[] {
  return crds.map((crd) => `${crd.spec.group}/${crd.spec.names.kind}`).sort();
}

/**
 * A component of CRDs that day zero installs before anything else (phase 1) and Flux then
 * keeps. Never pruned: deleting a CRD deletes every object of its kinds with it.
 */
export function crdComponent(o: { name: string; crds: readonly CustomResourceDefinition[]; package: PackageInfo }): Component {
  return component({ name: o.name, resources: [...o.crds], bootstrapPhase: 1, prune: false, package: o.package });
}
