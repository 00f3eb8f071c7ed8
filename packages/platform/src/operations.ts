import { reloader } from "@k8s-gitops/reloader";
import type { LayerDeps } from "./layer-deps.ts";
import type { PlatformValues } from "./values.ts";

/**
 * Day-two operations on every cluster: Reloader (rolls workloads when a mounted Secret or
 * ConfigMap changes), with its PodMonitor and alerts on the monitoring CRDs.
 */
export function operations(_values: PlatformValues, deps: LayerDeps) {
  return {
    reloader: reloader({}, { cilium: deps.network.cilium, coredns: deps.network.coredns, monitoringCrds: deps.monitoringCrds }),
  };
}

export type Operations = ReturnType<typeof operations>;
