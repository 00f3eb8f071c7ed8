import { DNS_SUBDOMAIN_RE } from "@k8s-gitops/core";
import type { CheckContext } from "../context.ts";
import type { Manifest } from "../types.ts";
import { isJson } from "../tree/files.ts";
import { validateAgainst, type SchemaIssue } from "./interpreter.ts";
import { lookupKind, objectMetaSchema, servedKinds } from "./registry.ts";
import { schemaIssues, type ObjectSchemaIssues } from "./schema-cache.ts";
import type { JsonValue } from "./types.ts";
import { removal } from "./removed-apis.ts";

const CODEGEN_FIX = "vendor its CRD under vendor/crds (with its row in vendor/SOURCES.md) and regenerate (./dev pnpm --filter @k8s-gitops/codegen codegen)";

/**
 * Strict schema validation of every object: the kind must have a schema (none is an error,
 * never a skip), its version must be served and not deprecated, and every field must be known
 * and well-typed. Metadata is checked against Kubernetes' ObjectMeta for every kind, CRDs
 * included (their schemas leave metadata open).
 */
export function checkSchemas(ctx: CheckContext): void {
  const memo = schemaIssues(ctx.cache);
  let meta: ReturnType<typeof objectMetaSchema> | undefined;
  const kinds = servedKinds();
  for (const m of ctx.tree.manifests) {
    const info = kinds.get(`${m.apiVersion}/${m.kind}`);
    if (!info) {
      const found = lookupKind(m.apiVersion, m.kind);
      if (found.status === "unserved") {
        const group = m.group ? `${m.group}/` : "";
        ctx.report({
          rule: "deprecated-api",
          at: m,
          field: "apiVersion",
          problem: `${m.apiVersion} ${m.kind} is not served by its CRD (${found.info.source} marks it served: false); the API server rejects it`,
          fix: `use ${found.info.served.map((v) => `${group}${v}`).join(" or ")}`,
        });
      } else if (found.status === "unknown") reportUnknown(ctx, m, found.servedVersions);
      continue;
    }
    if (info.deprecated) {
      ctx.report({ rule: "deprecated-api", at: m, field: "apiVersion", problem: info.deprecated, fix: "move to the stable version the message names" });
    }
    checkScope(ctx, m, info.scope);
    // A pure function of the object and the schemas: read back for an unchanged file (schema-cache.ts).
    const compute = (): ObjectSchemaIssues => {
      const found = lookupKind(m.apiVersion, m.kind);
      if (found.status !== "served") throw new Error(`${m.apiVersion}/${m.kind} is in the kinds table but not served`);
      meta ??= objectMetaSchema();
      const { metadata, ...body } = m.object;
      return {
        body: validateAgainst(body, found.schema, "", found.resolve),
        metadata: isObject(metadata) ? validateAgainst(metadata, meta.schema, "metadata", meta.resolve) : [],
      };
    };
    const digest = ctx.tree.digests?.get(m.file);
    const issues = digest === undefined ? compute() : memo.get(`${isJson(m.file) ? "json" : "yaml"}\0${digest}\0${m.doc}`, compute);
    checkMetadata(ctx, m, issues.metadata);
    for (const issue of issues.body) {
      const status = issue.path === "status" || issue.path.startsWith("status.");
      ctx.report({
        rule: "schema",
        at: m,
        field: issue.path,
        problem: status ? "status is written by the controller, not by the configuration" : issue.problem,
        fix: status ? "remove status" : issue.fix,
      });
    }
  }
  memo.save();
}

function isObject(v: JsonValue | undefined): v is { [key: string]: JsonValue } {
  return v !== undefined && v !== null && typeof v === "object" && !Array.isArray(v);
}

function reportUnknown(ctx: CheckContext, m: Manifest, servedVersions: string[]): void {
  const removed = removal(m.apiVersion, m.kind);
  if (removed) {
    ctx.report({
      rule: "deprecated-api",
      at: m,
      field: "apiVersion",
      problem: `${m.apiVersion} ${m.kind} was removed in Kubernetes ${removed.removedIn}`,
      fix: removed.replacement ? `use ${removed.replacement}` : "it has no replacement: remove it",
    });
    return;
  }
  if (servedVersions.length > 0) {
    const group = m.group ? `${m.group}/` : "";
    ctx.report({
      rule: "unknown-kind",
      at: m,
      field: "apiVersion",
      problem: `${m.kind} is not served at ${m.apiVersion}`,
      fix: `use ${servedVersions.map((v) => `${group}${v}`).join(" or ")}`,
    });
    return;
  }
  ctx.report({ rule: "unknown-kind", at: m, field: "kind", problem: `no schema for ${m.apiVersion} ${m.kind}: it cannot be validated`, fix: CODEGEN_FIX });
}

function checkScope(ctx: CheckContext, m: Manifest, scope: "Namespaced" | "Cluster"): void {
  if (scope === "Namespaced" && !m.namespace) {
    ctx.report({ rule: "scope", at: m, field: "metadata.namespace", problem: `${m.kind} is namespaced but has no namespace`, fix: "set metadata.namespace" });
  }
  if (scope === "Cluster" && m.namespace) {
    ctx.report({ rule: "scope", at: m, field: "metadata.namespace", problem: `${m.kind} is cluster-scoped but has namespace "${m.namespace}"`, fix: "remove metadata.namespace" });
  }
}

/** `issues`: the metadata's against ObjectMeta. */
function checkMetadata(ctx: CheckContext, m: Manifest, issues: readonly SchemaIssue[]): void {
  if (!isObject(m.object.metadata)) {
    ctx.report({ rule: "schema", at: m, field: "metadata", problem: "metadata is missing", fix: "give metadata.name (and metadata.namespace for namespaced kinds)" });
    return;
  }
  if (!m.name) ctx.report({ rule: "schema", at: m, field: "metadata.name", problem: "metadata.name is missing", fix: "name the object" });
  else if (!DNS_SUBDOMAIN_RE.test(m.name)) {
    ctx.report({ rule: "schema", at: m, field: "metadata.name", problem: `"${m.name}" is not a valid object name`, fix: "use lowercase letters, digits, '-' and '.' (RFC 1123 subdomain)" });
  }
  for (const issue of issues) {
    ctx.report({ rule: "schema", at: m, field: issue.path, problem: issue.problem, fix: issue.fix });
  }
}
