import { PodMonitor, type PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { alertRules, type Alert, type GrafanaDashboard } from "@k8s-gitops/prometheus-operator-crds";

/** The alerts when `condition` holds, none otherwise (typed as alerts, so literals keep their types). */
function when(condition: boolean, ...alerts: Alert[]): Alert[] {
  return condition ? alerts : [];
}

/** CloudNativePG's dashboard on grafana.com (for whoever provisions Grafana). */
export const dashboards: readonly GrafanaDashboard[] = [{ id: 20417, revision: 4, title: "CloudNativePG" }];

/**
 * The instances' exporter (port `metrics`, 9187), selected as CloudNativePG's documentation does.
 * The Cluster's own `monitoring.enablePodMonitor` is deprecated in 1.27 ("create a PodMonitor
 * manually"), so the PodMonitor is an object of the component.
 */
export function clusterPodMonitor(name: string, namespace: string): PodMonitor {
  return new PodMonitor({
    metadata: { name, namespace },
    spec: { selector: { matchLabels: { "cnpg.io/cluster": name, "cnpg.io/podRole": "instance" } }, podMetricsEndpoints: [{ port: "metrics" }] },
  });
}

/** A pooler's PgBouncer exporter (port `metrics`, 9127). */
export function poolerPodMonitor(name: string, namespace: string): PodMonitor {
  return new PodMonitor({
    metadata: { name, namespace },
    spec: { selector: { matchLabels: { "cnpg.io/poolerName": name } }, podMetricsEndpoints: [{ port: "metrics" }] },
  });
}

/**
 * The cluster's alerts, on the exporter's default metrics (the old repository's rules named
 * metrics CloudNativePG does not export: cnpg_pg_cluster_*, cnpg_pg_backup_*; these are the
 * metrics its own charts alert on). `instances` is the cluster's size: fewer streaming standbys
 * than `instances - 1` is a warning, none a critical.
 */
export function clusterAlerts(o: { name: string; namespace: string; instances: number; backupMaxAgeHours?: number }): PrometheusRule {
  const sel = `namespace="${o.namespace}", pod=~"${o.name}-[0-9]+"`;
  const pvc = `namespace="${o.namespace}", persistentvolumeclaim=~"${o.name}-[0-9]+(-wal)?"`;
  const cluster = `${o.namespace}/${o.name}`;
  const standbys = `max(cnpg_pg_replication_streaming_replicas{${sel}} - cnpg_pg_replication_is_wal_receiver_up{${sel}})`;
  const maxAge = (o.backupMaxAgeHours ?? 48) * 3600;
  const alerts: Alert[] = [
    {
      alert: "CNPGClusterOffline",
      expr: `(count(cnpg_collector_up{${sel}}) or on() vector(0)) == 0`,
      for: "5m",
      severity: "critical",
      summary: "A PostgreSQL cluster has no running instance",
      description: `No instance of ${cluster} has been running for 5 minutes: its applications cannot reach their databases`,
    },
    {
      alert: "CNPGClusterPrimaryMissing",
      expr: `count(cnpg_pg_replication_in_recovery{${sel}} == 0) < 1`,
      for: "2m",
      severity: "critical",
      summary: "A PostgreSQL cluster has no primary",
      description: `Every running instance of ${cluster} has been in recovery for 2 minutes: no instance takes writes`,
    },
    ...when(
      o.instances > 1,
      {
        alert: "CNPGClusterHACritical",
        expr: `${standbys} < 1`,
        for: "5m",
        severity: "critical",
        summary: "A PostgreSQL cluster has no streaming standby",
        description: `${cluster} has no ready standby: losing the primary loses data written since the last archived WAL`,
      },
      ...when(o.instances > 2, {
        alert: "CNPGClusterHAWarning",
        expr: `${standbys} < ${o.instances - 1}`,
        for: "10m",
        severity: "warning",
        summary: "A PostgreSQL cluster has fewer standbys than instances",
        description: `${cluster} has {{ $value }} streaming standbys of ${o.instances - 1}: one more failure leaves it without a copy`,
      }),
      {
        alert: "CNPGReplicationLagHigh",
        expr: `max(cnpg_pg_replication_lag{${sel}}) > 60`,
        for: "5m",
        severity: "warning",
        summary: "PostgreSQL replication lag is over a minute",
        description: `A standby of ${cluster} is {{ $value | humanizeDuration }} behind the primary`,
      },
      {
        alert: "CNPGReplicationLagCritical",
        expr: `max(cnpg_pg_replication_lag{${sel}}) > 300`,
        for: "2m",
        severity: "critical",
        summary: "PostgreSQL replication lag is over five minutes",
        description: `A standby of ${cluster} is {{ $value | humanizeDuration }} behind the primary: a failover now would lose that much`,
      },
    ),
    {
      alert: "CNPGBackupFailed",
      expr: `max(cnpg_collector_last_failed_backup_timestamp{${sel}}) > max(cnpg_collector_last_available_backup_timestamp{${sel}})`,
      for: "5m",
      severity: "critical",
      summary: "The last PostgreSQL base backup failed",
      description: `The most recent base backup of ${cluster} failed after the last one that succeeded: check the Backup objects and the object store`,
    },
    {
      alert: "CNPGBackupOverdue",
      expr: `time() - max(cnpg_collector_last_available_backup_timestamp{${sel}}) > ${maxAge}`,
      for: "1h",
      severity: "critical",
      summary: "No recent PostgreSQL base backup",
      description: `The newest base backup of ${cluster} is {{ $value | humanizeDuration }} old: a restore would replay that much WAL, or fail`,
    },
    {
      alert: "CNPGStorageNearFull",
      expr: `max by (persistentvolumeclaim) (kubelet_volume_stats_used_bytes{${pvc}} / kubelet_volume_stats_capacity_bytes{${pvc}}) > 0.8`,
      for: "15m",
      severity: "warning",
      summary: "A PostgreSQL volume is over 80% full",
      description: "Volume {{ $labels.persistentvolumeclaim }} is {{ $value | humanizePercentage }} full: PostgreSQL stops when its data or WAL volume fills",
    },
    {
      alert: "CNPGConnectionsNearLimit",
      expr: `sum by (pod) (cnpg_backends_total{${sel}}) / max by (pod) (cnpg_pg_settings_setting{${sel}, name="max_connections"}) > 0.8`,
      for: "10m",
      severity: "warning",
      summary: "PostgreSQL connections near max_connections",
      description: "Instance {{ $labels.pod }} uses {{ $value | humanizePercentage }} of max_connections",
    },
    {
      alert: "CNPGTransactionIdWraparoundRisk",
      expr: `max by (datname) (cnpg_pg_database_xid_age{${sel}}) > 300000000`,
      for: "1h",
      severity: "warning",
      summary: "A database's transaction ids are not being frozen",
      description: "Database {{ $labels.datname }} has a transaction id age of {{ $value }}: autovacuum is not keeping up, and PostgreSQL stops writes near 2 billion",
    },
  ];
  return alertRules({ name: o.name, namespace: o.namespace, groups: [{ name: "cloudnative-pg-cluster", interval: "30s", alerts }] });
}

/**
 * A pooler's alerts: fewer pods than asked, clients queueing for a server connection, and (when
 * the pool sizes are known) client connections near `max_client_conn` or every server connection
 * of a pool in use.
 */
export function poolerAlerts(o: { name: string; namespace: string; instances: number; maxClientConn?: number; defaultPoolSize?: number }): PrometheusRule {
  const sel = `namespace="${o.namespace}", pod=~"${o.name}-.+"`;
  const pooler = `${o.namespace}/${o.name}`;
  const alerts: Alert[] = [
    {
      alert: "CNPGPoolerNotHighlyAvailable",
      expr: `kube_deployment_status_replicas_available{namespace="${o.namespace}", deployment="${o.name}"} < ${o.instances}`,
      for: "5m",
      severity: "warning",
      summary: "A PgBouncer pooler runs fewer pods than asked",
      description: `Pooler ${pooler} has {{ $value }} of ${o.instances} pods available: a drain now cuts its clients`,
    },
    {
      alert: "CNPGPoolerClientsWaiting",
      expr: `sum(cnpg_pgbouncer_pools_cl_waiting{${sel}}) > 10`,
      for: "5m",
      severity: "warning",
      summary: "Clients are queueing in a PgBouncer pooler",
      description: `{{ $value }} clients of ${pooler} have waited for a server connection for 5 minutes: the pool is too small or queries are slow`,
    },
    {
      alert: "CNPGPoolerQueueDepthCritical",
      expr: `sum(cnpg_pgbouncer_pools_cl_waiting{${sel}}) > 20`,
      for: "2m",
      severity: "critical",
      summary: "Many clients are queueing in a PgBouncer pooler",
      description: `{{ $value }} clients of ${pooler} are waiting for a server connection`,
    },
  ];
  if (o.maxClientConn !== undefined) {
    alerts.push({
      alert: "CNPGPoolerConnectionsHigh",
      expr: `sum by (pod) (cnpg_pgbouncer_pools_cl_active{${sel}}) + sum by (pod) (cnpg_pgbouncer_pools_cl_waiting{${sel}}) > ${Math.floor(o.maxClientConn * 0.8)}`,
      for: "10m",
      severity: "warning",
      summary: "A PgBouncer pod is near max_client_conn",
      description: `Pod {{ $labels.pod }} of ${pooler} holds {{ $value }} client connections of ${o.maxClientConn}: past that, PgBouncer refuses clients`,
    });
  }
  if (o.defaultPoolSize !== undefined) {
    alerts.push({
      alert: "CNPGPoolerServerPoolExhausted",
      expr: `max by (pod, database, user) (cnpg_pgbouncer_pools_sv_active{${sel}}) >= ${o.defaultPoolSize}`,
      for: "5m",
      severity: "warning",
      summary: "A PgBouncer pool has every server connection in use",
      description: `Pool {{ $labels.database }}/{{ $labels.user }} of ${pooler} has used all ${o.defaultPoolSize} server connections for 5 minutes`,
    });
  }
  return alertRules({ name: o.name, namespace: o.namespace, groups: [{ name: "cloudnative-pg-pooler", interval: "30s", alerts }] });
}

/** The operator's alerts: its pods (from its PodMonitor, kube-state-metrics) and its controllers' and webhooks' errors. */
export function operatorAlerts(namespace: string, replicas: number): PrometheusRule {
  const sel = `namespace="${namespace}", pod=~"cloudnative-pg-.+"`;
  return alertRules({
    name: "cloudnative-pg",
    namespace,
    groups: [
      {
        name: "cloudnative-pg-operator",
        interval: "30s",
        alerts: [
          {
            alert: "CNPGOperatorDown",
            expr: `absent(up{${sel}} == 1)`,
            for: "5m",
            severity: "critical",
            summary: "The CloudNativePG operator is down",
            description: "No CloudNativePG operator has answered for 5 minutes: failovers, backups and roles are not reconciled, and its webhook refuses changes",
          },
          {
            alert: "CNPGOperatorNotHighlyAvailable",
            expr: `kube_deployment_status_replicas_available{namespace="${namespace}", deployment="cloudnative-pg"} < ${replicas}`,
            for: "15m",
            severity: "warning",
            summary: "The CloudNativePG operator runs fewer replicas than asked",
            description: `The CloudNativePG operator has {{ $value }} of ${replicas} replicas available`,
          },
          {
            alert: "CNPGOperatorHighRestarts",
            expr: `increase(kube_pod_container_status_restarts_total{${sel}}[15m]) > 2`,
            for: "5m",
            severity: "warning",
            summary: "The CloudNativePG operator keeps restarting",
            description: "Operator pod {{ $labels.pod }} restarted {{ $value }} times in 15 minutes",
          },
          {
            alert: "CNPGReconciliationErrors",
            expr: `sum by (controller) (rate(controller_runtime_reconcile_errors_total{${sel}}[5m])) > 0.1`,
            for: "15m",
            severity: "warning",
            summary: "CloudNativePG keeps failing to reconcile",
            description: "The operator's {{ $labels.controller }} controller fails {{ $value }} reconciliations a second",
          },
          {
            alert: "CNPGWebhookErrors",
            expr: `sum by (webhook) (rate(controller_runtime_webhook_requests_total{${sel}, code=~"5.."}[5m])) > 0.1`,
            for: "5m",
            severity: "warning",
            summary: "CloudNativePG's webhook is failing",
            description: "Webhook {{ $labels.webhook }} answers {{ $value }} errors a second: changes to PostgreSQL objects are refused",
          },
        ],
      },
    ],
  });
}
