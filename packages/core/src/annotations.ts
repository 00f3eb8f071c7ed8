import type { Resource } from "./resource.ts";

/**
 * Every annotation the platform writes for its own tools: the validator's declarations on
 * objects and the component contract on each Flux Kustomization. One place, so the helpers
 * that write them and the checks that read them cannot drift apart.
 */
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
  /**
   * On a component's Flux Kustomization: canonical JSON of what the component makes available
   * to its dependants beyond the objects in its folder (see `Provides`).
   */
  provides: "k8s-gitops.io/provides",
  /** On a component's Flux Kustomization: "1" or "2" when day zero installs it before Flux. */
  bootstrapPhase: "k8s-gitops.io/bootstrap-phase",
  /** On a component's Flux Kustomization: JSON list of the Secrets day zero creates for it before Flux. */
  bootstrapSecrets: "k8s-gitops.io/bootstrap-secrets",
} as const;

/**
 * Stakater Reloader's switch, on a workload (Deployment, StatefulSet, DaemonSet): roll its pods
 * when a Secret or ConfigMap they mount or read changes, for software that reads them only at
 * start.
 */
export const RELOADER_AUTO = { "reloader.stakater.com/auto": "true" } as const;

/**
 * A copy of a resource with annotations added. The copy keeps the model's class (so toJSON
 * and patch() still work) and leaves the original untouched: components are values.
 */
export function withAnnotations<T extends Resource>(resource: T, add: Readonly<Record<string, string>>): T {
  const copy: T = Object.assign(Object.create(Object.getPrototypeOf(resource) as object) as T, resource);
  copy.metadata = { ...resource.metadata, annotations: { ...resource.metadata?.annotations, ...add } };
  return copy;
}
