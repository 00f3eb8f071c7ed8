import type { LayerDeps } from "./layer-deps.ts";
import type { PlatformValues } from "./values.ts";

/** Logs on every cluster: the fluent-operator and Fluent Bit, shipping to VictoriaLogs on infra with the cluster's tenant. */
export function logging(_values: PlatformValues, _deps: LayerDeps) {
  return {};
}

export type Logging = ReturnType<typeof logging>;
