import type { Manifest } from "../types.ts";

function key(group: string, kind: string, namespace: string | undefined, name: string): string {
  return `${group}|${kind}|${namespace ?? ""}|${name}`;
}

function push(map: Map<string, Manifest[]>, k: string, m: Manifest): void {
  const list = map.get(k);
  if (list) list.push(m);
  else map.set(k, [m]);
}

/** The objects of a tree by group, kind, namespace and name: what cross-reference checks look up. */
export class ObjectIndex {
  private readonly byKey = new Map<string, Manifest[]>();
  private readonly byKind = new Map<string, Manifest[]>();

  constructor(manifests: readonly Manifest[]) {
    for (const m of manifests) {
      push(this.byKey, key(m.group, m.kind, m.namespace, m.name), m);
      push(this.byKind, `${m.group}|${m.kind}`, m);
    }
  }

  get(group: string, kind: string, namespace: string | undefined, name: string): Manifest | undefined {
    return this.byKey.get(key(group, kind, namespace, name))?.[0];
  }

  has(group: string, kind: string, namespace: string | undefined, name: string): boolean {
    return this.byKey.has(key(group, kind, namespace, name));
  }

  /** Every object of a kind, in tree order. */
  kind(group: string, kind: string): readonly Manifest[] {
    return this.byKind.get(`${group}|${kind}`) ?? [];
  }

  /** Objects sharing one identity (more than one is a duplicate). */
  identities(): IterableIterator<Manifest[]> {
    return this.byKey.values();
  }
}
