import type { CheckContext } from "../context.ts";

/** Whether the tree, or the platform outside it, has this object. */
export function exists(ctx: CheckContext, group: string, kind: string, namespace: string | undefined, name: string): boolean {
  if (ctx.index.has(group, kind, namespace, name)) return true;
  return ctx.platform.objects.some((o) => o.group === group && o.kind === kind && (o.namespace ?? undefined) === namespace && o.name === name);
}

/** Where else objects of that kind and name are, for a "did you mean" hint. */
export function elsewhere(ctx: CheckContext, group: string, kind: string, name: string): string[] {
  return ctx.index
    .kind(group, kind)
    .filter((m) => m.name === name)
    .map((m) => m.namespace ?? "(no namespace)");
}
