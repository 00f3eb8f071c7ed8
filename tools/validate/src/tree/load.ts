import { COMPONENTS_DIR, FLUX_DIR } from "@k8s-gitops/core";
import { posix } from "node:path";
import { parseAllDocuments } from "yaml";
import { scopeOf } from "../schema/registry.ts";
import type { JsonValue } from "../schema/types.ts";
import type { KubeObject, Manifest } from "../types.ts";
import { componentOf } from "./component.ts";
import { isJson, isYaml } from "./files.ts";

/**
 * Aliases one document may expand: a real manifest has a handful; a billion-laughs file blows
 * past this at once and becomes a finding instead of eating the machine's memory.
 */
const MAX_ALIASES = 100;

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
}

const KUSTOMIZE_GROUP = "kustomize.config.k8s.io";

function isPlainObject(v: unknown): v is KubeObject {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

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
 */
export function loadTree(files: ReadonlyMap<string, string>, cluster: string): Tree {
  const problems: FileProblem[] = [];
  const kustomizations = new Map<string, KustomizeIndex>();
  const objects: { file: string; doc: number; component: string; object: KubeObject }[] = [];
  for (const [file, content] of files) {
    const json = isJson(file);
    if (!isYaml(file) && !json) continue;
    const component = componentOf(file);
    const docs = parseAllDocuments(content, { uniqueKeys: true, prettyErrors: true });
    const list = Array.isArray(docs) ? docs : [docs];
    // A .json file is a manifest only if it reads as one: other well-formed JSON (test
    // expectations, editor settings) beside manifests is data, not a broken object. Malformed
    // JSON falls through and is reported like malformed YAML.
    if (json && list.every((d) => d.errors.length === 0)) {
      const first = list[0];
      let probe: unknown;
      try {
        probe = list.length === 1 && first && first.errors.length === 0 ? first.toJS({ maxAliasCount: MAX_ALIASES }) : undefined;
      } catch {
        probe = undefined;
      }
      const kinds = (o: unknown): boolean => isPlainObject(o) && typeof o.kind === "string" && typeof o.apiVersion === "string";
      if (!kinds(probe)) continue;
    }
    list.forEach((d, doc) => {
      if (d.errors.length > 0) {
        for (const e of d.errors) {
          const line = e.linePos?.[0]?.line;
          problems.push({ file, component, ...(line ? { field: `line ${line}` } : {}), problem: `not valid YAML: ${(e.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "")}`, fix: "fix the YAML syntax" });
        }
        return;
      }
      let value: unknown;
      try {
        value = d.toJS({ maxAliasCount: MAX_ALIASES });
      } catch (err) {
        // yaml throws on alias expansion past maxAliasCount (the "billion laughs" file).
        problems.push({ file, component, field: `document ${doc}`, problem: `cannot be read: ${err instanceof Error ? err.message : String(err)}`, fix: "write the values out instead of through YAML aliases" });
        return;
      }
      if (value === null || value === undefined) return;
      if (!isPlainObject(value) || typeof value.kind !== "string" || typeof value.apiVersion !== "string") {
        problems.push({ file, component, field: `document ${doc}`, problem: "not a Kubernetes object (apiVersion and kind are required)", fix: "give apiVersion and kind, or remove the document" });
        return;
      }
      const base = posix.basename(file);
      if (value.apiVersion.startsWith(`${KUSTOMIZE_GROUP}/`) || base === "kustomization.yaml" || base === "kustomization.yml") {
        kustomizations.set(posix.dirname(file), kustomizeIndex(file, component, value));
        return;
      }
      objects.push({ file, doc, component, object: value });
    });
  }
  const manifests = objects.map((o) => toManifest(o.file, o.doc, o.component, o.object, kustomizations.get(posix.dirname(o.file))?.namespace));
  const paths = [...files.keys()];
  const rendered = paths.some((p) => p.startsWith(`${FLUX_DIR}/`)) && paths.some((p) => p.startsWith(`${COMPONENTS_DIR}/`));
  return { cluster, files, manifests, kustomizations, rendered, problems };
}
