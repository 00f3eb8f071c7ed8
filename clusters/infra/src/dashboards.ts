import type { PlatformValues, SharedLayer } from "@k8s-gitops/platform";
import type { GlobalObservability } from "./observability.ts";

/** Grafana on infra, with the global metrics and logs as its data sources and the platform's dashboards. */
export function dashboards(_values: PlatformValues, _shared: SharedLayer, _global: GlobalObservability) {
  return {};
}
