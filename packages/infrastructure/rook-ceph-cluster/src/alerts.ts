import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";

/**
 * Ceph alerts on the mgr's Prometheus module metrics: [name, expression, for, severity, summary,
 * description]. The few that mean data is at risk or I/O stops, not Ceph's full rule set.
 */
const ALERTS = [
  ["CephHealthError", "ceph_health_status == 2", "5m", "critical", "Ceph is in HEALTH_ERR", "Ceph cluster {{ $labels.namespace }} has been in HEALTH_ERR for 5 minutes: run ceph health detail in the toolbox"],
  ["CephHealthWarning", "ceph_health_status == 1", "30m", "warning", "Ceph is in HEALTH_WARN", "Ceph cluster {{ $labels.namespace }} has been in HEALTH_WARN for 30 minutes"],
  ["CephMonQuorumAtRisk", "count(ceph_mon_quorum_status == 1) <= (floor(count(ceph_mon_metadata) / 2) + 1)", "15m", "critical", "Ceph monitor quorum at risk", "Only a bare majority of the monitors is in quorum: losing one more stops the cluster"],
  ["CephOSDDown", "count(ceph_osd_up == 0) > 0", "15m", "warning", "A Ceph OSD is down", "{{ $value }} OSD(s) have been down for 15 minutes: their placement groups run degraded"],
  ["CephPoolNearFull", "ceph_pool_percent_used * 100 > 75", "15m", "warning", "A Ceph pool is over 75% full", "Pool {{ $labels.name }} is over 75% full: Ceph stops writes at its full ratio"],
] as const;

export function cephAlerts(namespace: string): PrometheusRule {
  return new PrometheusRule({
    metadata: { name: "ceph", namespace },
    spec: {
      groups: [
        {
          name: "ceph",
          rules: ALERTS.map(([alert, expr, duration, severity, summary, description]) => ({ alert, expr, for: duration, labels: { severity }, annotations: { summary, description } })),
        },
      ],
    },
  });
}
