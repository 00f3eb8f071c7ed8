import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";

/**
 * GitLab's alerts. The availability, queue, dependency and error-rate alerts of the old
 * repository, on metrics GitLab actually exports: its Redis and database alerts read counters
 * no GitLab component exposes, its error-rate ratios divided per series instead of in total,
 * and its certificate alert watched a job that does not exist (the gateway's certificate is
 * cert-manager's, which has its own alerts).
 */
export function gitlabAlerts(namespace: string, release: string): PrometheusRule {
  const web = `${release}-webservice-default`;
  return new PrometheusRule({
    metadata: { name: "gitlab", namespace, labels: { "app.kubernetes.io/name": "gitlab", "app.kubernetes.io/component": "alerting" } },
    spec: {
      groups: [
        {
          name: "gitlab.availability",
          rules: [
            {
              alert: "GitLabWebUnavailable",
              expr: `kube_deployment_status_replicas_available{namespace="${namespace}",deployment="${web}"} < 1`,
              for: "5m",
              labels: { severity: "critical" },
              annotations: {
                summary: "GitLab's web service has no available replica",
                description: "Users cannot reach the UI, the API or Git over HTTPS. Check the webservice pods, the database and Redis.",
              },
            },
            {
              alert: "GitLabSidekiqQueueBacklog",
              expr: "sidekiq_queue_size > 1000",
              for: "15m",
              labels: { severity: "warning" },
              annotations: {
                summary: "Sidekiq queue {{ $labels.name }} holds {{ $value }} jobs",
                description: "Background jobs wait for more than 15 minutes: scale Sidekiq or look for slow jobs (SMTP, webhooks).",
              },
            },
          ],
        },
        {
          name: "gitlab.dependencies",
          rules: [
            {
              alert: "GitLabDatabaseConnectionsDead",
              expr: "max by (pod) (gitlab_database_connection_pool_dead) > 0",
              for: "5m",
              labels: { severity: "critical" },
              annotations: {
                summary: "{{ $labels.pod }} holds dead database connections",
                description: "Connections to PostgreSQL through the tenant's pooler died: check the pooler and the PostgreSQL cluster.",
              },
            },
            {
              alert: "GitLabRedisErrors",
              expr: "sum by (storage) (increase(gitlab_redis_client_exceptions_total[5m])) > 10",
              for: "5m",
              labels: { severity: "critical" },
              annotations: {
                summary: "GitLab's Redis client ({{ $labels.storage }}) raised {{ $value }} errors in 5 minutes",
                description: "Check the tenant's Dragonfly instance, its password and its TLS certificate.",
              },
            },
            {
              alert: "GitLabObjectStorageErrors",
              // Workhorse counts only failed uploads in this counter.
              expr: "sum(increase(gitlab_workhorse_object_storage_upload_requests[10m])) > 50",
              for: "10m",
              labels: { severity: "warning" },
              annotations: {
                summary: "{{ $value }} object storage uploads failed in 10 minutes",
                description: "Check the S3 object store, its credentials and the buckets (artifacts, lfs, uploads, packages, registry).",
              },
            },
          ],
        },
        {
          name: "gitlab.performance",
          rules: [
            {
              alert: "GitLabHighErrorRate",
              expr: 'sum(rate(gitlab_workhorse_http_requests_total{code=~"5.."}[5m])) / sum(rate(gitlab_workhorse_http_requests_total[5m])) > 0.05',
              for: "10m",
              labels: { severity: "warning" },
              annotations: {
                summary: "{{ $value | humanizePercentage }} of GitLab's HTTP requests fail with 5xx",
                description: "Check the webservice logs and the database, Redis and object store.",
              },
            },
          ],
        },
      ],
    },
  });
}
