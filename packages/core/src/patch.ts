import { withComponent, type Component } from "./component.ts";
import { ConfigError } from "./errors.ts";
import type { ModelType } from "./model.ts";
import { describeObject, type Resource } from "./resource.ts";

export interface PatchTarget {
  name: string;
  /** Needed only when the component has objects of that kind and name in several namespaces. */
  namespace?: string;
}

/**
 * Amends one resource of a component, found by its model (kind) and name, with a typed
 * function; the rare one-off that options do not cover. It is an error when nothing or more
 * than one object matches, so a patch can never silently stop applying. The result replaces
 * `target` in the cluster: components that depend on `target` depend on the patched one (see
 * `withComponent`), so only the patched component goes into the cluster's list.
 *
 *   patch(certManager, HelmRelease, { name: "cert-manager" }, (hr) => merge(hr, { spec: { timeout: "10m" } }))
 */
export function patch<T extends Resource, O extends object>(
  target: Component<O>,
  model: ModelType<T>,
  which: PatchTarget | string,
  fn: (resource: T) => T,
): Component<O> {
  const sel = typeof which === "string" ? { name: which } : which;
  const matches: number[] = [];
  target.resources.forEach((r, i) => {
    if (
      r.apiVersion === model.apiVersion &&
      r.kind === model.kind &&
      r.metadata?.name === sel.name &&
      (sel.namespace === undefined || r.metadata?.namespace === sel.namespace)
    ) {
      matches.push(i);
    }
  });
  const label = `${model.kind}/${sel.namespace ? `${sel.namespace}/` : ""}${sel.name}`;
  if (matches.length === 0) {
    const sameKind = target.resources.filter((r) => r.kind === model.kind).map(describeObject);
    throw new ConfigError(
      `patch: no ${label} (${model.apiVersion}) in the component; ${sameKind.length ? `it has ${sameKind.join(", ")}` : `it has no ${model.kind}`}`,
      { component: target.name, object: label },
    );
  }
  if (matches.length > 1) {
    throw new ConfigError(`patch: ${matches.length} objects match ${label}; give the namespace`, { component: target.name, object: label });
  }
  const index = matches[0]!;
  const original = target.resources[index];
  if (!model.is(original)) throw new ConfigError(`patch: ${label} is not a ${model.kind} model`, { component: target.name, object: label });
  const patched = fn(original);
  if (patched.kind !== original.kind || patched.metadata?.name !== original.metadata?.name) {
    throw new ConfigError("patch: the function must not change the object's kind or name", { component: target.name, object: label });
  }
  const resources = [...target.resources];
  resources[index] = patched;
  return withComponent(target, { resources });
}
