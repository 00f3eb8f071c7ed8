import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";

/**
 * The old repository's alerts on the metrics Harbor 2.14 exposes. The chart's ServiceMonitor
 * labels every target job="harbor" (jobLabel app.kubernetes.io/name), so a component is told
 * apart by its Service; component health comes from the exporter's harbor_up; core's latency is
 * a summary (quantile label), not a histogram. The old rules' harbor_core_db_errors_total,
 * harbor_core_redis_errors_total, registry_storage_action_errors_total,
 * harbor_jobservice_scan_errors_total and harbor_certificate_expiry_timestamp do not exist.
 */
export function harborAlerts(namespace: string, release: string): PrometheusRule {
  const svc = (component: string) => `namespace="${namespace}", service="${release}-${component}"`;
  const up = (component: string) => `harbor_up{namespace="${namespace}", component="${component}"}`;
  return new PrometheusRule({
    metadata: { name: "harbor", namespace },
    spec: {
      groups: [
        {
          name: "harbor.availability",
          rules: [
            {
              alert: "HarborCoreUnavailable",
              expr: `absent(up{${svc("core")}} == 1)`,
              for: "5m",
              labels: { severity: "critical" },
              annotations: { summary: "Harbor core has no reachable replica: API, logins and the token service are down" },
            },
            {
              alert: "HarborRegistryUnavailable",
              expr: `absent(up{${svc("registry")}} == 1)`,
              for: "5m",
              labels: { severity: "critical" },
              annotations: { summary: "Harbor registry has no reachable replica: pulls and pushes fail, Flux cannot fetch artifacts" },
            },
            {
              alert: "HarborExporterDown",
              expr: `absent(up{${svc("exporter")}} == 1)`,
              for: "10m",
              labels: { severity: "warning" },
              annotations: { summary: "Harbor's exporter is not scraped: the component health alerts below cannot fire" },
            },
          ],
        },
        {
          name: "harbor.dependencies",
          rules: [
            {
              alert: "HarborDatabaseUnavailable",
              expr: `${up("database")} == 0`,
              for: "5m",
              labels: { severity: "critical" },
              annotations: { summary: "Harbor cannot reach its PostgreSQL database through the pooler" },
            },
            {
              alert: "HarborRedisUnavailable",
              expr: `${up("redis")} == 0`,
              for: "5m",
              labels: { severity: "critical" },
              annotations: { summary: "Harbor cannot reach its Dragonfly (Redis): sessions, caches and the job queue are down" },
            },
            {
              alert: "HarborJobserviceUnavailable",
              expr: `${up("jobservice")} == 0`,
              for: "10m",
              labels: { severity: "warning" },
              annotations: { summary: "Harbor's jobservice is down: replication, garbage collection and scans do not run" },
            },
            {
              alert: "HarborTrivyUnavailable",
              expr: `${up("trivy")} == 0`,
              for: "15m",
              labels: { severity: "warning" },
              annotations: { summary: "Harbor's Trivy scanner is down: artifacts are not scanned" },
            },
          ],
        },
        {
          name: "harbor.performance",
          rules: [
            {
              // Storage errors reach clients as 5xx from the registry.
              alert: "HarborRegistryErrors",
              expr: `sum(rate(registry_http_requests_total{${svc("registry")}, code=~"5.."}[10m])) / sum(rate(registry_http_requests_total{${svc("registry")}}[10m])) > 0.05`,
              for: "10m",
              labels: { severity: "warning" },
              annotations: { summary: "More than 5% of registry requests fail with a server error (object store or database trouble)" },
            },
            {
              alert: "HarborHighLatency",
              expr: `max(harbor_core_http_request_duration_seconds{${svc("core")}, quantile="0.9"}) > 5`,
              for: "10m",
              labels: { severity: "warning" },
              annotations: { summary: "Harbor core's 90th percentile request duration is above 5 seconds" },
            },
          ],
        },
      ],
    },
  });
}
