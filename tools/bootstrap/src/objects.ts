import { canonicalObject, describeObject, groupOf, toPlain, toYaml, type Component, type PlainObject, type PlainValue, type Resource } from "@k8s-gitops/core";

/** A component's object in the plain form the artifact holds, with what errors name it by. */
export interface PlainResource {
  readonly resource: Resource;
  readonly plain: PlainObject;
  readonly object: string;
}

export function plainResources(c: Component): PlainResource[] {
  return c.resources.map((resource) => ({ resource, plain: canonicalObject(toPlain(resource)), object: describeObject(resource) }));
}

/** The object's YAML exactly as the render writes it into the artifact (core's canonical form). */
export function objectYaml(p: PlainResource): string {
  return toYaml(p.plain);
}

/** Flux's own kinds (sources, releases, Kustomizations): only Flux can act on them. */
export function isFluxKind(r: Pick<Resource, "apiVersion">): boolean {
  return groupOf(r.apiVersion).endsWith(".toolkit.fluxcd.io");
}

export function isRecord(v: PlainValue | undefined): v is PlainObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A field of a plain object by path, or undefined. */
export function at(obj: PlainObject, ...path: string[]): PlainValue | undefined {
  let cur: PlainValue | undefined = obj;
  for (const k of path) {
    if (!isRecord(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}

export function str(obj: PlainObject, ...path: string[]): string | undefined {
  const v = at(obj, ...path);
  return typeof v === "string" ? v : undefined;
}

/** A file name for an object in a phase folder: kind-[namespace-]name.yaml (the namespace only where names could clash). */
export function objectFile(r: Resource, o: { namespace?: boolean } = {}): string {
  const ns = o.namespace === false ? undefined : r.metadata?.namespace;
  return `${r.kind.toLowerCase()}-${ns ? `${ns}-` : ""}${r.metadata?.name ?? ""}.yaml`;
}
