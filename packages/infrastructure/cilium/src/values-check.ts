import type { ValuesValidator } from "@k8s-gitops/core";
import { validateValues, type ValuesSchemaError } from "./generated/values-validator.ts";

/** "/hubble/relay/replicas" -> "hubble.relay.replicas"; "/a/0/b" -> "a[0].b". */
function dotted(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((p) => p.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), "");
}

/** Where an ajv error points and what it says, in the platform's words. */
export function describeSchemaError(e: ValuesSchemaError): { path: string; message: string } {
  const at = dotted(e.instancePath);
  const extra = e.params["additionalProperty"];
  if (e.keyword === "additionalProperties" && typeof extra === "string") {
    return { path: at ? `${at}.${extra}` : extra, message: "is not a value of the chart (not in its values.schema.json)" };
  }
  const allowed = e.params["allowedValues"];
  const suffix = e.keyword === "enum" && Array.isArray(allowed) ? ` (${allowed.map((v) => JSON.stringify(v)).join(", ")})` : "";
  return { path: at, message: `${e.message ?? e.keyword}${suffix}` };
}

/**
 * The chart's values.schema.json as core's run-time values check (the standalone validator the
 * codegen generates, no ajv at run time): core's helmRelease runs it on the merged values, so a
 * wrong value fails when the component is built, with its path, not when helm-controller installs.
 */
export const validateCiliumValues: ValuesValidator = (values) => (validateValues(values) ? [] : (validateValues.errors ?? []).map(describeSchemaError));
