import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";

export interface KeycloakAlertsOptions {
  namespace: string;
  /** The scrape job: the Service the ServiceMonitor selects (Prometheus names the job after it). */
  job: string;
  /** Pods the instance should run. */
  instances: number;
  /** The JDBC pool's maximum size (Agroal exposes the pool's use, not its size). */
  poolMaxSize: number;
}

type Rule = readonly [alert: string, expr: string, duration: string, severity: "warning" | "critical", summary: string, description: string];

/**
 * The old repository's Keycloak alerts, on the metrics Keycloak 26.0 exposes with
 * `metrics-enabled` (Quarkus Micrometer, Agroal, JVM). Its rules that named metrics Keycloak does
 * not have are rewritten or left out:
 *
 * - `hikaricp_connections_*`: Keycloak's pool is Agroal, `agroal_active_count` and
 *   `agroal_awaiting_count`, against the configured pool size;
 * - `keycloak_failed_login_attempts`: not a Keycloak metric (it came from a third-party SPI);
 *   login failures are events, and event metrics only exist from 26.1: left out;
 * - the p99 of `http_server_requests_seconds_bucket`: Keycloak records no buckets unless
 *   histograms are switched on, so the mean of the timer's sum and count instead;
 * - heap used over `jvm_memory_max_bytes`: divides per memory pool, whose maxima are -1 for G1's
 *   young pools; `jvm_memory_usage_after_gc_percent` of the long-lived pool is the heap pressure
 *   Keycloak's own guide shows;
 * - `jgroups_failed_messages_total`: not a metric of Keycloak 26.0: left out; a lost member
 *   shows as KeycloakNotHighlyAvailable.
 */
export function keycloakAlerts(o: KeycloakAlertsOptions): PrometheusRule {
  const sel = `job="${o.job}",namespace="${o.namespace}"`;
  const groups: Record<string, readonly Rule[]> = {
    "keycloak.availability": [
      ["KeycloakDown", `up{${sel}} == 0`, "5m", "critical", "Keycloak instance {{ $labels.pod }} is down", "Keycloak pod {{ $labels.pod }} has been unreachable for 5 minutes"],
      [
        "KeycloakNotHighlyAvailable",
        `(count(up{${sel}} == 1) or vector(0)) < ${o.instances}`,
        "10m",
        "warning",
        "Keycloak runs fewer instances than it should",
        `{{ $value }} Keycloak instance(s) are up, ${o.instances} expected: logins and sessions have no spare`,
      ],
    ],
    "keycloak.performance": [
      [
        "KeycloakHighResponseTime",
        `sum by (pod) (rate(http_server_requests_seconds_sum{${sel}}[5m])) / sum by (pod) (rate(http_server_requests_seconds_count{${sel}}[5m])) > 2`,
        "10m",
        "warning",
        "Keycloak responds slowly",
        "Keycloak pod {{ $labels.pod }} has answered in {{ $value | humanizeDuration }} on average over 5 minutes",
      ],
    ],
    "keycloak.jvm": [
      [
        "KeycloakJVMMemoryHigh",
        `jvm_memory_usage_after_gc_percent{${sel},area="heap",pool="long-lived"} > 0.8`,
        "10m",
        "warning",
        "Keycloak heap usage high on {{ $labels.pod }}",
        "Keycloak pod {{ $labels.pod }} keeps {{ $value | humanizePercentage }} of its heap after garbage collection",
      ],
      [
        "KeycloakJVMMemoryCritical",
        `jvm_memory_usage_after_gc_percent{${sel},area="heap",pool="long-lived"} > 0.9`,
        "5m",
        "critical",
        "Keycloak heap nearly exhausted on {{ $labels.pod }}",
        "Keycloak pod {{ $labels.pod }} keeps {{ $value | humanizePercentage }} of its heap after garbage collection",
      ],
      [
        "KeycloakJVMGCPressure",
        `sum by (pod) (rate(jvm_gc_pause_seconds_count{${sel}}[5m])) > 5`,
        "10m",
        "warning",
        "Keycloak JVM under garbage-collection pressure",
        "Keycloak pod {{ $labels.pod }} pauses for garbage collection {{ $value }} times a second",
      ],
    ],
    "keycloak.database": [
      [
        "KeycloakDatabaseConnectionsHigh",
        `sum by (pod) (agroal_active_count{${sel}}) / ${o.poolMaxSize} > 0.8`,
        "10m",
        "warning",
        "Keycloak's database pool is mostly in use",
        `Keycloak pod {{ $labels.pod }} uses {{ $value | humanizePercentage }} of its ${o.poolMaxSize} database connections`,
      ],
      [
        "KeycloakDatabaseConnectionsExhausted",
        `sum by (pod) (agroal_awaiting_count{${sel}}) > 0`,
        "5m",
        "critical",
        "Keycloak requests wait for a database connection",
        "Keycloak pod {{ $labels.pod }} has had {{ $value }} request(s) waiting for a database connection for 5 minutes",
      ],
    ],
  };
  return new PrometheusRule({
    metadata: { name: "keycloak", namespace: o.namespace, labels: { "app.kubernetes.io/name": "keycloak", "app.kubernetes.io/component": "alerting" } },
    spec: {
      groups: Object.entries(groups).map(([name, rules]) => ({
        name,
        interval: "30s",
        rules: rules.map(([alert, expr, duration, severity, summary, description]) => ({
          alert,
          expr,
          for: duration,
          labels: { severity, component: "identity" },
          annotations: { summary, description },
        })),
      })),
    },
  });
}
