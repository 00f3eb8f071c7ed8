import { withComponent, type Component } from "@k8s-gitops/core";

/** A rebuilt member carries every field of the original (the spread below copies them all). */
function keepsFields<T extends Component>(original: T, rebuilt: Component): rebuilt is T {
  return Object.keys(original).every((k) => k in rebuilt);
}

/**
 * Puts a group of components (one package's, wired among themselves) after `prerequisites`:
 * the group's roots gain them as dependencies and every member is rebuilt so that it depends
 * on the rebuilt instances of its group-mates (cluster() rejects a look-alike of the same name).
 * Returns a lookup from an original member to its rebuilt self (always the same instance), its
 * extra fields kept (a store component's storeRef, ...).
 *
 * For packages whose builders take no dependencies of their own (external-secrets, cert-manager).
 */
export function after(group: readonly Component[], prerequisites: readonly Component[]): <T extends Component>(member: T) => T {
  const members = new Set(group);
  const rebuilt = new Map<Component, Component>();
  const visit = (c: Component): Component => {
    const done = rebuilt.get(c);
    if (done) return done;
    const inGroup = c.dependsOn.some((d) => members.has(d));
    const dependsOn = [...c.dependsOn.map((d) => (members.has(d) ? visit(d) : d)), ...(inGroup ? [] : prerequisites)];
    const next = { ...c, ...withComponent(c, { dependsOn }) };
    rebuilt.set(c, next);
    return next;
  };
  group.forEach(visit);
  return <T extends Component>(member: T): T => {
    const next = rebuilt.get(member);
    if (!next || !keepsFields(member, next)) throw new Error(`after(): component ${member.name} is not in the group`);
    return next;
  };
}
