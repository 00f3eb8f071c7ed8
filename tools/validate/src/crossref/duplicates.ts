import type { CheckContext } from "../context.ts";

/** No two objects share group, kind, namespace and name: Flux would apply one over the other and prune it from one. */
export function checkDuplicates(ctx: CheckContext): void {
  for (const same of ctx.index.identities()) {
    const [first, ...rest] = same;
    if (!first) continue;
    for (const m of rest) {
      ctx.report({
        rule: "duplicate",
        at: m,
        field: "metadata.name",
        problem: `duplicates ${first.file}${first.component !== m.component ? ` (component ${first.component})` : ""}: the same ${m.group || "core"} ${m.kind} twice`,
        fix: "render the object in one component only",
      });
    }
  }
}
