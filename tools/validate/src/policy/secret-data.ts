import type { CheckContext } from "../context.ts";
import { asObject } from "../json.ts";
import { fieldPath } from "../schema/path.ts";

/** No Secret carries data in the output: secrets enter the cluster through ExternalSecret only. */
export function checkSecretData(ctx: CheckContext): void {
  for (const m of ctx.index.kind("", "Secret")) {
    for (const field of ["data", "stringData"]) {
      const keys = Object.keys(asObject(m.object[field]) ?? {});
      if (keys.length === 0) continue;
      ctx.report({
        rule: "secret-data",
        at: m,
        field: fieldPath(field, keys[0]!),
        problem: `the Secret carries ${keys.length} value${keys.length > 1 ? "s" : ""} (${keys.join(", ")}) in the rendered output, which is pushed to the registry`,
        fix: "store the value in 1Password and render an ExternalSecret (external-secrets' externalSecret()) instead",
      });
    }
  }
}
