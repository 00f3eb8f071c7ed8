import type { Resource } from "@k8s-gitops/core";

/** The annotations the validator reads. One place, so helpers and checks cannot drift apart. */
export const ANNOTATIONS = {
  /** `<rule>=<reason>` entries separated by ";": rules this object waives, and why. */
  waive: "k8s-gitops.io/waive",
  /** public | internal | confidential | restricted */
  classification: "k8s-gitops.io/data-classification",
  /** Comma-separated frameworks: gdpr,hipaa,pci-dss,sox */
  compliance: "k8s-gitops.io/compliance",
  /** "true" when the store holds audit trail data. */
  auditData: "k8s-gitops.io/audit-data",
  /** Object lock (WORM) retention of the bucket the store's backups go to, e.g. 7y. */
  objectLock: "k8s-gitops.io/object-lock",
} as const;

/**
 * A copy of a resource with annotations added. The copy keeps the model's class (so toJSON
 * and patch() still work) and leaves the original untouched: components are values.
 */
export function withAnnotations<T extends Resource>(resource: T, add: Readonly<Record<string, string>>): T {
  const copy: T = Object.assign(Object.create(Object.getPrototypeOf(resource) as object) as T, resource);
  copy.metadata = { ...resource.metadata, annotations: { ...resource.metadata?.annotations, ...add } };
  return copy;
}
