import { alertRules, type Alert } from "@k8s-gitops/prometheus-operator-crds";
import type { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";

/**
 * The old repository's nine ARC alerts on the metrics ARC 0.13 exposes: the controller's
 * gha_controller_* gauges and the listeners' gha_* metrics (label `name`: the scale set). The old
 * rules' arc_runner_registered_count, arc_job_assignment_backlog, arc_job_startup_duration_seconds,
 * arc_runner_failed_total, arc_runner_running_total, arc_scale_set_max_runners and
 * arc_listener_active_total do not exist. The two on volumes and restarts read kubelet and
 * kube-state-metrics series of the runners' namespace.
 */
export function arcAlerts(o: { namespace: string; runnersNamespace: string; controllerDeployment: string }): PrometheusRule {
  const controller: Alert[] = [
    {
      alert: "ARCControllerDown",
      expr: `absent(up{namespace="${o.namespace}", pod=~"${o.controllerDeployment}-.*"} == 1)`,
      for: "5m",
      severity: "critical",
      summary: "The runner scale set controller is not running",
      description: "No controller pod has been scraped up for 5 minutes: runners are neither created nor removed.",
    },
    {
      alert: "ARCListenerDown",
      expr: "sum by (name) (gha_controller_running_listeners) < 1",
      for: "5m",
      severity: "critical",
      summary: "A runner scale set has no listener",
      description: "Scale set {{ $labels.name }} has no running listener: GitHub's jobs for it are not picked up.",
    },
    {
      alert: "ARCNoRunnersAvailable",
      expr: "max by (name) (gha_registered_runners) == 0 and max by (name) (gha_min_runners) > 0",
      for: "5m",
      severity: "critical",
      summary: "A runner scale set has no registered runner",
      description: "Scale set {{ $labels.name }} keeps warm runners but none is registered with GitHub: check the listener and the GitHub App credentials.",
    },
  ];
  const runners: Alert[] = [
    {
      alert: "ARCJobBacklog",
      expr: "max by (name) (gha_assigned_jobs - gha_running_jobs) > 10",
      for: "10m",
      severity: "warning",
      summary: "Jobs wait for runners",
      description: "{{ $value }} jobs assigned to scale set {{ $labels.name }} have waited for a runner for 10 minutes.",
    },
    {
      alert: "ARCSlowJobStartup",
      expr: "histogram_quantile(0.95, sum by (name, le) (rate(gha_job_startup_duration_seconds_bucket[5m]))) > 120",
      for: "10m",
      severity: "warning",
      summary: "Runners take long to start jobs",
      description: "The 95th percentile of job start-up of scale set {{ $labels.name }} is above 2 minutes (volume provisioning, image pulls).",
    },
    {
      alert: "ARCFailedRunners",
      expr: "max by (name) (gha_controller_failed_ephemeral_runners) > 0",
      for: "15m",
      severity: "warning",
      summary: "Ephemeral runners failed",
      description: "Scale set {{ $labels.name }} has had failed ephemeral runners for 15 minutes.",
    },
    {
      alert: "ARCApproachingMaxRunners",
      expr: "max by (name) (gha_busy_runners) / max by (name) (gha_max_runners) > 0.8",
      for: "10m",
      severity: "info",
      summary: "A runner scale set is near its maximum",
      description: "Scale set {{ $labels.name }} has used more than 80% of its maximum runners for 10 minutes.",
    },
  ];
  const storage: Alert[] = [
    {
      alert: "ARCStorageExhausted",
      expr: `kubelet_volume_stats_used_bytes{namespace="${o.runnersNamespace}"} / kubelet_volume_stats_capacity_bytes{namespace="${o.runnersNamespace}"} > 0.8`,
      for: "15m",
      severity: "warning",
      summary: "A runner's work volume is filling up",
      description: "Volume {{ $labels.persistentvolumeclaim }} (workspace and Docker's images) is more than 80% full: jobs may fail with no space left on device.",
    },
    {
      alert: "ARCDinDRestarting",
      expr: `increase(kube_pod_container_status_restarts_total{namespace="${o.runnersNamespace}", container="dind"}[10m]) > 2`,
      for: "5m",
      severity: "warning",
      summary: "The Docker daemon beside a runner restarts",
      description: "The dind sidecar of {{ $labels.pod }} restarted more than twice in 10 minutes.",
    },
  ];
  return alertRules({
    name: "actions-runner-controller",
    namespace: o.namespace,
    groups: [
      { name: "arc.controller", alerts: controller },
      { name: "arc.runners", alerts: runners },
      { name: "arc.storage", alerts: storage },
    ],
  });
}
