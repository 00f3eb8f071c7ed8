import { VMRule } from "./generated/models/operator.victoriametrics.com/v1beta1/VMRule.ts";

/** One alerting rule: standard PromQL only (no MetricsQL extensions), so any checker parses it. */
export interface AlertRule {
  readonly alert: string;
  readonly expr: string;
  /** How long the condition must hold; absent: fire on the first evaluation. */
  readonly for?: string;
  readonly severity: "critical" | "warning" | "info";
  readonly summary: string;
  readonly description: string;
}

/** A VMRule of one group; the operator's own rules and those converted from PrometheusRules are evaluated alike. */
export function vmRule(name: string, namespace: string, group: string, rules: readonly AlertRule[]): VMRule {
  return new VMRule({
    metadata: { name, namespace },
    spec: {
      groups: [
        {
          name: group,
          rules: rules.map((r) => ({ alert: r.alert, expr: r.expr, ...(r.for ? { for: r.for } : {}), labels: { severity: r.severity }, annotations: { summary: r.summary, description: r.description } })),
        },
      ],
    },
  });
}

const jobs = (names: readonly string[]): string => (names.length === 1 ? `job="${names[0]}"` : `job=~"${names.join("|")}"`);

/**
 * The agent: its scrapes failing, its remote write failing or dropping data. The operator's
 * self-scrape names the job after the agent's Service (vmagent-<name>).
 */
export function agentRules(namespace: string, job = "vmagent-cluster"): VMRule {
  return vmRule("vmagent", namespace, "vmagent", [
    {
      alert: "VMAgentAbsent",
      expr: `absent(up{${jobs([job])}} == 1)`,
      for: "5m",
      severity: "critical",
      summary: "No vmagent of the cluster is up",
      description: "No vmagent instance has reported itself up for 5 minutes: the cluster's metrics are not collected.",
    },
    {
      alert: "VMAgentRemoteWriteErrors",
      expr: `sum by (job, instance) (rate(vmagent_remotewrite_requests_total{${jobs([job])}, status_code!~"2.."}[5m])) > 0`,
      for: "15m",
      severity: "warning",
      summary: "vmagent {{ $labels.instance }} fails to remote-write",
      description: "vminsert answers the agent's remote-write requests with errors; samples queue on the agent's disk until it recovers.",
    },
    {
      alert: "VMAgentDroppingData",
      expr: `sum by (job, instance) (increase(vm_persistentqueue_bytes_dropped_total{${jobs([job])}}[5m])) > 0`,
      severity: "critical",
      summary: "vmagent {{ $labels.instance }} drops samples",
      description: "The agent's remote-write queue is full: samples are being lost.",
    },
    {
      alert: "VMAgentScrapeErrors",
      expr: `sum by (job, instance) (increase(vm_promscrape_scrapes_failed_total{${jobs([job])}}[5m])) > 0`,
      for: "15m",
      severity: "warning",
      summary: "vmagent {{ $labels.instance }} fails to scrape some targets",
      description: "Some scrapes fail: check the agent's /targets page for the failing targets (a network policy, a wrong port).",
    },
  ]);
}

/** The VMCluster's components by the job the operator's self-scrape gives them (their Services' names). */
export function clusterRules(namespace: string, name: string): VMRule {
  const storage = `vmstorage-${name}`;
  const all = [`vminsert-${name}`, `vmselect-${name}`, storage];
  const free = `sum by (job, instance) (vm_free_disk_space_bytes{${jobs([storage])}})`;
  const used = `sum by (job, instance) (vm_data_size_bytes{${jobs([storage])}})`;
  return vmRule(`vmcluster-${name}`, namespace, "vmcluster", [
    {
      alert: "VMClusterComponentDown",
      expr: `up{${jobs(all)}} == 0`,
      for: "2m",
      severity: "critical",
      summary: "{{ $labels.job }} {{ $labels.instance }} is down",
      description: "A VictoriaMetrics cluster component has not answered its scrapes for 2 minutes.",
    },
    {
      alert: "VMClusterTooManyRestarts",
      expr: `changes(process_start_time_seconds{${jobs(all)}}[15m]) > 2`,
      severity: "warning",
      summary: "{{ $labels.job }} {{ $labels.instance }} restarts",
      description: "The component restarted more than twice in 15 minutes: it may be crash-looping or out of memory.",
    },
    {
      alert: "VMStorageDiskSpaceLow",
      expr: `${free} / (${free} + ${used}) < 0.2`,
      for: "30m",
      severity: "warning",
      summary: "vmstorage {{ $labels.instance }} has less than 20% of its volume free",
      description: "Grow the volume or shorten the retention before vmstorage turns read-only.",
    },
    {
      alert: "VMStorageDiskSpaceCritical",
      expr: `${free} / (${free} + ${used}) < 0.1`,
      for: "15m",
      severity: "critical",
      summary: "vmstorage {{ $labels.instance }} has less than 10% of its volume free",
      description: "vmstorage turns read-only when its volume is full and then accepts no samples.",
    },
    {
      alert: "VMStorageReadOnly",
      expr: `sum by (job, instance) (vm_storage_is_read_only{${jobs([storage])}}) > 0`,
      for: "5m",
      severity: "critical",
      summary: "vmstorage {{ $labels.instance }} is read-only",
      description: "The node's free space fell below -storage.minFreeDiskSpaceBytes: vminsert routes its samples to the other nodes.",
    },
    {
      alert: "VMInsertStorageConnectionSaturated",
      expr: `rate(vm_rpc_send_duration_seconds_total{${jobs([`vminsert-${name}`])}}[5m]) > 0.9`,
      for: "15m",
      severity: "warning",
      summary: "vminsert {{ $labels.instance }} spends most of its time sending to vmstorage {{ $labels.addr }}",
      description: "The connection to a vmstorage node is saturated: the node is overloaded or its disk is slow.",
    },
    {
      alert: "VMSelectConcurrencySaturated",
      expr: `avg_over_time(vm_concurrent_select_current{${jobs([`vmselect-${name}`])}}[5m]) / vm_concurrent_select_capacity{${jobs([`vmselect-${name}`])}} > 0.9`,
      for: "15m",
      severity: "warning",
      summary: "vmselect {{ $labels.instance }} runs at its concurrent query limit",
      description: "Queries queue on vmselect: add replicas or find the expensive dashboards.",
    },
  ]);
}

/** VMAlert (every cluster's) and the global Alertmanager. */
export function alertingRules(namespace: string, vmalertJob: string): VMRule {
  return vmRule("vmalert", namespace, "vmalert", [
    {
      alert: "VMAlertRuleErrors",
      expr: `sum by (job, group) (increase(vmalert_alerting_rules_errors_total{${jobs([vmalertJob])}}[5m])) + sum by (job, group) (increase(vmalert_recording_rules_errors_total{${jobs([vmalertJob])}}[5m])) > 0`,
      for: "15m",
      severity: "warning",
      summary: "Rules of group {{ $labels.group }} fail to evaluate",
      description: "VMAlert cannot evaluate some rules (a query error, or vmselect unreachable): their alerts cannot fire.",
    },
    {
      alert: "VMAlertNotificationErrors",
      expr: `sum by (job, addr) (increase(vmalert_alerts_send_errors_total{${jobs([vmalertJob])}}[5m])) > 0`,
      for: "10m",
      severity: "critical",
      summary: "VMAlert cannot send alerts to {{ $labels.addr }}",
      description: "Firing alerts do not reach the Alertmanager.",
    },
  ]);
}

export function alertmanagerRules(namespace: string, job: string): VMRule {
  return vmRule("vmalertmanager", namespace, "alertmanager", [
    {
      alert: "AlertmanagerNotificationsFailing",
      expr: `sum by (job, instance, integration) (rate(alertmanager_notifications_failed_total{${jobs([job])}}[5m])) > 0`,
      for: "10m",
      severity: "critical",
      summary: "Alertmanager {{ $labels.instance }} fails to notify {{ $labels.integration }}",
      description: "Notifications to a receiver fail: check its credentials in 1Password and the egress to its host.",
    },
    {
      alert: "AlertmanagerConfigNotLoaded",
      expr: `max by (job, instance) (alertmanager_config_last_reload_successful{${jobs([job])}}) == 0`,
      for: "10m",
      severity: "critical",
      summary: "Alertmanager {{ $labels.instance }} runs an old configuration",
      description: "The last configuration reload failed: routes or receivers changed since are not in effect.",
    },
  ]);
}

export function logsRules(namespace: string, job: string): VMRule {
  return vmRule(job, namespace, "victorialogs", [
    {
      alert: "VictoriaLogsDown",
      expr: `up{${jobs([job])}} == 0`,
      for: "2m",
      severity: "critical",
      summary: "VictoriaLogs {{ $labels.instance }} is down",
      description: "The fleet's log store does not answer: the clusters' log shippers buffer until it is back.",
    },
    {
      alert: "VictoriaLogsDiskSpaceLow",
      expr: `sum by (job, instance) (vl_free_disk_space_bytes{${jobs([job])}}) / (sum by (job, instance) (vl_free_disk_space_bytes{${jobs([job])}}) + sum by (job, instance) (vl_data_size_bytes{${jobs([job])}})) < 0.1`,
      for: "30m",
      severity: "warning",
      summary: "VictoriaLogs {{ $labels.instance }} has less than 10% of its volume free",
      description: "Grow the volume or shorten the retention: VictoriaLogs stops accepting logs when the volume is full.",
    },
  ]);
}

/** Hosts, from the node exporter: down, file systems or memory running out. */
export function nodeRules(namespace: string, job: string): VMRule {
  const fs = `${jobs([job])}, fstype!~"tmpfs|overlay|squashfs|ramfs", mountpoint!~"/run.*"`;
  return vmRule("node-exporter", namespace, "node", [
    {
      alert: "NodeExporterDown",
      expr: `up{${jobs([job])}} == 0`,
      for: "5m",
      severity: "warning",
      summary: "The node exporter on {{ $labels.instance }} is down",
      description: "The node's host metrics are not collected: its disk and memory alerts cannot fire.",
    },
    {
      alert: "NodeFilesystemSpaceLow",
      expr: `node_filesystem_avail_bytes{${fs}} / node_filesystem_size_bytes{${fs}} < 0.1 and node_filesystem_readonly{${fs}} == 0`,
      for: "30m",
      severity: "warning",
      summary: "{{ $labels.mountpoint }} on {{ $labels.instance }} has less than 10% free",
      description: "A node file system is filling up: the kubelet evicts pods when the node runs out of disk.",
    },
    {
      alert: "NodeMemoryLow",
      expr: `node_memory_MemAvailable_bytes{${jobs([job])}} / node_memory_MemTotal_bytes{${jobs([job])}} < 0.1`,
      for: "15m",
      severity: "warning",
      summary: "{{ $labels.instance }} has less than 10% of its memory available",
      description: "The node is short of memory: the kernel's OOM killer or the kubelet's evictions come next.",
    },
  ]);
}

/** Workloads, from kube-state-metrics (and the kubelets' volume statistics). */
export function kubernetesRules(namespace: string, job: string): VMRule {
  const ksm = jobs([job]);
  return vmRule("kubernetes", namespace, "kubernetes", [
    {
      alert: "KubePodCrashLooping",
      expr: `max_over_time(kube_pod_container_status_waiting_reason{${ksm}, reason="CrashLoopBackOff"}[5m]) >= 1`,
      for: "15m",
      severity: "warning",
      summary: "{{ $labels.namespace }}/{{ $labels.pod }} ({{ $labels.container }}) is crash-looping",
      description: "A container keeps restarting: read its previous logs.",
    },
    {
      alert: "KubePodNotReady",
      expr: `sum by (namespace, pod) (kube_pod_status_phase{${ksm}, phase=~"Pending|Unknown|Failed"}) > 0`,
      for: "15m",
      severity: "warning",
      summary: "{{ $labels.namespace }}/{{ $labels.pod }} has not been running for 15 minutes",
      description: "The pod is pending (no node, no volume, no image), failed or unknown.",
    },
    {
      alert: "KubeDeploymentReplicasMismatch",
      expr: `kube_deployment_spec_replicas{${ksm}} > kube_deployment_status_replicas_available{${ksm}}`,
      for: "15m",
      severity: "warning",
      summary: "Deployment {{ $labels.namespace }}/{{ $labels.deployment }} runs fewer replicas than it wants",
      description: "Some replicas have not been available for 15 minutes.",
    },
    {
      alert: "KubeStatefulSetReplicasMismatch",
      expr: `kube_statefulset_status_replicas_ready{${ksm}} < kube_statefulset_replicas{${ksm}}`,
      for: "15m",
      severity: "warning",
      summary: "StatefulSet {{ $labels.namespace }}/{{ $labels.statefulset }} runs fewer ready replicas than it wants",
      description: "Some replicas have not been ready for 15 minutes.",
    },
    {
      alert: "KubeDaemonSetNotScheduled",
      expr: `kube_daemonset_status_desired_number_scheduled{${ksm}} - kube_daemonset_status_current_number_scheduled{${ksm}} > 0`,
      for: "15m",
      severity: "warning",
      summary: "DaemonSet {{ $labels.namespace }}/{{ $labels.daemonset }} is missing on some nodes",
      description: "Pods of the DaemonSet are not scheduled on every node they should run on.",
    },
    {
      alert: "KubePersistentVolumeFillingUp",
      expr: `kubelet_volume_stats_available_bytes{job="kubelet"} / kubelet_volume_stats_capacity_bytes{job="kubelet"} < 0.1`,
      for: "15m",
      severity: "critical",
      summary: "Volume {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} has less than 10% free",
      description: "Grow the claim or free space before the workload fails to write.",
    },
  ]);
}
