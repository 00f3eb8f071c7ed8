import { ConfigError, type ConfigLocation } from "@k8s-gitops/core";
import type { ErrorObject } from "ajv";
import { TALOS_SCHEMA_VERSION, validators } from "./generated/validators.ts";

// Strict validation of Talos documents against the machine config schema of the Talos release
// the nodes run, through the committed standalone validator (no schema is read at runtime).
// Every object in the schema is closed, so an unknown or misspelt field is an error, as it is
// for Talos itself.

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A document's kind; the legacy machine config (machine:/cluster:) has none and is "v1alpha1". */
export function documentKind(doc: unknown): string {
  return isRecord(doc) && typeof doc.kind === "string" ? doc.kind : "v1alpha1";
}

/** JSON pointer (/machine/network/interfaces/0) -> field path (machine.network.interfaces[0]). */
export function fieldPath(pointer: string, extra?: string): string {
  const segments = pointer.split("/").slice(1).map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
  if (extra !== undefined) segments.push(extra);
  return segments.reduce((path, s) => {
    if (/^\d+$/.test(s)) return `${path}[${s}]`;
    // Keys like sysctl names or label keys contain dots: quote them so the path stays readable.
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(s)) return `${path}[${JSON.stringify(s)}]`;
    return path ? `${path}.${s}` : s;
  }, "");
}

function valueAt(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    node = Array.isArray(node) ? node[Number(key)] : isRecord(node) ? node[key] : undefined;
  }
  return node;
}

function describe(e: ErrorObject, doc: unknown): { field: string; problem: string } {
  const params: Record<string, unknown> = e.params;
  if (e.keyword === "additionalProperties" && typeof params.additionalProperty === "string") {
    return { field: fieldPath(e.instancePath, params.additionalProperty), problem: `unknown field "${params.additionalProperty}" (Talos ${TALOS_SCHEMA_VERSION} has no such setting)` };
  }
  const value = valueAt(doc, e.instancePath);
  const got = `got ${Array.isArray(value) ? "array" : value === null ? "null" : typeof value} ${JSON.stringify(value)}`;
  if (e.keyword === "type") return { field: fieldPath(e.instancePath), problem: `${e.message ?? "wrong type"}, ${got}` };
  if (e.keyword === "enum" && Array.isArray(params.allowedValues)) {
    return { field: fieldPath(e.instancePath), problem: `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}, ${got}` };
  }
  return { field: fieldPath(e.instancePath), problem: e.message ?? e.keyword };
}

/**
 * Every schema violation of one document, each located by `where` (cluster, node, file) plus
 * the document's kind and the field path. Empty when the document is valid.
 */
export function validateDocument(doc: unknown, where: ConfigLocation = {}): ConfigError[] {
  const kind = documentKind(doc);
  const name = isRecord(doc) && typeof doc.name === "string" ? ` ${doc.name}` : "";
  const object = `${where.object ? `${where.object}, ` : ""}${kind === "v1alpha1" ? "machine config" : kind}${name}`;
  const validate = validators[kind];
  if (!validate) {
    const known = Object.keys(validators).sort().join(", ");
    return [new ConfigError(`unknown document kind "${kind}" (Talos ${TALOS_SCHEMA_VERSION} knows ${known})`, { ...where, object, field: "kind" })];
  }
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e) => {
    const { field, problem } = describe(e, doc);
    return new ConfigError(problem, { ...where, object, field: field || undefined });
  });
}
