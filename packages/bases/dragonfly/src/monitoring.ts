import { PodMonitor, type PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { alertRules, type Alert } from "@k8s-gitops/prometheus-operator-crds";

/** The alerts when `condition` holds, none otherwise (typed as alerts, so literals keep their types). */
function when(condition: boolean, ...alerts: Alert[]): Alert[] {
  return condition ? alerts : [];
}

/**
 * An instance's pods, on the admin port: Dragonfly serves /metrics there without TLS (the
 * operator starts it with --no_tls_on_admin_port) and without a password.
 */
export function instancePodMonitor(name: string, namespace: string): PodMonitor {
  return new PodMonitor({
    metadata: { name, namespace },
    spec: { selector: { matchLabels: { app: name, "app.kubernetes.io/name": "dragonfly" } }, podMetricsEndpoints: [{ port: "admin" }] },
  });
}

/**
 * The old repository's Dragonfly rules on the metrics Dragonfly exports (it named some it does
 * not: disk use, replication lag in seconds, a role label): pods down, no primary, fewer pods
 * than `replicas`, memory near the limit, replication lag in records, a primary without
 * replicas, a failover, and (with a snapshot volume) the volume filling up.
 */
export function instanceAlerts(o: { name: string; namespace: string; replicas: number; snapshot: boolean }): PrometheusRule {
  const sel = `namespace="${o.namespace}", pod=~"${o.name}-[0-9]+"`;
  const instance = `${o.namespace}/${o.name}`;
  const mem = `dragonfly_memory_used_bytes{${sel}} / (dragonfly_memory_max_bytes{${sel}} > 0)`;
  const availability: Alert[] = [
    {
      alert: "DragonflyDown",
      expr: `up{${sel}} == 0`,
      for: "5m",
      severity: "critical",
      summary: "A Dragonfly pod is down",
      description: `Dragonfly pod {{ $labels.pod }} of ${instance} has not answered for 5 minutes`,
    },
    {
      alert: "DragonflyNoPrimary",
      expr: `(sum(dragonfly_master{${sel}}) or on() vector(0)) < 1`,
      for: "2m",
      severity: "critical",
      summary: "Dragonfly has no primary",
      description: `No pod of ${instance} has been primary for 2 minutes: its tenant cannot write`,
    },
    {
      alert: "DragonflyReplicaCountLow",
      expr: `count(up{${sel}} == 1) < ${o.replicas}`,
      for: "10m",
      severity: "warning",
      summary: "Dragonfly runs fewer pods than asked",
      description: `${instance} has {{ $value }} of ${o.replicas} pods answering`,
    },
  ];
  const performance: Alert[] = [
    {
      alert: "DragonflyMemoryHigh",
      expr: `${mem} > 0.8`,
      for: "10m",
      severity: "warning",
      summary: "Dragonfly memory over 80% of its limit",
      description: "Dragonfly pod {{ $labels.pod }} uses {{ $value | humanizePercentage }} of its maxmemory",
    },
    {
      alert: "DragonflyMemoryCritical",
      expr: `${mem} > 0.9`,
      for: "5m",
      severity: "critical",
      summary: "Dragonfly memory over 90% of its limit",
      description: "Dragonfly pod {{ $labels.pod }} uses {{ $value | humanizePercentage }} of its maxmemory: writes fail or keys are evicted at the limit",
    },
    {
      alert: "DragonflyCommandRateHigh",
      expr: `rate(dragonfly_commands_processed_total{${sel}}[5m]) > 10000`,
      for: "10m",
      severity: "warning",
      summary: "Dragonfly command rate very high",
      description: "Dragonfly pod {{ $labels.pod }} processes {{ $value }} commands a second",
    },
    ...when(o.snapshot, {
      alert: "DragonflySnapshotVolumeNearFull",
      expr: `kubelet_volume_stats_used_bytes{namespace="${o.namespace}", persistentvolumeclaim=~"df-${o.name}-[0-9]+"} / kubelet_volume_stats_capacity_bytes{namespace="${o.namespace}", persistentvolumeclaim=~"df-${o.name}-[0-9]+"} > 0.8`,
      for: "15m",
      severity: "warning",
      summary: "A Dragonfly snapshot volume is over 80% full",
      description: "Snapshot volume {{ $labels.persistentvolumeclaim }} is {{ $value | humanizePercentage }} full: a snapshot that does not fit fails",
    }),
  ];
  const replication: Alert[] = [
    {
      alert: "DragonflyReplicationLagHigh",
      expr: `max by (replica_ip) (dragonfly_connected_replica_lag_records{${sel}}) > 10000`,
      for: "5m",
      severity: "warning",
      summary: "A Dragonfly replica is behind its primary",
      description: `The replica at {{ $labels.replica_ip }} of ${instance} is {{ $value }} records behind the primary`,
    },
    {
      alert: "DragonflyReplicationBroken",
      expr: `absent(dragonfly_connected_replica_lag_records{${sel}}) and on() (sum(dragonfly_master{${sel}}) == 1)`,
      for: "5m",
      severity: "critical",
      summary: "The Dragonfly primary has no connected replica",
      description: `The primary of ${instance} has had no replica for 5 minutes: a failover now loses its data`,
    },
    {
      alert: "DragonflyRoleChange",
      expr: `changes(dragonfly_master{${sel}}[5m]) > 0`,
      for: "1m",
      severity: "warning",
      summary: "A Dragonfly failover happened",
      description: `Pod {{ $labels.pod }} of ${instance} changed role (primary or replica) in the last 5 minutes`,
    },
  ];
  return alertRules({
    name: o.name,
    namespace: o.namespace,
    groups: [
      { name: "dragonfly.availability", interval: "30s", alerts: availability },
      { name: "dragonfly.performance", interval: "30s", alerts: performance },
      { name: "dragonfly.replication", interval: "30s", alerts: replication },
    ],
  });
}

/** The operator not answering: replication of every instance is then unmanaged. */
export function operatorAlerts(namespace: string): PrometheusRule {
  return alertRules({
    name: "dragonfly-operator",
    namespace,
    groups: [
      {
        name: "dragonfly-operator",
        alerts: [
          {
            alert: "DragonflyOperatorDown",
            expr: `absent(up{namespace="${namespace}", service="dragonfly-operator-controller-svc"} == 1)`,
            for: "10m",
            severity: "warning",
            summary: "The Dragonfly operator is down",
            description: "No Dragonfly operator has answered for 10 minutes: failovers and new replicas of every instance are not managed",
          },
        ],
      },
    ],
  });
}
