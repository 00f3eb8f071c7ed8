import { COMPONENTS_DIR, FLUX_DIR } from "@k8s-gitops/core";
import { posix } from "node:path";
import { scopeOf } from "../schema/registry.ts";
import type { JsonValue } from "../schema/types.ts";
import type { KubeObject, Manifest } from "../types.ts";
import { componentOf } from "./component.ts";
import { isJson, isYaml } from "./files.ts";
import type { ValidationCache } from "../cache.ts";
import { isPlainObject } from "./parse.ts";
import { contentDigest, parseCached, parseMemo } from "./parse-cache.ts";

/** A kustomization.yaml: which files of its folder kustomize (and Flux) apply. */
export interface KustomizeIndex {
  file: string;
  /** Folder, relative to the tree. */
  dir: string;
  component: string;
  resources: string[];
  /** The namespace kustomize sets on every object, if any. */
  namespace: string | undefined;
}

/** A problem with a file that is not about one object (unparseable YAML, a document that is no object). */
export interface FileProblem {
  file: string;
  component: string;
  field?: string;
  problem: string;
  fix: string;
}

export interface Tree {
  cluster: string;
  files: ReadonlyMap<string, string>;
  manifests: Manifest[];
  kustomizations: Map<string, KustomizeIndex>;
  /** A rendered cluster tree (flux/ and components/), as opposed to any folder of manifests. */
  rendered: boolean;
  problems: FileProblem[];
  /** Each file's content digest, when a cache is used (its keys derive from them). */
  digests?: ReadonlyMap<string, string>;
}

const KUSTOMIZE_GROUP = "kustomize.config.k8s.io";

function str(v: JsonValue | undefined): string | undefined {
  return typeof v === "string" ? v : undefined;
}

function toManifest(file: string, doc: number, component: string, object: KubeObject, defaultNamespace: string | undefined): Manifest {
  const apiVersion = str(object.apiVersion) ?? "";
  const meta = isPlainObject(object.metadata) ? object.metadata : {};
  const slash = apiVersion.indexOf("/");
  const kind = str(object.kind) ?? "";
  // kustomize sets its namespace on namespaced kinds only.
  const inherited = defaultNamespace !== undefined && scopeOf(apiVersion, kind) === "Namespaced" ? defaultNamespace : undefined;
  return {
    file,
    doc,
    component,
    object,
    apiVersion,
    kind,
    group: slash < 0 ? "" : apiVersion.slice(0, slash),
    name: str(meta.name) ?? "",
    namespace: str(meta.namespace) ?? inherited,
  };
}

function kustomizeIndex(file: string, component: string, object: KubeObject): KustomizeIndex {
  const resources = Array.isArray(object.resources) ? object.resources.filter((r): r is string => typeof r === "string") : [];
  return { file, dir: posix.dirname(file), component, resources, namespace: str(object.namespace) };
}

/**
 * Parses every YAML file of a tree. kustomization.yaml files become indexes (their namespace
 * is applied to the objects of their folder, as kustomize would); every other document must
 * be a Kubernetes object. YAML errors, duplicate keys included, are problems, not crashes.
 * With a cache, a file whose content was parsed before is read back from it (parse-cache.ts):
 * the tree's parses from one entry, a file that entry lacks from its own.
 */
export function loadTree(files: ReadonlyMap<string, string>, cluster: string, cache?: ValidationCache): Tree {
  const problems: FileProblem[] = [];
  // Every file's, not only the YAML's: the secret scan's key covers the whole tree.
  const digests = cache ? new Map([...files].map(([file, content]) => [file, contentDigest(content)] as const)) : undefined;
  const kustomizations = new Map<string, KustomizeIndex>();
  const objects: { file: string; doc: number; component: string; object: KubeObject }[] = [];
  const memo = parseMemo(cache);
  for (const [file, content] of files) {
    const kind = isJson(file) ? "json" : isYaml(file) ? "yaml" : undefined;
    if (!kind) continue;
    const component = componentOf(file);
    const parsed = parseCached(kind, content, digests?.get(file), cache, memo);
    for (const p of parsed.problems) problems.push({ file, component, ...p });
    const base = posix.basename(file);
    for (const { doc, object } of parsed.objects) {
      if (str(object.apiVersion)?.startsWith(`${KUSTOMIZE_GROUP}/`) || base === "kustomization.yaml" || base === "kustomization.yml") {
        kustomizations.set(posix.dirname(file), kustomizeIndex(file, component, object));
        continue;
      }
      objects.push({ file, doc, component, object });
    }
  }
  memo.save();
  const manifests = objects.map((o) => toManifest(o.file, o.doc, o.component, o.object, kustomizations.get(posix.dirname(o.file))?.namespace));
  const paths = [...files.keys()];
  const rendered = paths.some((p) => p.startsWith(`${FLUX_DIR}/`)) && paths.some((p) => p.startsWith(`${COMPONENTS_DIR}/`));
  return { cluster, files, manifests, kustomizations, rendered, problems, ...(digests ? { digests } : {}) };
}
