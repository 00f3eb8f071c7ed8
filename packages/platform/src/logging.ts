import { fluentBit, logRetention } from "@k8s-gitops/fluent-bit";
import type { LayerDeps } from "./layer-deps.ts";
import type { PlatformValues } from "./values.ts";

/**
 * Logs on every cluster: the fluent-operator and Fluent Bit, shipping container and Talos logs
 * to VictoriaLogs on infra with the cluster's tenant. The store's Service is the same name and
 * namespace everywhere (on the other clusters a mesh-global Service), so this group depends on
 * no store component: Fluent Bit buffers on the node until the store answers.
 */
export function logging(values: PlatformValues, deps: LayerDeps) {
  const { tenant, global, logsRetention } = values.observability;
  return fluentBit(
    {
      cluster: values.name,
      tenant,
      logs: { namespace: global.namespace, name: global.logs.name, port: global.logs.port },
      retention: logRetention(logsRetention),
    },
    { cilium: deps.network.cilium, coredns: deps.network.coredns, monitoringCrds: deps.monitoringCrds },
  );
}

export type Logging = ReturnType<typeof logging>;
