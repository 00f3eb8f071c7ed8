import { Ajv } from "ajv";
import standalone from "ajv/dist/standalone/index.js";
import { valuesSchema, type ChartValuesTarget } from "./chart-values.ts";

/**
 * A standalone ajv 8 validator for a chart's values.schema.json: plain ESM code with no import
 * at all, so the package that deploys the chart validates its values when a component is built
 * without depending on ajv at run time.
 *
 * The schema is the one the values type comes from (refs resolved, listed objects closed), so a
 * value the type would reject at compile time (a misspelt key, a string for an integer) is also
 * rejected at run time when it arrives through `merge`, a cast or plain JavaScript.
 */
export function valuesValidatorModule(schemasDir: string, target: ChartValuesTarget, header: string): string {
  const ajv = new Ajv({
    // Every error at once: a values object with three mistakes should say so in one build.
    allErrors: true,
    // Helm schemas commonly say type: ["string", "integer"].
    allowUnionTypes: true,
    strict: true,
    // Chart schemas put properties on anyOf branches without type: "object"; that is valid JSON
    // Schema (the keywords apply to objects only), only ajv's extra type-strictness objects to it.
    strictTypes: false,
    // OpenAPI's integer widths (the bjw-s library copies Kubernetes' int32 ports): known, and not
    // checked, as Helm does not check formats either; a checking function would need an import.
    formats: { int32: true, int64: true },
    // A `required` in a not/anyOf branch names properties declared beside the branch, not in it
    // (the bjw-s library's mutually exclusive keys): valid JSON Schema that ajv's strictRequired refuses.
    strictRequired: false,
    // minLength counts UTF-16 units (as .length does) instead of importing ajv's ucs2length; the
    // limits in chart schemas (names, label values) are on ASCII strings.
    unicode: false,
    // Kubernetes' API annotations, copied into library schemas with the API types: no checks here.
    keywords: ["x-kubernetes-list-type", "x-kubernetes-list-map-keys", "x-kubernetes-validations"],
    code: { source: true, esm: true, lines: true },
  });
  const validate = ajv.compile(valuesSchema(schemasDir, target));
  // CommonJS module: under NodeNext its default import is module.exports, the function is .default.
  const code = standalone.default(ajv, validate);
  // A runtime helper (ucs2length for minLength, fast-deep-equal for object enums, formats) would
  // make the generated module import ajv: refuse, so the package stays free of that dependency.
  if (/\brequire\(|\bimport\b/.test(code)) {
    throw new Error(`${target.chart} ${target.version}: the standalone validator needs an ajv runtime helper; extend values-validator.ts to import it`);
  }
  return `${header}// @ts-nocheck: ajv's generated JavaScript; the exports below are typed.
/* eslint-disable */
// Chart ${target.chart} ${target.version}: values.schema.json

/** One ajv error: instancePath is a JSON pointer into the values (e.g. /hubble/relay/replicas). */
export interface ValuesSchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** Validates chart values; on false, \`errors\` lists every violation. */
export interface ValuesValidator {
  (values: unknown): boolean;
  errors?: readonly ValuesSchemaError[] | null;
}

${code.replace(/^"use strict";\s*/, "").replace(/^export const validate = (\w+);\s*export default \1;/m, "const validateValues: ValuesValidator = $1;\nexport { validateValues };")}
`;
}
