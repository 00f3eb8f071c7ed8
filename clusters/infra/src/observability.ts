import type { PlatformValues, SharedLayer } from "@k8s-gitops/platform";

/**
 * The fleet's global observability, on infra only: the VictoriaMetrics cluster (vmstorage,
 * vminsert, vmselect) every cluster's agent writes to, VMAlert with Alertmanager, VictoriaLogs.
 */
export function globalObservability(_values: PlatformValues, _shared: SharedLayer) {
  return {};
}

export type GlobalObservability = ReturnType<typeof globalObservability>;
