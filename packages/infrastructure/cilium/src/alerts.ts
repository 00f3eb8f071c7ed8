import type { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { alertRules } from "@k8s-gitops/prometheus-operator-crds";

/**
 * The CNI's own trouble: an agent or operator not answering (the chart's ServiceMonitors scrape
 * the `cilium-agent` and `cilium-operator` Services), nodes the agents cannot reach, BPF maps
 * close to full (new connections or endpoints then fail), and a ClusterMesh peer not ready.
 */
export function ciliumAlerts(namespace: string): PrometheusRule {
  const agent = `namespace="${namespace}", service="cilium-agent"`;
  const operator = `namespace="${namespace}", service="cilium-operator"`;
  return alertRules({
    name: "cilium",
    namespace,
    groups: [
      {
        name: "cilium",
        alerts: [
          {
            alert: "CiliumAgentDown",
            expr: `up{${agent}} == 0`,
            for: "5m",
            severity: "critical",
            summary: "A Cilium agent is not answering",
            description: "Cilium agent {{ $labels.pod }} on node {{ $labels.node }} has not answered its metrics scrape for 5 minutes: pods on that node may have no network",
          },
          {
            alert: "CiliumOperatorDown",
            expr: `absent(up{${operator}} == 1)`,
            for: "10m",
            severity: "warning",
            summary: "No Cilium operator answers",
            description: "No Cilium operator has answered for 10 minutes: IP pools, identities and CRDs are not reconciled",
          },
          {
            alert: "CiliumUnreachableNodes",
            expr: `max by (pod) (cilium_unreachable_nodes{${agent}}) > 0`,
            for: "15m",
            severity: "warning",
            summary: "A Cilium agent cannot reach other nodes",
            description: "Cilium agent {{ $labels.pod }} has seen {{ $value }} unreachable node(s) for 15 minutes",
          },
          {
            alert: "CiliumBpfMapPressure",
            expr: `max by (pod, map_name) (cilium_bpf_map_pressure{${agent}}) > 0.9`,
            for: "10m",
            severity: "warning",
            summary: "A Cilium BPF map is over 90% full",
            description: "BPF map {{ $labels.map_name }} of agent {{ $labels.pod }} is {{ $value | humanizePercentage }} full: new entries will fail when it is full",
          },
          {
            alert: "CiliumClusterMeshRemoteNotReady",
            expr: `min by (target_cluster) (cilium_clustermesh_remote_cluster_readiness_status{${agent}}) < 1`,
            for: "10m",
            severity: "warning",
            summary: "A ClusterMesh peer is not ready",
            description: "Cilium agents have not been ready with cluster {{ $labels.target_cluster }} for 10 minutes: its global services and identities are stale",
          },
        ],
      },
    ],
  });
}
