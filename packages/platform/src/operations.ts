import type { LayerDeps } from "./layer-deps.ts";
import type { PlatformValues } from "./values.ts";

/** Day-two operations on every cluster: Reloader (rolls workloads when a mounted Secret or ConfigMap changes). */
export function operations(_values: PlatformValues, _deps: LayerDeps) {
  return {};
}

export type Operations = ReturnType<typeof operations>;
