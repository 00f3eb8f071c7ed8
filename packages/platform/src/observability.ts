import type { LayerDeps } from "./layer-deps.ts";
import type { PlatformValues } from "./values.ts";

/**
 * Metrics on every cluster: the VictoriaMetrics operator and the cluster's VMAgent, which
 * remote-writes to the global VictoriaMetrics cluster on infra with the cluster's tenant.
 */
export function observability(_values: PlatformValues, _deps: LayerDeps) {
  return {};
}

export type Observability = ReturnType<typeof observability>;
