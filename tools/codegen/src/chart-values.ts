import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compile, type JSONSchema } from "json-schema-to-typescript";

/** A chart whose values.schema.json becomes a TypeScript type in the package that deploys it. */
export interface ChartValuesTarget {
  chart: string;
  version: string;
  /** Repository-relative output file. */
  out: string;
  typeName: string;
  /**
   * Repository-relative output of a standalone runtime validator for the same schema (see
   * values-validator.ts), for charts whose values are also checked when a component is built.
   */
  validator?: string;
}

/**
 * The charts with an upstream values.schema.json in vendor/schemas/helm. Charts without one
 * (coredns, spegel, rook-ceph, ...) get hand-written option types in their packages instead.
 */
export const CHART_VALUES: readonly ChartValuesTarget[] = [
  {
    chart: "cert-manager",
    version: "v1.19.0",
    out: "packages/infrastructure/cert-manager/src/generated/values.ts",
    typeName: "CertManagerValues",
    validator: "packages/infrastructure/cert-manager/src/generated/values-validator.ts",
  },
  {
    chart: "external-secrets",
    version: "0.20.4",
    out: "packages/infrastructure/external-secrets/src/generated/values.ts",
    typeName: "ExternalSecretsValues",
    validator: "packages/infrastructure/external-secrets/src/generated/values-validator.ts",
  },
  {
    chart: "cloudnative-pg",
    version: "0.26.1",
    out: "packages/bases/cloudnative-pg/src/generated/values.ts",
    typeName: "CloudNativePgValues",
    validator: "packages/bases/cloudnative-pg/src/generated/values-validator.ts",
  },
  {
    chart: "cilium",
    version: "1.18.3",
    out: "packages/infrastructure/cilium/src/generated/values.ts",
    typeName: "CiliumValues",
    validator: "packages/infrastructure/cilium/src/generated/values-validator.ts",
  },
];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Resolves local "#/..." refs inline: chart schemas are small and not recursive. */
function deref(node: Json, root: Json, depth = 0): Json {
  if (depth > 64) throw new Error("schema $ref nesting deeper than 64: recursive schema?");
  if (Array.isArray(node)) return node.map((n) => deref(n, root, depth));
  if (node === null || typeof node !== "object") return node;
  const ref = node.$ref;
  if (typeof ref === "string" && ref.startsWith("#/")) {
    let target: Json = root;
    for (const raw of ref.slice(2).split("/")) {
      const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
      if (target === null || typeof target !== "object" || Array.isArray(target) || !(key in target)) throw new Error(`unresolvable $ref ${ref}`);
      target = target[key]!;
    }
    const { $ref: _drop, ...rest } = node;
    return deref({ ...(target as { [k: string]: Json }), ...rest }, root, depth + 1);
  }
  const out: { [k: string]: Json } = {};
  for (const [k, v] of Object.entries(node)) {
    // Titles become type names and ids make the compiler fetch: neither helps a values type.
    if (k === "title" || k === "$id" || k === "$comment" || k === "$defs" || k === "definitions" || k === "$schema") continue;
    out[k] = deref(v, root, depth);
  }
  // Objects that list their properties are closed (a misspelt value is a compile error);
  // free-form maps (resources, affinity, podAnnotations) stay open, as the chart reads them.
  if (out.properties && typeof out.properties === "object" && !("additionalProperties" in out)) out.additionalProperties = false;
  return out;
}

/**
 * The chart's values schema as the platform reads it: refs resolved, and every object that lists
 * its properties closed. The generated type and the runtime validator both come from this one
 * schema, so what compiles and what validates cannot disagree.
 */
export function valuesSchema(schemasDir: string, target: Pick<ChartValuesTarget, "chart" | "version">): JSONSchema {
  const file = join(schemasDir, "helm", target.chart, target.version, "values.schema.json");
  const raw = JSON.parse(readFileSync(file, "utf8")) as Json;
  return deref(raw, raw) as JSONSchema;
}

export async function chartValuesTypes(schemasDir: string, target: ChartValuesTarget, header: string): Promise<string> {
  const schema = valuesSchema(schemasDir, target);
  const ts = await compile(schema, target.typeName, {
    bannerComment: "",
    additionalProperties: true,
    strictIndexSignatures: true,
    format: true,
    unreachableDefinitions: false,
    declareExternallyReferenced: true,
  });
  return `${header}/* eslint-disable */\n// Chart ${target.chart} ${target.version}: values.schema.json\n\n${ts}`;
}
