import { ConfigError, DNS_SUBDOMAIN_RE, withAnnotations } from "@k8s-gitops/core";
import type { DaemonSet, Deployment, StatefulSet } from "kubernetes-models/apps/v1";

/**
 * The annotations Reloader reads on a workload's own metadata (not its pod template), with the
 * chart's default names (the platform sets no `reloader.custom_annotations`).
 */
export const RELOADER_ANNOTATIONS = {
  /** "true": roll on a change of any ConfigMap or Secret the pod template references. */
  auto: "reloader.stakater.com/auto",
  /** Comma-separated ConfigMap names: roll when one of them changes (referenced or not). */
  configMaps: "configmap.reloader.stakater.com/reload",
  /** Comma-separated Secret names: roll when one of them changes (referenced or not). */
  secrets: "secret.reloader.stakater.com/reload",
  /** "true": roll on a change of the referenced ConfigMaps and Secrets that carry `match`. */
  search: "reloader.stakater.com/search",
  /** On a ConfigMap or Secret, "true": workloads with `search` roll when it changes. */
  match: "reloader.stakater.com/match",
} as const;

/** A workload kind Reloader rolls. */
export type ReloadableWorkload = Deployment | StatefulSet | DaemonSet;

/**
 * What a change rolls the workload for: everything its pod template references (`"referenced"`,
 * the default), or named ConfigMaps and Secrets of its namespace (which need not be referenced,
 * e.g. a file a sidecar reads).
 */
export type ReloadOn = "referenced" | { readonly configMaps?: readonly string[]; readonly secrets?: readonly string[] };

/**
 * The annotations that make Reloader roll a workload, for a chart's values where the workload
 * is the chart's (e.g. a controller's `annotations` in app-template values).
 */
export function reloaderAnnotations(on: ReloadOn = "referenced"): Readonly<Record<string, string>> {
  if (on === "referenced") return { [RELOADER_ANNOTATIONS.auto]: "true" };
  const out: Record<string, string> = {};
  for (const [key, names] of [
    [RELOADER_ANNOTATIONS.configMaps, on.configMaps],
    [RELOADER_ANNOTATIONS.secrets, on.secrets],
  ] as const) {
    if (!names || names.length === 0) continue;
    for (const n of names) {
      if (!DNS_SUBDOMAIN_RE.test(n)) throw new ConfigError(`"${n}" is not a ConfigMap or Secret name (a DNS subdomain)`, { field: key });
    }
    out[key] = [...new Set(names)].sort().join(",");
  }
  if (Object.keys(out).length === 0) throw new ConfigError("reload on names needs at least one ConfigMap or Secret", { field: "on" });
  return out;
}

/**
 * A copy of a Deployment, StatefulSet or DaemonSet that Reloader rolls when its configuration
 * changes (same model class, the original untouched).
 *
 *   reloadOnChange(deployment)                                   // anything its pods reference
 *   reloadOnChange(deployment, { secrets: ["app-credentials"] }) // exactly these
 */
export function reloadOnChange<T extends ReloadableWorkload>(workload: T, on: ReloadOn = "referenced"): T {
  return withAnnotations(workload, reloaderAnnotations(on));
}
