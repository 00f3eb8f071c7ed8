import { Namespace } from "kubernetes-models/v1";
import { ConfigError } from "./errors.ts";
import { DNS_LABEL_RE } from "./values.ts";

export type PodSecurityLevel = "privileged" | "baseline" | "restricted";

/** The Kubernetes version whose Pod Security Standards are enforced (pinned, not "latest"). */
export const POD_SECURITY_VERSION = "v1.34";

export const COMMON_LABELS = { "app.kubernetes.io/managed-by": "flux" } as const;

export interface NamespaceOptions {
  /** Pod Security Admission level enforced, audited and warned (default restricted). */
  podSecurity?: PodSecurityLevel;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

/** A Namespace with Pod Security Admission labels and the platform's common labels. */
export function namespace(name: string, o: NamespaceOptions = {}): Namespace {
  if (!DNS_LABEL_RE.test(name)) throw new ConfigError(`namespace name "${name}" must be a DNS label`, { object: `Namespace/${name}` });
  const level = o.podSecurity ?? "restricted";
  const labels: Record<string, string> = {
    ...COMMON_LABELS,
    "kubernetes.io/metadata.name": name,
    "pod-security.kubernetes.io/enforce": level,
    "pod-security.kubernetes.io/enforce-version": POD_SECURITY_VERSION,
    "pod-security.kubernetes.io/audit": level,
    "pod-security.kubernetes.io/audit-version": POD_SECURITY_VERSION,
    "pod-security.kubernetes.io/warn": level,
    "pod-security.kubernetes.io/warn-version": POD_SECURITY_VERSION,
    ...o.labels,
  };
  return new Namespace({
    metadata: { name, labels, ...(o.annotations ? { annotations: o.annotations } : {}) },
  });
}
