import { kubeStateMetrics, meshServices, nodeExporter, victoriaMetricsCrds, victoriaMetricsOperator, vmAgent, vmAlert } from "@k8s-gitops/victoria-metrics";
import type { LayerDeps } from "./layer-deps.ts";
import type { PlatformValues } from "./values.ts";

/**
 * Metrics on every cluster: the VictoriaMetrics CRDs and operator (which converts the charts'
 * ServiceMonitors, PodMonitors and PrometheusRules), the node exporter and kube-state-metrics,
 * the cluster's VMAgent, which scrapes them, the kubelets and every scrape object and
 * remote-writes to the global VictoriaMetrics cluster with the cluster's tenant, the cluster's VMAlert, which
 * evaluates the cluster's rules on its tenant and notifies the global Alertmanager, and the
 * global stores' mesh-global Services. Those are the same on every cluster: they select the
 * stores' pods, so they have endpoints where the stores run and forward through the ClusterMesh
 * everywhere else, and no cluster needs to know which one runs them.
 *
 * Everything runs in the global stores' namespace (`observability.global.namespace`), so the
 * stores and every cluster's clients share one namespace name across the mesh.
 */
export function observability(values: PlatformValues, deps: LayerDeps) {
  const { tenant, global } = values.observability;
  const crds = victoriaMetricsCrds();
  const operator = victoriaMetricsOperator(
    { namespace: global.namespace },
    { cilium: deps.network.cilium, coredns: deps.network.coredns, victoriaMetricsCrds: crds, monitoringCrds: deps.monitoringCrds },
  );
  const on = { victoriaMetricsOperator: operator };
  return {
    crds,
    operator,
    nodeExporter: nodeExporter({}, { cilium: deps.network.cilium, coredns: deps.network.coredns, monitoringCrds: deps.monitoringCrds, ...on }),
    kubeStateMetrics: kubeStateMetrics({ namespace: global.namespace }, { monitoringCrds: deps.monitoringCrds, ...on }),
    agent: vmAgent({ namespace: global.namespace, tenant, global }, on),
    alert: vmAlert({ namespace: global.namespace, tenant, global }, on),
    mesh: meshServices(global, on),
  };
}

export type Observability = ReturnType<typeof observability>;
