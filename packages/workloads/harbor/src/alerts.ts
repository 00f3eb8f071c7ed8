import { alertRules } from "@k8s-gitops/prometheus-operator-crds";
import type { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";

/**
 * The old repository's alerts on the metrics Harbor 2.14 exposes. The chart's ServiceMonitor
 * labels every target job="harbor" (jobLabel app.kubernetes.io/name), so a component is told
 * apart by its Service; component health comes from the exporter's harbor_up; core's latency is
 * a summary (quantile label), not a histogram. The old rules' harbor_core_db_errors_total,
 * harbor_core_redis_errors_total, registry_storage_action_errors_total,
 * harbor_jobservice_scan_errors_total and harbor_certificate_expiry_timestamp do not exist (the
 * certificate is the gateway's, watched where cert-manager is).
 */
export function harborAlerts(namespace: string, release: string): PrometheusRule {
  const svc = (component: string) => `namespace="${namespace}", service="${release}-${component}"`;
  const up = (component: string) => `harbor_up{namespace="${namespace}", component="${component}"}`;
  return alertRules({
    name: "harbor",
    namespace,
    groups: [
      {
        name: "harbor.availability",
        alerts: [
          {
            alert: "HarborCoreUnavailable",
            expr: `absent(up{${svc("core")}} == 1)`,
            for: "5m",
            severity: "critical",
            summary: "Harbor core has no reachable replica",
            description: "No harbor-core target has been up for 5 minutes: the API, logins and the token service docker and Flux use are down.",
          },
          {
            alert: "HarborRegistryUnavailable",
            expr: `absent(up{${svc("registry")}} == 1)`,
            for: "5m",
            severity: "critical",
            summary: "Harbor registry has no reachable replica",
            description: "No harbor-registry target has been up for 5 minutes: pulls and pushes fail, and the clusters' Flux cannot fetch their artifacts.",
          },
          {
            alert: "HarborExporterDown",
            expr: `absent(up{${svc("exporter")}} == 1)`,
            for: "10m",
            severity: "warning",
            summary: "Harbor's exporter is not scraped",
            description: "The exporter reports harbor_up for every part of Harbor; without it the dependency alerts cannot fire.",
          },
        ],
      },
      {
        name: "harbor.dependencies",
        alerts: [
          {
            alert: "HarborDatabaseUnavailable",
            expr: `${up("database")} == 0`,
            for: "5m",
            severity: "critical",
            summary: "Harbor cannot reach its PostgreSQL database",
            description: "Harbor's exporter has reported the database (through the harbor pooler) down for 5 minutes.",
          },
          {
            alert: "HarborRedisUnavailable",
            expr: `${up("redis")} == 0`,
            for: "5m",
            severity: "critical",
            summary: "Harbor cannot reach its Dragonfly",
            description: "Harbor's exporter has reported Redis (Dragonfly) down for 5 minutes: sessions, caches and the job queue are unavailable.",
          },
          {
            alert: "HarborJobserviceUnavailable",
            expr: `${up("jobservice")} == 0`,
            for: "10m",
            severity: "warning",
            summary: "Harbor's jobservice is down",
            description: "Replication, garbage collection, retention and scans do not run while the jobservice is down.",
          },
          {
            alert: "HarborTrivyUnavailable",
            expr: `${up("trivy")} == 0`,
            for: "15m",
            severity: "warning",
            summary: "Harbor's Trivy scanner is down",
            description: "Artifacts pushed now are not scanned for vulnerabilities until Trivy is back.",
          },
        ],
      },
      {
        name: "harbor.performance",
        alerts: [
          {
            alert: "HarborRegistryErrors",
            expr: `sum(rate(registry_http_requests_total{${svc("registry")}, code=~"5.."}[10m])) / sum(rate(registry_http_requests_total{${svc("registry")}}[10m])) > 0.05`,
            for: "10m",
            severity: "warning",
            summary: "More than 5% of registry requests fail with a server error",
            description: "Object store or database trouble reaches clients as 5xx answers of the registry ({{ $value | humanizePercentage }}).",
          },
          {
            alert: "HarborHighLatency",
            expr: `max(harbor_core_http_request_duration_seconds{${svc("core")}, quantile="0.9"}) > 5`,
            for: "10m",
            severity: "warning",
            summary: "Harbor core answers slowly",
            description: "The 90th percentile of a core API operation has been above 5 seconds for 10 minutes ({{ $value }}s).",
          },
        ],
      },
    ],
  });
}
