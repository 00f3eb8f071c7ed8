/**
 * Jsonnet-style overrides: `merge(defaults, override)` returns a new value where the override's
 * fields win, objects merge recursively and arrays are replaced (say `{ arrays: "append" }` to
 * concatenate). Neither input is modified, and the result keeps the base's class (a model
 * instance stays a model instance).
 */

type Primitive = string | number | boolean | bigint | symbol | null | undefined;

/** Every field optional, recursively; arrays are taken whole. */
export type DeepPartial<T> = T extends Primitive | ((...args: never[]) => unknown)
  ? T
  : T extends readonly unknown[]
    ? T
    : { [K in keyof T]?: DeepPartial<T[K]> };

export interface MergeOptions {
  arrays?: "replace" | "append";
}

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function mergeValue(base: unknown, override: unknown, opts: Required<MergeOptions>): unknown {
  if (override === undefined) return clone(base);
  if (Array.isArray(override)) {
    if (opts.arrays === "append" && Array.isArray(base)) return [...base.map(clone), ...override.map(clone)];
    return override.map(clone);
  }
  if (isPlainRecord(override) && isPlainRecord(base)) {
    const out = Object.create(Object.getPrototypeOf(base) as object | null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(base)) out[k] = clone(v);
    for (const [k, v] of Object.entries(override)) {
      if (v === undefined) continue;
      out[k] = mergeValue(base[k], v, opts);
    }
    return out;
  }
  return clone(override);
}

function clone<T>(v: T): T {
  if (Array.isArray(v)) return v.map(clone) as T;
  if (isPlainRecord(v)) {
    const out = Object.create(Object.getPrototypeOf(v) as object | null) as Record<string, unknown>;
    for (const [k, x] of Object.entries(v)) out[k] = clone(x);
    return out as T;
  }
  return v;
}

export function merge<T>(base: T, override: DeepPartial<T>, options: MergeOptions = {}): T {
  return mergeValue(base, override, { arrays: options.arrays ?? "replace" }) as T;
}

/** Merges several overrides in order, later ones winning. */
export function mergeAll<T>(base: T, ...overrides: DeepPartial<T>[]): T {
  return overrides.reduce<T>((acc, o) => merge(acc, o), base);
}
