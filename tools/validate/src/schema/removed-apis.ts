/**
 * API versions Kubernetes removed before 1.34, with their replacement (from the Kubernetes
 * deprecated API migration guide). They are not in the 1.34 OpenAPI spec at all, so without
 * this table they would only read as "no schema"; with it the message says what to use.
 */
interface Removal {
  removedIn: string;
  /** Kind -> replacement apiVersion; "*" for every kind of the group version; "" when none exists. */
  kinds: Record<string, string>;
}

export const REMOVED_APIS: Readonly<Record<string, Removal>> = {
  "extensions/v1beta1": {
    removedIn: "1.16 (Ingress: 1.22)",
    kinds: { Deployment: "apps/v1", DaemonSet: "apps/v1", ReplicaSet: "apps/v1", NetworkPolicy: "networking.k8s.io/v1", Ingress: "networking.k8s.io/v1", PodSecurityPolicy: "" },
  },
  "apps/v1beta1": { removedIn: "1.16", kinds: { "*": "apps/v1" } },
  "apps/v1beta2": { removedIn: "1.16", kinds: { "*": "apps/v1" } },
  "admissionregistration.k8s.io/v1beta1": { removedIn: "1.22", kinds: { "*": "admissionregistration.k8s.io/v1" } },
  "apiextensions.k8s.io/v1beta1": { removedIn: "1.22", kinds: { "*": "apiextensions.k8s.io/v1" } },
  "apiregistration.k8s.io/v1beta1": { removedIn: "1.22", kinds: { "*": "apiregistration.k8s.io/v1" } },
  "authentication.k8s.io/v1beta1": { removedIn: "1.22", kinds: { "*": "authentication.k8s.io/v1" } },
  "authorization.k8s.io/v1beta1": { removedIn: "1.22", kinds: { "*": "authorization.k8s.io/v1" } },
  "certificates.k8s.io/v1beta1": { removedIn: "1.22", kinds: { "*": "certificates.k8s.io/v1" } },
  "coordination.k8s.io/v1beta1": { removedIn: "1.22", kinds: { "*": "coordination.k8s.io/v1" } },
  "networking.k8s.io/v1beta1": { removedIn: "1.22", kinds: { Ingress: "networking.k8s.io/v1", IngressClass: "networking.k8s.io/v1" } },
  "rbac.authorization.k8s.io/v1beta1": { removedIn: "1.22", kinds: { "*": "rbac.authorization.k8s.io/v1" } },
  "scheduling.k8s.io/v1beta1": { removedIn: "1.22", kinds: { "*": "scheduling.k8s.io/v1" } },
  "storage.k8s.io/v1beta1": {
    removedIn: "1.22 (CSIStorageCapacity: 1.27)",
    kinds: { CSIDriver: "storage.k8s.io/v1", CSINode: "storage.k8s.io/v1", StorageClass: "storage.k8s.io/v1", VolumeAttachment: "storage.k8s.io/v1", CSIStorageCapacity: "storage.k8s.io/v1" },
  },
  "batch/v1beta1": { removedIn: "1.25", kinds: { CronJob: "batch/v1" } },
  "discovery.k8s.io/v1beta1": { removedIn: "1.25", kinds: { EndpointSlice: "discovery.k8s.io/v1" } },
  "events.k8s.io/v1beta1": { removedIn: "1.25", kinds: { Event: "events.k8s.io/v1" } },
  "autoscaling/v2beta1": { removedIn: "1.25", kinds: { HorizontalPodAutoscaler: "autoscaling/v2" } },
  "autoscaling/v2beta2": { removedIn: "1.26", kinds: { HorizontalPodAutoscaler: "autoscaling/v2" } },
  "policy/v1beta1": { removedIn: "1.25", kinds: { PodDisruptionBudget: "policy/v1", PodSecurityPolicy: "" } },
  "node.k8s.io/v1beta1": { removedIn: "1.25", kinds: { RuntimeClass: "node.k8s.io/v1" } },
  "flowcontrol.apiserver.k8s.io/v1beta1": { removedIn: "1.26", kinds: { "*": "flowcontrol.apiserver.k8s.io/v1" } },
  "flowcontrol.apiserver.k8s.io/v1beta2": { removedIn: "1.29", kinds: { "*": "flowcontrol.apiserver.k8s.io/v1" } },
  "flowcontrol.apiserver.k8s.io/v1beta3": { removedIn: "1.32", kinds: { "*": "flowcontrol.apiserver.k8s.io/v1" } },
};

/** The removal of apiVersion/kind, if Kubernetes removed it: when, and what replaces it ("" for nothing). */
export function removal(apiVersion: string, kind: string): { removedIn: string; replacement: string } | undefined {
  const r = REMOVED_APIS[apiVersion];
  if (!r) return undefined;
  const replacement = r.kinds[kind] ?? r.kinds["*"];
  return replacement === undefined ? undefined : { removedIn: r.removedIn, replacement };
}
