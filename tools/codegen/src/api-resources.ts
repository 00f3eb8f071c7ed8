import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { yamlDocuments } from "./crds.ts";

/** What the render and the validators need to know about a kind, without a live API server. */
export interface ApiResourceInfo {
  scope: "Namespaced" | "Cluster";
  /** Served versions, newest first as upstream lists them. */
  versions: string[];
  /** Where the fact came from (kubernetes@1.34 or the CRD's project@version). */
  source: string;
}

/** The source every built-in kind names: the vendored swagger.json is Kubernetes 1.34.0's. */
export const KUBERNETES_SOURCE = "kubernetes@1.34";

interface SwaggerOp {
  "x-kubernetes-group-version-kind"?: { group: string; version: string; kind: string };
  "x-kubernetes-action"?: string;
}

export function groupKindKey(group: string, kind: string): string {
  return `${group === "" ? "core" : group}/${kind}`;
}

function add(table: Map<string, ApiResourceInfo>, key: string, scope: ApiResourceInfo["scope"], version: string, source: string): void {
  const cur = table.get(key);
  if (!cur) {
    table.set(key, { scope, versions: [version], source });
    return;
  }
  if (cur.scope !== scope) throw new Error(`${key}: scope disagrees between sources (${cur.scope} vs ${scope})`);
  if (!cur.versions.includes(version)) cur.versions.push(version);
}

/** Kinds of the Kubernetes API, scoped by whether their paths live under /namespaces/{namespace}/. */
export function kubernetesResources(swaggerPath: string, table: Map<string, ApiResourceInfo>): void {
  const swagger = JSON.parse(readFileSync(swaggerPath, "utf8")) as { paths: Record<string, Record<string, SwaggerOp>> };
  for (const [path, ops] of Object.entries(swagger.paths)) {
    // Only the collection/object endpoints: skip watch, status, scale and other subresources.
    if (path.includes("/watch/")) continue;
    const post = ops.post;
    const gvk = post?.["x-kubernetes-group-version-kind"];
    if (!gvk || post?.["x-kubernetes-action"] !== "post") continue;
    const last = path.split("/").pop() ?? "";
    if (last.startsWith("{")) continue;
    const tail = path.slice(path.lastIndexOf("/"));
    if (/\/(status|scale|eviction|binding|token|approval|finalize|ephemeralcontainers|resize)$/.test(tail) && path.split("/").length > 6) continue;
    const scope = path.includes("/namespaces/{namespace}/") ? "Namespaced" : "Cluster";
    add(table, groupKindKey(gvk.group, gvk.kind), scope, gvk.version, KUBERNETES_SOURCE);
  }
}

interface Crd {
  kind?: string;
  spec?: { group: string; scope: "Namespaced" | "Cluster"; names: { kind: string }; versions: { name: string; served?: boolean }[] };
}

/** Kinds defined by every vendored CRD under crds/ (yaml CRD files; cilium ships JSON schemas only). */
export function crdResources(crdsDir: string, table: Map<string, ApiResourceInfo>): void {
  for (const { file, value } of yamlDocuments(crdsDir)) {
    const crd = value as Crd | null;
    if (crd?.kind !== "CustomResourceDefinition" || !crd.spec) continue;
    const source = relative(crdsDir, file).split("/").slice(0, 2).join("@");
    for (const v of crd.spec.versions) {
      if (v.served === false) continue;
      add(table, groupKindKey(crd.spec.group, crd.spec.names.kind), crd.spec.scope, v.name, source);
    }
  }
}

/**
 * Cilium's CRDs are vendored as per-version JSON schemas (crds/cilium/<v>/jsonschema/<kind>_<version>.json).
 * Their scope is not in the schema, so it comes from Cilium's API definitions: these kinds are
 * the cluster-scoped ones (cilium.io/v2 `+kubebuilder:resource:scope=Cluster`).
 */
const CILIUM_CLUSTER_SCOPED = new Set([
  "ciliumbgpadvertisement",
  "ciliumbgpclusterconfig",
  "ciliumbgpnodeconfig",
  "ciliumbgpnodeconfigoverride",
  "ciliumbgppeerconfig",
  "ciliumcidrgroup",
  "ciliumclusterwideenvoyconfig",
  "ciliumclusterwidenetworkpolicy",
  "ciliuml2announcementpolicy",
  "ciliumloadbalancerippool",
  "ciliumnode",
  "ciliumidentity",
  "ciliumexternalworkload",
  "ciliumpodippool",
]);

const CILIUM_KINDS: Record<string, string> = {
  ciliumbgpadvertisement: "CiliumBGPAdvertisement",
  ciliumbgpclusterconfig: "CiliumBGPClusterConfig",
  ciliumbgpnodeconfig: "CiliumBGPNodeConfig",
  ciliumbgpnodeconfigoverride: "CiliumBGPNodeConfigOverride",
  ciliumbgppeerconfig: "CiliumBGPPeerConfig",
  ciliumcidrgroup: "CiliumCIDRGroup",
  ciliumclusterwideenvoyconfig: "CiliumClusterwideEnvoyConfig",
  ciliumclusterwidenetworkpolicy: "CiliumClusterwideNetworkPolicy",
  ciliumenvoyconfig: "CiliumEnvoyConfig",
  ciliuml2announcementpolicy: "CiliumL2AnnouncementPolicy",
  ciliumloadbalancerippool: "CiliumLoadBalancerIPPool",
  ciliumnetworkpolicy: "CiliumNetworkPolicy",
};

export function ciliumResources(ciliumDir: string, table: Map<string, ApiResourceInfo>): void {
  for (const version of readdirSync(ciliumDir).sort()) {
    const dir = join(ciliumDir, version, "jsonschema");
    for (const file of readdirSync(dir).sort()) {
      const m = /^([a-z0-9]+)_(v[0-9a-z]+)\.json$/.exec(file);
      if (!m) continue;
      const [, plural = "", apiVersion = ""] = m;
      const kind = CILIUM_KINDS[plural];
      if (!kind) throw new Error(`cilium schema ${file}: unknown kind; add it to CILIUM_KINDS`);
      add(table, groupKindKey("cilium.io", kind), CILIUM_CLUSTER_SCOPED.has(plural) ? "Cluster" : "Namespaced", apiVersion, `cilium@${version}`);
    }
  }
}

/** One row of the kinds table: what core's render and validate's schema check know about a kind. */
export interface KindRow extends ApiResourceInfo {
  /** The schema module of @k8s-gitops/validate holding the kind's strict schemas. */
  schema: string;
  /** Served versions that are deprecated, with the message validation reports. */
  deprecated?: Record<string, string>;
  /** Versions the CRD lists with served: false. */
  unserved?: string[];
}

/** What the validators generator found per "<apiVersion>/<Kind>" (see validators.ts). */
export interface SchemaFacts {
  kinds: ReadonlyMap<string, { module: string; scope: "Namespaced" | "Cluster"; source: string; deprecated?: string }>;
  unserved: ReadonlyMap<string, { served: readonly string[]; source: string }>;
}

/** "<apiVersion>/<Kind>" -> ["group/Kind" as the table keys it, version]. */
function splitKindKey(key: string): [string, string] {
  const parts = key.split("/");
  const kind = parts.pop() ?? "";
  const version = parts.pop() ?? "";
  return [groupKindKey(parts.join("/"), kind), version];
}

/**
 * The one kinds table (issue 10): scope and served versions from the API paths and the CRDs,
 * joined with what the validators generator knows per version (schema module, deprecation,
 * unserved versions). Both sides read the same vendored inputs, so any disagreement is a
 * generator bug and fails the generation rather than producing two tables that drift.
 */
export function kindsTable(table: ReadonlyMap<string, ApiResourceInfo>, facts: SchemaFacts): Map<string, KindRow> {
  const rows = new Map<string, KindRow>();
  const withSchema = new Map<string, Set<string>>();
  for (const [key, info] of table) rows.set(key, { ...info, versions: [...info.versions], schema: "" });
  for (const [key, k] of facts.kinds) {
    const [gk, version] = splitKindKey(key);
    const row = rows.get(gk);
    if (!row?.versions.includes(version)) throw new Error(`kinds table: ${key} has a schema but is not a served version of ${gk}`);
    if (row.schema && row.schema !== k.module) throw new Error(`kinds table: ${gk} has schemas in two modules (${row.schema}, ${k.module})`);
    if (row.scope !== k.scope || row.source !== k.source) throw new Error(`kinds table: ${key} disagrees on scope or source`);
    row.schema = k.module;
    withSchema.set(gk, (withSchema.get(gk) ?? new Set()).add(version));
    if (k.deprecated) row.deprecated = { ...row.deprecated, [version]: k.deprecated };
  }
  for (const [key, u] of facts.unserved) {
    const [gk, version] = splitKindKey(key);
    const row = rows.get(gk);
    if (!row) throw new Error(`kinds table: ${key} is unserved and ${gk} has no served version`);
    if (row.source !== u.source || JSON.stringify(row.versions) !== JSON.stringify(u.served)) throw new Error(`kinds table: ${key} disagrees on served versions or source`);
    row.unserved = [...(row.unserved ?? []), version];
  }
  for (const [key, row] of rows) {
    const missing = row.versions.filter((v) => !withSchema.get(key)?.has(v));
    if (!row.schema || missing.length > 0) throw new Error(`kinds table: ${key} has no schema for ${missing.join(", ") || "any version"}`);
  }
  return rows;
}

/** The generated table of packages/core (core's render and @k8s-gitops/validate both read it). */
export function renderApiResources(rows: ReadonlyMap<string, KindRow>, header: string): string {
  const keys = [...rows.keys()].sort();
  const lines = keys.map((k) => {
    const r = rows.get(k)!;
    const fields = [
      `scope: ${JSON.stringify(r.scope)}`,
      `versions: ${JSON.stringify(r.versions)}`,
      `source: ${JSON.stringify(r.source)}`,
      `schema: ${JSON.stringify(r.schema)}`,
      ...(r.deprecated ? [`deprecated: ${JSON.stringify(r.deprecated)}`] : []),
      ...(r.unserved ? [`unserved: ${JSON.stringify(r.unserved)}`] : []),
    ];
    return `  ${JSON.stringify(k)}: { ${fields.join(", ")} },`;
  });
  return `${header}
/** What the platform knows about a kind without a live API server. */
export interface ApiResource {
  readonly scope: "Namespaced" | "Cluster";
  /** Served versions, in upstream order. */
  readonly versions: readonly string[];
  /** Where the facts come from: kubernetes@1.34, or <project>@<version> of the CRD. */
  readonly source: string;
  /** The strict schema module of @k8s-gitops/validate (its src/schema/generated/<schema>.json). */
  readonly schema: string;
  /** Served versions that are deprecated (the CRD says so, or a stable version supersedes them): the message. */
  readonly deprecated?: Readonly<Record<string, string>>;
  /** Versions the CRD lists with served: false: the API server rejects objects at them. */
  readonly unserved?: readonly string[];
}

/** Every kind the platform may render or validate, keyed by "group/Kind" ("core" for the core group). */
export const API_RESOURCES: Readonly<Record<string, ApiResource>> = {
${lines.join("\n")}
};
`;
}
