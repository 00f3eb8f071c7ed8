/**
 * The compact schema language of the generated modules: a subset of JSON Schema (draft 4 /
 * OpenAPI 3.0 value keywords) with the Kubernetes quirks already resolved by the generator
 * (tools/codegen/src/validators.ts):
 *
 * - strictness is explicit: an object is closed when it says `additionalProperties: false`
 *   (the generator writes that on every object that lists its fields and does not preserve
 *   unknown fields; never inside anyOf/oneOf/allOf/not, which only validate values);
 * - `format: "int-or-string"` is an integer or a string, `format: "quantity"` a number or a
 *   Kubernetes quantity string (the OpenAPI spec types both as plain strings);
 * - `$ref` names an entry of the module's `defs` (descriptions and CEL rules are dropped).
 */
export interface Schema {
  $ref?: string;
  type?: "object" | "array" | "string" | "integer" | "number" | "boolean";
  properties?: Readonly<Record<string, Schema>>;
  required?: readonly string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  enum?: readonly JsonValue[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  /** OpenAPI 3.0 booleans or draft-6 numbers: both occur in the vendored schemas. */
  exclusiveMinimum?: boolean | number;
  exclusiveMaximum?: boolean | number;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  maxProperties?: number;
  nullable?: boolean;
  anyOf?: readonly Schema[];
  oneOf?: readonly Schema[];
  allOf?: readonly Schema[];
  not?: Schema;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One generated module: the schema of every kind of an API group (or of Kubernetes itself). */
export interface SchemaModule {
  /** "<apiVersion>/<Kind>" -> the object's schema (metadata is checked against ObjectMeta separately). */
  kinds: Readonly<Record<string, Schema>>;
  defs: Readonly<Record<string, Schema>>;
}

/** What core's kinds table (API_RESOURCES) says about one served version of a kind. */
export interface KindInfo {
  /** Module file (without .json) holding its schema. */
  module: string;
  scope: "Namespaced" | "Cluster";
  /** Where the schema came from, e.g. kubernetes@1.34, flux@2.7.2. */
  source: string;
  /** Set when the version is deprecated (CRD `deprecated: true`, or superseded by a stable version). */
  deprecated?: string;
}

/** A version the CRD lists but does not serve: the API server rejects it. */
export interface UnservedInfo {
  served: readonly string[];
  source: string;
}
