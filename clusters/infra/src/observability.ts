import { componentsOf } from "@k8s-gitops/core";
import type { PlatformValues, SharedLayer } from "@k8s-gitops/platform";
import { vlSingle, vmAlertmanager, vmCluster } from "@k8s-gitops/victoria-metrics";

// Sizes of the global stores: facts of infra alone (VM_STORAGE_SIZE, VM_REPLICATION_FACTOR and
// OBSERVABILITY_LOGS_STORAGE_SIZE of the old cluster settings). The retentions are cluster values.
const METRICS_VOLUME = "50Gi";
const METRICS_REPLICATION = 2;
const LOGS_VOLUME = "100Gi";
const ALERTMANAGER_VOLUME = "10Gi";

// Grafana's namespace (clusters/infra/src/dashboards.ts): it queries vmselect and VictoriaLogs.
const GRAFANA_NAMESPACE = "grafana";

/**
 * The fleet's global observability, on infra only: the VictoriaMetrics cluster (vmstorage,
 * vminsert, vmselect) every cluster's agent writes to, the Alertmanager every cluster's VMAlert
 * notifies, and VictoriaLogs. They run on the operator of the shared layer
 * (`shared.observability`), in the global stores' namespace, on Ceph block volumes; the shared
 * layer's mesh-global Services select their pods, so every cluster reaches them by the names in
 * `values.observability.global`.
 *
 * Alerts: the default route drops (null receiver); critical alerts go to the operations webhook,
 * whose URL is the `webhook-url` field of the 1Password item kubernetes/infra/alertmanager.
 */
export function globalObservability(values: PlatformValues, shared: SharedLayer) {
  const { global, metricsRetention, logsRetention } = values.observability;
  const onOperator = { victoriaMetricsOperator: shared.observability.operator, storage: shared.volumes.component };
  const storageClass = shared.volumes.storageClass;
  // The namespaces of the log shippers, from the shared layer's logging group (the same on every cluster).
  const shippers = componentsOf([shared.logging]).flatMap((c) => (c.network ? [c.network.namespace] : []));
  const query = [global.namespace, GRAFANA_NAMESPACE];
  return {
    metrics: vmCluster(
      { global, retention: metricsRetention, replicationFactor: METRICS_REPLICATION, storage: { storageClass, size: METRICS_VOLUME }, clients: { query } },
      onOperator,
    ),
    alertmanager: vmAlertmanager(
      {
        global,
        receivers: [
          { name: "null", kind: "null" },
          { name: "operations", kind: "webhook", url: { item: "kubernetes/infra/alertmanager", property: "webhook-url" } },
        ],
        defaultReceiver: "null",
        routes: [{ receiver: "operations", match: { severity: "critical" } }],
        storage: { storageClass, size: ALERTMANAGER_VOLUME },
      },
      { ...onOperator, secretStore: shared.secrets.store },
    ),
    logs: vlSingle({ global, retention: logsRetention, storage: { storageClass, size: LOGS_VOLUME }, clients: [...query, ...shippers] }, onOperator),
  };
}

export type GlobalObservability = ReturnType<typeof globalObservability>;
