import { checkFormat } from "./formats.ts";
import { fieldPath } from "./path.ts";
import type { JsonValue, Schema } from "./types.ts";

/** A schema violation at a field path. */
export interface SchemaIssue {
  path: string;
  problem: string;
  fix: string;
}

export type Resolve = (ref: string) => Schema;

interface Ctx {
  resolve: Resolve;
  issues: SchemaIssue[];
}

/**
 * Validates a value against a compact schema (see types.ts) and collects every issue with its
 * field path. An interpreter rather than compiled code: the generated modules stay small data,
 * and the message for an unknown field can list the allowed ones and suggest the closest.
 */
export function validateAgainst(value: JsonValue, schema: Schema, path: string, resolve: Resolve): SchemaIssue[] {
  const ctx: Ctx = { resolve, issues: [] };
  check(value, schema, path, ctx);
  return ctx.issues;
}

function issue(ctx: Ctx, path: string, problem: string, fix: string): void {
  ctx.issues.push({ path, problem, fix });
}

export function describeValue(value: JsonValue): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
  return `${typeof value} ${String(value)}`;
}

const TYPE_NAMES: Record<NonNullable<Schema["type"]>, string> = {
  object: "an object",
  array: "an array",
  string: "a string",
  integer: "an integer",
  number: "a number",
  boolean: "a boolean",
};

function typeMatches(value: JsonValue, type: NonNullable<Schema["type"]>): boolean {
  switch (type) {
    case "object":
      return value !== null && typeof value === "object" && !Array.isArray(value);
    case "array":
      return Array.isArray(value);
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
  }
}

const patterns = new Map<string, RegExp | null>();

/** Upstream patterns are Go RE2; the few that JavaScript cannot compile are skipped, not guessed. */
function compiled(pattern: string): RegExp | null {
  let re = patterns.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(pattern, "u");
    } catch {
      try {
        re = new RegExp(pattern);
      } catch {
        re = null;
      }
    }
    patterns.set(pattern, re);
  }
  return re;
}

function sameValue(a: JsonValue, b: JsonValue): boolean {
  return a === b || (typeof a === "object" && typeof b === "object" && JSON.stringify(a) === JSON.stringify(b));
}

function check(value: JsonValue, schema: Schema, path: string, ctx: Ctx): void {
  if (schema.$ref !== undefined) {
    check(value, ctx.resolve(schema.$ref), path, ctx);
    return;
  }
  if (value === null) {
    if (!schema.nullable && (schema.type !== undefined || schema.format !== undefined)) {
      issue(ctx, path, "null is not allowed here", "omit the field, or give it a value");
    }
    return;
  }
  if (schema.type !== undefined && !typeMatches(value, schema.type)) {
    issue(ctx, path, `expected ${TYPE_NAMES[schema.type]}, got ${describeValue(value)}`, typeFix(schema.type, value));
    return;
  }
  if (schema.format !== undefined) {
    const bad = checkFormat(schema.format, value);
    if (bad) {
      issue(ctx, path, bad.problem, bad.fix);
      return;
    }
  }
  if (schema.enum !== undefined && !schema.enum.some((e) => sameValue(e, value))) {
    issue(ctx, path, `${describeValue(value)} is not allowed`, `use one of: ${schema.enum.map((e) => JSON.stringify(e)).join(", ")}`);
  }
  if (typeof value === "string") checkString(value, schema, path, ctx);
  else if (typeof value === "number") checkNumber(value, schema, path, ctx);
  else if (Array.isArray(value)) checkArray(value, schema, path, ctx);
  else if (typeof value === "object") checkObject(value, schema, path, ctx);
  checkBranches(value, schema, path, ctx);
}

function typeFix(type: NonNullable<Schema["type"]>, value: JsonValue): string {
  if (type === "string" && (typeof value === "number" || typeof value === "boolean")) {
    return `quote it: YAML reads ${String(value)} as a ${typeof value}`;
  }
  return `give ${TYPE_NAMES[type]}`;
}

function checkString(value: string, schema: Schema, path: string, ctx: Ctx): void {
  // Counted in code points, as JSON Schema counts, and only when a bound asks: a CRD's tree holds
  // megabytes of descriptions that no length bound applies to.
  if (schema.minLength !== undefined || schema.maxLength !== undefined) {
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength) {
      issue(ctx, path, `${describeValue(value)} is shorter than ${schema.minLength} characters`, "give a longer value");
    }
    if (schema.maxLength !== undefined && length > schema.maxLength) {
      issue(ctx, path, `${describeValue(value)} is longer than ${schema.maxLength} characters`, "shorten it");
    }
  }
  if (schema.pattern !== undefined) {
    const re = compiled(schema.pattern);
    if (re && !re.test(value)) issue(ctx, path, `${describeValue(value)} does not match the pattern ${schema.pattern}`, "give a value of that form");
  }
}

function checkNumber(value: number, schema: Schema, path: string, ctx: Ctx): void {
  const { minimum, maximum, exclusiveMinimum: exMin, exclusiveMaximum: exMax } = schema;
  if (minimum !== undefined && (exMin === true ? value <= minimum : value < minimum)) {
    issue(ctx, path, `${value} is below the minimum ${minimum}${exMin === true ? " (exclusive)" : ""}`, "give a larger value");
  }
  if (typeof exMin === "number" && value <= exMin) issue(ctx, path, `${value} must be greater than ${exMin}`, "give a larger value");
  if (maximum !== undefined && (exMax === true ? value >= maximum : value > maximum)) {
    issue(ctx, path, `${value} is above the maximum ${maximum}${exMax === true ? " (exclusive)" : ""}`, "give a smaller value");
  }
  if (typeof exMax === "number" && value >= exMax) issue(ctx, path, `${value} must be less than ${exMax}`, "give a smaller value");
  if (schema.multipleOf !== undefined && Math.abs(value / schema.multipleOf - Math.round(value / schema.multipleOf)) > 1e-9) {
    issue(ctx, path, `${value} is not a multiple of ${schema.multipleOf}`, `give a multiple of ${schema.multipleOf}`);
  }
}

function checkArray(value: JsonValue[], schema: Schema, path: string, ctx: Ctx): void {
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    issue(ctx, path, `has ${value.length} items, fewer than the minimum ${schema.minItems}`, `give at least ${schema.minItems}`);
  }
  if (schema.maxItems !== undefined && value.length > schema.maxItems) {
    issue(ctx, path, `has ${value.length} items, more than the maximum ${schema.maxItems}`, `give at most ${schema.maxItems}`);
  }
  if (schema.uniqueItems) {
    const seen = new Set<string>();
    value.forEach((v, i) => {
      const key = JSON.stringify(v);
      if (seen.has(key)) issue(ctx, `${path}[${i}]`, "duplicates an earlier item", "remove the duplicate");
      seen.add(key);
    });
  }
  if (schema.items !== undefined) {
    const items = schema.items;
    value.forEach((v, i) => check(v, items, `${path}[${i}]`, ctx));
  }
}

function checkObject(value: { [key: string]: JsonValue }, schema: Schema, path: string, ctx: Ctx): void {
  const props = schema.properties ?? {};
  for (const name of schema.required ?? []) {
    if (value[name] === undefined) issue(ctx, fieldPath(path, name), "required field is missing", "set it");
  }
  const keys = Object.keys(value);
  if (schema.minProperties !== undefined && keys.length < schema.minProperties) {
    issue(ctx, path, `has ${keys.length} fields, fewer than the minimum ${schema.minProperties}`, "set the missing fields");
  }
  if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) {
    issue(ctx, path, `has ${keys.length} fields, more than the maximum ${schema.maxProperties}`, "set only one of them");
  }
  for (const key of keys) {
    const v = value[key]!;
    const p = fieldPath(path, key);
    const known = Object.hasOwn(props, key) ? props[key] : undefined;
    if (known) check(v, known, p, ctx);
    else if (schema.additionalProperties === false) issue(ctx, p, `unknown field "${key}"`, unknownFieldFix(key, Object.keys(props)));
    else if (typeof schema.additionalProperties === "object") check(v, schema.additionalProperties, p, ctx);
  }
}

function checkBranches(value: JsonValue, schema: Schema, path: string, ctx: Ctx): void {
  for (const branch of schema.allOf ?? []) check(value, branch, path, ctx);
  const trial = (s: Schema): SchemaIssue[] => validateAgainst(value, s, path, ctx.resolve);
  if (schema.anyOf !== undefined) {
    const results = schema.anyOf.map(trial);
    if (!results.some((r) => r.length === 0)) noBranch(results, path, ctx);
  }
  if (schema.oneOf !== undefined) {
    const results = schema.oneOf.map(trial);
    const passing = results.filter((r) => r.length === 0).length;
    if (passing === 0) noBranch(results, path, ctx);
    else if (passing > 1) issue(ctx, path, "matches more than one of the mutually exclusive forms", "set only one of the alternative fields");
  }
  if (schema.not !== undefined && trial(schema.not).length === 0) {
    issue(ctx, path, "has a form the schema forbids", "remove the conflicting fields");
  }
}

function noBranch(results: SchemaIssue[][], path: string, ctx: Ctx): void {
  const reasons = [...new Set(results.map((r) => (r[0] ? `${r[0].path === path ? "" : `${r[0].path}: `}${r[0].problem}` : "")))];
  issue(ctx, path, `matches none of the allowed forms (${reasons.join("; ")})`, "use one of the forms the API documents");
}

/** Optimal string alignment distance: a swapped pair of letters (lables/labels) counts as one edit. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

function unknownFieldFix(key: string, allowed: string[]): string {
  if (allowed.length === 0) return "remove it: the API defines no fields here and would drop it";
  const close = allowed
    .map((a) => ({ a, d: a.toLowerCase() === key.toLowerCase() ? 0 : editDistance(a, key) }))
    .filter((x) => x.d <= Math.max(1, Math.floor(key.length / 3)))
    .sort((x, y) => x.d - y.d)[0];
  const list = allowed.length > 12 ? `${allowed.slice(0, 12).join(", ")}, ...` : allowed.join(", ");
  return close ? `did you mean "${close.a}"? allowed here: ${list}` : `remove it; allowed here: ${list}`;
}
