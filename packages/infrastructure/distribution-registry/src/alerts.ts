import type { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { alertRules } from "@k8s-gitops/prometheus-operator-crds";

/**
 * The registry not answering its scrape (a cluster that pulls its artifact from it stops
 * receiving changes), answering with server errors (storage trouble: pushes or pulls fail), and
 * its volume filling up (with deletion off the store only grows).
 */
export function registryAlerts(o: { name: string; namespace: string; claim: string }): PrometheusRule {
  const target = `namespace="${o.namespace}", service="${o.name}"`;
  const volume = `namespace="${o.namespace}", persistentvolumeclaim="${o.claim}"`;
  return alertRules({
    name: o.name,
    namespace: o.namespace,
    groups: [
      {
        name: "artifact-registry",
        alerts: [
          {
            alert: "ArtifactRegistryDown",
            expr: `absent(up{${target}} == 1)`,
            for: "10m",
            severity: "critical",
            summary: "The artifact registry is down",
            description: `${o.namespace}/${o.name} has not answered its metrics scrape for 10 minutes: the clusters that pull their artifact from it get no new revision (they keep running the last one)`,
          },
          {
            alert: "ArtifactRegistryServerErrors",
            expr: `sum by (handler) (rate(registry_http_requests_total{${target}, code=~"5.."}[10m])) > 0`,
            for: "10m",
            severity: "warning",
            summary: "The artifact registry answers with server errors",
            description: `${o.namespace}/${o.name} has answered {{ $labels.handler }} requests with 5xx for 10 minutes: pushes or pulls fail (see /debug/health on the metrics port and the pod's log)`,
          },
          {
            alert: "ArtifactRegistryVolumeNearFull",
            expr: `kubelet_volume_stats_used_bytes{${volume}} / kubelet_volume_stats_capacity_bytes{${volume}} > 0.8`,
            for: "15m",
            severity: "warning",
            summary: "The artifact registry's volume is over 80% full",
            description: `${o.namespace}/${o.claim} is {{ $value | humanizePercentage }} full: grow the claim, or delete old tags and run garbage-collect (see the distribution-registry README) before pushes fail`,
          },
        ],
      },
    ],
  });
}
