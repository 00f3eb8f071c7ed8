import type { JsonValue } from "./types.ts";

/**
 * Kubernetes' quantity: a signed decimal with an optional binary (Ki..Ei), decimal (n..E) or
 * exponent suffix, as k8s.io/apimachinery/pkg/api/resource parses it.
 */
export const QUANTITY_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?\d+)?$/;

const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const INT32 = 2 ** 31;

export interface FormatProblem {
  problem: string;
  fix: string;
}

/**
 * The formats whose violation the API server (or the Go types behind it) rejects. Other
 * formats upstream schemas name (uri, hostname, ...) are informational there and are not
 * checked here either.
 */
export function checkFormat(format: string, value: JsonValue): FormatProblem | undefined {
  switch (format) {
    case "int-or-string":
      if ((typeof value === "number" && Number.isInteger(value)) || typeof value === "string") return undefined;
      return { problem: `expected an integer or a string, got ${kindOf(value)}`, fix: "give a number such as 8080 or a name such as http" };
    case "quantity":
      if (typeof value === "number" && Number.isFinite(value)) return undefined;
      if (typeof value === "string" && QUANTITY_RE.test(value)) return undefined;
      return { problem: `${JSON.stringify(value)} is not a quantity`, fix: "write it like 500m, 1.5, 256Mi or 10Gi" };
    case "int32":
      if (typeof value === "number" && (value < -INT32 || value >= INT32)) return { problem: `${value} does not fit in 32 bits`, fix: "give a smaller number" };
      return undefined;
    case "int64":
      if (typeof value === "number" && !Number.isSafeInteger(value) && Number.isInteger(value)) {
        return { problem: `${value} is beyond the integers YAML tools keep exactly`, fix: "give a smaller number" };
      }
      return undefined;
    case "date-time":
      if (typeof value === "string" && !DATE_TIME_RE.test(value)) return { problem: `"${value}" is not an RFC 3339 date-time`, fix: "write it like 2025-01-31T12:00:00Z" };
      return undefined;
    case "byte":
      if (typeof value === "string" && !BASE64_RE.test(value.replace(/\s+/g, ""))) return { problem: "is not base64", fix: "base64-encode the value" };
      return undefined;
    default:
      return undefined;
  }
}

function kindOf(value: JsonValue): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}
