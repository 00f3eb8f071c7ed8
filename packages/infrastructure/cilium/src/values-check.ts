import { schemaValidator } from "@k8s-gitops/core";
import { validateValues } from "./generated/values-validator.ts";

/**
 * The chart's values.schema.json as core's run-time values check (the standalone validator the
 * codegen generates, no ajv at run time): core's helmRelease runs it on the merged values, so a
 * wrong value fails when the component is built, with its path, not when helm-controller installs.
 */
export const validateCiliumValues = schemaValidator(validateValues);
