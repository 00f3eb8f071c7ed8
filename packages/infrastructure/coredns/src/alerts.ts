import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";

/** CoreDNS alerts: [name, expression, for, severity, summary, description]. */
const ALERTS = [
  ["CoreDNSAbsent", 'absent(up{job="coredns"})', "5m", "critical", "CoreDNS metrics absent", "CoreDNS metrics have been absent for 5 minutes"],
  ["CoreDNSDown", 'up{job="coredns"} == 0', "5m", "critical", "CoreDNS is down", "CoreDNS pod {{ $labels.pod }} is down"],
  ["CoreDNSHighErrorRate", 'rate(coredns_dns_responses_total{rcode="SERVFAIL"}[5m]) > 0.05', "10m", "warning", "CoreDNS high error rate", "CoreDNS error rate above 5% for 10 minutes"],
  ["CoreDNSLatencyHigh", "histogram_quantile(0.99, rate(coredns_dns_request_duration_seconds_bucket[5m])) > 1", "10m", "warning", "CoreDNS high latency", "CoreDNS p99 latency above 1s for 10 minutes"],
] as const;

/** Absent or down, SERVFAIL rate and p99 latency. */
export function coreDnsAlerts(namespace: string): PrometheusRule {
  return new PrometheusRule({
    metadata: { name: "coredns", namespace },
    spec: {
      groups: [
        {
          name: "coredns",
          interval: "30s",
          rules: ALERTS.map(([alert, expr, duration, severity, summary, description]) => ({ alert, expr, for: duration, labels: { severity }, annotations: { summary, description } })),
        },
      ],
    },
  });
}
