import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseAllDocuments } from "yaml";

/** What the render and the validators need to know about a kind, without a live API server. */
export interface ApiResourceInfo {
  scope: "Namespaced" | "Cluster";
  /** Served versions, newest first as upstream lists them. */
  versions: string[];
  /** Where the fact came from (kubernetes or the CRD's project/version). */
  source: string;
}

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
    add(table, groupKindKey(gvk.group, gvk.kind), scope, gvk.version, "kubernetes");
  }
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

interface Crd {
  kind?: string;
  spec?: { group: string; scope: "Namespaced" | "Cluster"; names: { kind: string }; versions: { name: string; served?: boolean }[] };
}

/** Kinds defined by every vendored CRD under crds/ (yaml CRD files; cilium ships JSON schemas only). */
export function crdResources(crdsDir: string, table: Map<string, ApiResourceInfo>): void {
  for (const file of walk(crdsDir)) {
    if (!/\.ya?ml$/.test(file)) continue;
    for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
      const crd = doc.toJS() as Crd | null;
      if (crd?.kind !== "CustomResourceDefinition" || !crd.spec) continue;
      const source = relative(crdsDir, file).split("/").slice(0, 2).join("@");
      for (const v of crd.spec.versions) {
        if (v.served === false) continue;
        add(table, groupKindKey(crd.spec.group, crd.spec.names.kind), crd.spec.scope, v.name, source);
      }
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

export function renderApiResources(table: Map<string, ApiResourceInfo>, header: string): string {
  const keys = [...table.keys()].sort();
  const lines = keys.map((k) => {
    const info = table.get(k)!;
    return `  ${JSON.stringify(k)}: { scope: ${JSON.stringify(info.scope)}, versions: ${JSON.stringify(info.versions)}, source: ${JSON.stringify(info.source)} },`;
  });
  return `${header}
/** Scope and served versions of every kind the platform may render, keyed by "group/Kind" ("core" for the core group). */
export const API_RESOURCES: Readonly<Record<string, { readonly scope: "Namespaced" | "Cluster"; readonly versions: readonly string[]; readonly source: string }>> = {
${lines.join("\n")}
};
`;
}
