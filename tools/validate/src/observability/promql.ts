import { parser } from "@prometheus-io/lezer-promql";
import { isMetricsqlFunction, METRICSQL_AGGREGATES } from "./metricsql-functions.ts";

/** Where an expression stops parsing: offsets into the expression as written. */
export interface ParseIssue {
  from: number;
  to: number;
  /** `at line L, column C: ...` with the offending text. */
  message: string;
}

export interface ExpressionCheck {
  issues: ParseIssue[];
  /** Set when the expression uses syntax this check does not parse (MetricsQL WITH templates): why. */
  unchecked?: string;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
}

function quote(s: string): string {
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}...` : s);
}

/** What the reader sees at an error: the text the parser skipped, else the token it stopped at. */
function describeError(text: string, from: number, to: number): string {
  const where = lineColumn(text, from);
  const at = `at line ${where.line}, column ${where.column}`;
  const skipped = text.slice(from, to).trim();
  if (skipped) return `${at}: unexpected ${quote(skipped)}`;
  const rest = text.slice(from).trimStart();
  if (!rest) {
    const tail = text.trimEnd();
    return `${at}: unexpected end of expression after ${JSON.stringify(tail.length > 40 ? `...${tail.slice(-40)}` : tail)}`;
  }
  return `${at}: unexpected ${quote(/^\S+/.exec(rest)![0])}`;
}

/**
 * The Lezer grammar recovers from errors by inserting error nodes (⚠): any error node is a parse
 * failure. The first one is reported (later ones usually follow from it). Positions are those
 * of `shown`, which has the same length as `parsed`.
 */
function lezerErrors(parsed: string, shown: string): ParseIssue[] {
  if (!parsed.trim()) return [{ from: 0, to: 0, message: "the expression is empty" }];
  let first: { from: number; to: number } | undefined;
  parser.parse(parsed).iterate({
    enter(node) {
      if (first) return false;
      if (node.type.isError) {
        first = { from: node.from, to: node.to };
        return false;
      }
      return undefined;
    },
  });
  return first ? [{ ...first, message: describeError(shown, first.from, first.to) }] : [];
}

/**
 * PromQL syntax as the Prometheus project's own grammar (`@prometheus-io/lezer-promql`, the
 * Prometheus UI's) reads it. Syntax only: function arity and argument types (`rate` of an
 * instant vector) are not checked.
 */
export function checkPromql(expr: string): ExpressionCheck {
  return { issues: lezerErrors(expr, expr) };
}

// ---- MetricsQL

/** Words that may stand before "(" without being a function call. */
const NOT_CALLS = new Set(["by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset", "atan2", "prefix"]);
/** MetricsQL-only binary operators; PromQL's `or` stands in for them (syntax only). */
const METRICSQL_OPERATORS = new Set(["if", "ifnot", "default"]);
/** MetricsQL numbers with a unit suffix (2Ki, 1.5MB; a lower-case m is minutes, not mega); PromQL has none. */
const UNIT_NUMBER = /^\d+(\.\d+)?([kKgGtT]i?[bB]?|Mi?[bB]?)$/;
/** One MetricsQL duration: 1.5h, 3h5m, 5i (steps), 1h-5m. */
const METRICSQL_DURATION = /^\d+(\.\d+)?([mM][sS]|m|[sShHdDwWyYiI])(-?\d+(\.\d+)?([mM][sS]|m|[sShHdDwWyYiI]))*$/;

/** Function names the PromQL grammar accepts as written (checked once, on the grammar itself). */
const promqlFunctions = new Map<string, boolean>();
function promqlKnows(name: string): boolean {
  let known = promqlFunctions.get(name);
  if (known === undefined) {
    known = lezerErrors(`${name}(x)`, `${name}(x)`).length === 0;
    promqlFunctions.set(name, known);
  }
  return known;
}

const IDENT_START = /[A-Za-z_:]/;
const IDENT_CHAR = /[A-Za-z0-9_:.]/;
const NUMBER_CHAR = /[0-9A-Za-z_.]/;

/**
 * MetricsQL (VictoriaMetrics' superset of PromQL) read as PromQL: the expression is rewritten,
 * keeping every offset, so the PromQL grammar can parse what MetricsQL adds, then parsed.
 * What the rewrite accepts:
 * - every function of MetricsQL (`metricsql-functions.ts`), case-insensitive, read as a generic
 *   call (aggregates keep their `by`/`without`); a call of any other name is an error (a PromQL
 *   function VictoriaMetrics does not have included);
 * - `keep_metric_names` after a call, `limit N` after an aggregate, the `if`, `ifnot` and
 *   `default` operators, `.` in metric names, numbers with unit suffixes (`2Ki`, `1MB`), and
 *   MetricsQL durations in `[...]` (`1.5h`, `5i`, `1h-5m`).
 * `WITH (...)` templates are not parsed: the expression is reported unchecked.
 */
export function checkMetricsql(expr: string): ExpressionCheck {
  const out = [...expr];
  const issues: ParseIssue[] = [];
  const blank = (from: number, to: number): void => {
    for (let k = from; k < to; k++) if (out[k] !== "\n") out[k] = " ";
  };
  /** Replaces [from, to) with `text` padded with spaces: offsets after it stay put. */
  const put = (from: number, to: number, text: string): void => {
    blank(from, to);
    for (let k = 0; k < text.length; k++) out[from + k] = text[k]!;
  };
  const skipSpace = (k: number): number => {
    while (k < expr.length) {
      if (/\s/.test(expr[k]!)) k++;
      else if (expr[k] === "#") while (k < expr.length && expr[k] !== "\n") k++;
      else break;
    }
    return k;
  };
  const skipString = (k: number): number => {
    const q = expr[k]!;
    k++;
    while (k < expr.length && expr[k] !== q) k += expr[k] === "\\" && q !== "`" ? 2 : 1;
    return k + 1;
  };
  const wordAt = (k: number): string => /^[A-Za-z0-9_:.]*/.exec(expr.slice(k))![0];

  /** The kind of the last significant token: a value ends there (an operand may not follow). */
  let prev: "none" | "value" | "open" | "at" | "close-paren" | "operator" = "none";
  let i = 0;
  while (i < expr.length) {
    i = skipSpace(i);
    if (i >= expr.length) break;
    const c = expr[i]!;
    if (c === '"' || c === "'" || c === "`") {
      i = skipString(i);
      prev = "value";
    } else if (c === "{") {
      let k = i + 1;
      while (k < expr.length && expr[k] !== "}") k = expr[k] === '"' || expr[k] === "'" || expr[k] === "`" ? skipString(k) : k + 1;
      i = k + 1;
      prev = "value";
    } else if (c === "[") {
      const close = expr.indexOf("]", i);
      const end = close < 0 ? expr.length : close;
      let start = i + 1;
      for (const part of expr.slice(i + 1, end).split(":")) {
        const trimmed = part.trim();
        const at = start + part.indexOf(trimmed);
        if (trimmed && METRICSQL_DURATION.test(trimmed)) put(at, at + trimmed.length, "1s");
        start += part.length + 1;
      }
      i = end + 1;
      prev = "value";
    } else if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(expr[i + 1] ?? ""))) {
      let k = i;
      while (k < expr.length && NUMBER_CHAR.test(expr[k]!)) k++;
      if (UNIT_NUMBER.test(expr.slice(i, k))) put(i, k, "1");
      i = k;
      prev = "value";
    } else if (IDENT_START.test(c)) {
      let k = i;
      while (k < expr.length && IDENT_CHAR.test(expr[k]!)) k++;
      const word = expr.slice(i, k);
      const lower = word.toLowerCase();
      const next = skipSpace(k);
      const nextChar = expr[next];
      if (prev === "none" && lower === "with" && nextChar === "(") {
        return { issues: [], unchecked: "MetricsQL WITH templates are not parsed by this check" };
      }
      if (prev === "at" || NOT_CALLS.has(lower)) {
        prev = prev === "at" ? "value" : "operator";
      } else if (METRICSQL_OPERATORS.has(lower) && (prev === "value" || prev === "close-paren")) {
        put(i, k, "or");
        prev = "operator";
      } else if (lower === "keep_metric_names" && prev === "close-paren") {
        blank(i, k);
      } else if (lower === "limit" && prev === "close-paren" && /^\d+$/.test(wordAt(next))) {
        blank(i, next + wordAt(next).length);
        k = next + wordAt(next).length;
      } else if (nextChar === "(" || (METRICSQL_AGGREGATES.has(lower) && ["by", "without"].includes(wordAt(next).toLowerCase()))) {
        if (!isMetricsqlFunction(lower)) {
          const where = lineColumn(expr, i);
          issues.push({ from: i, to: k, message: `at line ${where.line}, column ${where.column}: ${quote(word)} is not a MetricsQL function` });
        } else if (promqlKnows(lower)) {
          put(i, k, lower);
        } else {
          put(i, k, "sum");
        }
        prev = "operator";
      } else {
        if (word.includes(".")) put(i, k, word.replaceAll(".", "_"));
        prev = "value";
      }
      i = k;
    } else {
      if (c === "@") prev = "at";
      else if (c === ")") prev = "close-paren";
      else if (c === "(" || c === ",") prev = "open";
      else prev = "operator";
      i++;
    }
  }
  if (issues.length) return { issues: issues.slice(0, 1) };
  return { issues: lezerErrors(out.join(""), expr) };
}
