import type { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { alertRules } from "@k8s-gitops/prometheus-operator-crds";

/**
 * CoreDNS down or absent, its share of SERVFAIL answers and its p99 latency. The chart's
 * ServiceMonitor scrapes the `<fullname>-metrics` Service, whose name the targets carry.
 */
export function coreDnsAlerts(namespace: string, service = "coredns-metrics"): PrometheusRule {
  const target = `namespace="${namespace}", service="${service}"`;
  return alertRules({
    name: "coredns",
    namespace,
    groups: [
      {
        name: "coredns",
        interval: "30s",
        alerts: [
          {
            alert: "CoreDNSAbsent",
            expr: `absent(up{${target}} == 1)`,
            for: "5m",
            severity: "critical",
            summary: "No CoreDNS pod answers its metrics scrape",
            description: "No CoreDNS pod has answered for 5 minutes: cluster names may not resolve",
          },
          {
            alert: "CoreDNSDown",
            expr: `up{${target}} == 0`,
            for: "5m",
            severity: "warning",
            summary: "A CoreDNS pod is down",
            description: "CoreDNS pod {{ $labels.pod }} has not answered its metrics scrape for 5 minutes",
          },
          {
            alert: "CoreDNSHighErrorRate",
            expr: `sum(rate(coredns_dns_responses_total{${target}, rcode="SERVFAIL"}[5m])) / sum(rate(coredns_dns_responses_total{${target}}[5m])) > 0.05`,
            for: "10m",
            severity: "warning",
            summary: "CoreDNS answers over 5% of queries with SERVFAIL",
            description: "{{ $value | humanizePercentage }} of CoreDNS answers have been SERVFAIL for 10 minutes: check the upstream resolvers",
          },
          {
            alert: "CoreDNSLatencyHigh",
            expr: `histogram_quantile(0.99, sum by (le) (rate(coredns_dns_request_duration_seconds_bucket{${target}}[5m]))) > 1`,
            for: "10m",
            severity: "warning",
            summary: "CoreDNS p99 latency is over 1s",
            description: "The 99th percentile of CoreDNS request durations has been {{ $value | humanizeDuration }} for 10 minutes",
          },
        ],
      },
    ],
  });
}
