import type { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { alertRules, type Alert } from "@k8s-gitops/prometheus-operator-crds";

/**
 * Ceph alerts on the mgr's Prometheus module metrics, which the operator's ServiceMonitor of
 * `rook-ceph-mgr` scrapes: the few that mean data is at risk or I/O stops, not Rook's full
 * upstream rule set.
 */
const ALERTS: readonly Alert[] = [
  {
    alert: "CephMgrMetricsAbsent",
    expr: 'absent(up{service="rook-ceph-mgr"} == 1)',
    for: "5m",
    severity: "critical",
    summary: "No Ceph manager metrics",
    description: "No Ceph mgr has answered its scrape for 5 minutes: every other Ceph alert is blind",
  },
  {
    alert: "CephHealthError",
    expr: "ceph_health_status == 2",
    for: "5m",
    severity: "critical",
    summary: "Ceph is in HEALTH_ERR",
    description: "Ceph cluster {{ $labels.namespace }} has been in HEALTH_ERR for 5 minutes: run ceph health detail in the toolbox",
  },
  {
    alert: "CephHealthWarning",
    expr: "ceph_health_status == 1",
    for: "30m",
    severity: "warning",
    summary: "Ceph is in HEALTH_WARN",
    description: "Ceph cluster {{ $labels.namespace }} has been in HEALTH_WARN for 30 minutes",
  },
  {
    alert: "CephMonQuorumAtRisk",
    expr: "count(ceph_mon_quorum_status == 1) <= (floor(count(ceph_mon_metadata) / 2) + 1)",
    for: "15m",
    severity: "critical",
    summary: "Ceph monitor quorum at risk",
    description: "Only a bare majority of the monitors is in quorum: losing one more stops the cluster",
  },
  {
    alert: "CephOSDDown",
    expr: "count(ceph_osd_up == 0) > 0",
    for: "15m",
    severity: "warning",
    summary: "A Ceph OSD is down",
    description: "{{ $value }} OSD(s) have been down for 15 minutes: their placement groups run degraded",
  },
  {
    alert: "CephOSDNearFull",
    expr: 'ceph_health_detail{name="OSD_NEARFULL"} == 1',
    for: "5m",
    severity: "warning",
    summary: "Ceph OSDs are near full",
    description: "One or more OSDs passed the nearfull ratio: add capacity or delete data before they reach the full ratio and stop writes (ceph osd df in the toolbox)",
  },
  {
    alert: "CephPGsInactive",
    expr: "ceph_pool_metadata * on (pool_id, instance) group_left() (ceph_pg_total - ceph_pg_active) > 0",
    for: "5m",
    severity: "critical",
    summary: "Ceph placement groups are inactive",
    description: "{{ $value }} placement groups of pool {{ $labels.name }} have been inactive for 5 minutes: I/O to them blocks",
  },
  {
    alert: "CephPGsDegraded",
    expr: "sum by (pool_id) (ceph_pg_degraded) > 0",
    for: "15m",
    severity: "warning",
    summary: "Ceph placement groups are degraded",
    description: "{{ $value }} placement groups of pool {{ $labels.pool_id }} have had fewer copies than asked for 15 minutes",
  },
  {
    alert: "CephPoolNearFull",
    expr: "ceph_pool_percent_used * 100 > 75",
    for: "15m",
    severity: "warning",
    summary: "A Ceph pool is over 75% full",
    description: "Pool {{ $labels.name }} is over 75% full: Ceph stops writes at its full ratio",
  },
];

export function cephAlerts(namespace: string): PrometheusRule {
  return alertRules({ name: "ceph", namespace, groups: [{ name: "ceph", interval: "30s", alerts: ALERTS }] });
}
