import type { ValidationCache } from "../cache.ts";
import type { CheckContext } from "../context.ts";
import { componentOf } from "../tree/component.ts";
import { isYaml } from "../tree/files.ts";
import { locateOffset } from "./locate.ts";
import { scanSecretsCached } from "./scan-cache.ts";

/** Secret scanning of every file of the tree (YAML or not): a credential must never reach the registry. */
export async function checkSecretLeaks(ctx: CheckContext, cache?: ValidationCache): Promise<void> {
  for (const hit of await scanSecretsCached(ctx.tree.files, ctx.tree.digests, cache)) {
    const content = ctx.tree.files.get(hit.file) ?? "";
    const where = isYaml(hit.file) ? locateOffset(content, hit.offset) : undefined;
    const at = where ? ctx.tree.manifests.find((m) => m.file === hit.file && m.doc === where.doc) : undefined;
    ctx.report({
      rule: "secret-leak",
      ...(at ? { at } : { component: componentOf(hit.file), file: hit.file }),
      field: where?.field || `${hit.file}:${hit.line}`,
      // secretlint's message ends with the masked match: the rule's name for it is enough.
      problem: `${hit.message.split(/[:(]/)[0]?.trim() ?? "a credential"} in the rendered output (${hit.file}:${hit.line}, ${hit.ruleId.replace("@secretlint/secretlint-rule-", "")})`,
      fix: "remove it, rotate the credential, and let an ExternalSecret fetch it from 1Password",
    });
  }
}
