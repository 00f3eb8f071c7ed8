import type { CheckContext } from "../context.ts";
import { asObject, get } from "../json.ts";
import { containersOf, podTemplates } from "../workloads.ts";

/** Containers request cpu and memory: without requests the scheduler packs nodes blind. */
export function checkResourceRequests(ctx: CheckContext): void {
  for (const t of podTemplates(ctx.tree.manifests)) {
    for (const { path, container } of containersOf(t)) {
      if (path.includes(".ephemeralContainers[")) continue;
      const requests = asObject(get(container, "resources", "requests")) ?? {};
      const missing = ["cpu", "memory"].filter((r) => requests[r] === undefined);
      if (missing.length === 0) continue;
      ctx.report({
        rule: "resource-requests",
        at: t.at,
        field: `${path}.resources.requests`,
        problem: `container ${String(container.name ?? "?")} requests no ${missing.join(" and no ")}`,
        fix: `set resources.requests.${missing.join(" and resources.requests.")}`,
      });
    }
  }
}
