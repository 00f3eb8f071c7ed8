import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2";
import { Deployment } from "kubernetes-models/apps/v1";
import { appRelease, type AppTemplateValues } from "@k8s-gitops/app-template";
import { component, ConfigError, healthCheck, merge, namespace, RELOADER_AUTO, type Component, type DeepPartial, type DnsName, type Resource } from "@k8s-gitops/core";
import { externalSecret, type SecretStore, type SecretStoreRef } from "@k8s-gitops/external-secrets";
import type { Gateways } from "@k8s-gitops/gateway";
import { alertRules } from "@k8s-gitops/prometheus-operator-crds";
import pkg from "../package.json" with { type: "json" };
import { configMap, tunnelConfig } from "./config.ts";

export { configMap, gatewayOrigin, tunnelConfig } from "./config.ts";

export const NAMESPACE = "cloudflared";

/** The cloudflared image, pinned. */
export const IMAGE = { repository: "docker.io/cloudflare/cloudflared", tag: "2025.10.1" } as const;

export interface CloudflaredOptions {
  cluster: string;
  domain: DnsName;
  replicas: number;
  /**
   * The 1Password item of this cluster's tunnel (properties CF_ACCOUNT_ID, CF_TUNNEL_ID,
   * CF_TUNNEL_SECRET). Two clusters must not run connectors of one tunnel: Cloudflare spreads a
   * tunnel's traffic over all its connectors, so each cluster would get the other's requests.
   */
  tunnel: string;
  /** The ServiceMonitor and the alerts. Default true. */
  monitoring?: boolean;
  /** Chart values, deep-merged over the release's app values. */
  values?: DeepPartial<AppTemplateValues>;
}

/** The token cloudflared expects: base64 of {"a": account, "t": tunnel id, "s": secret}. */
function tunnelSecret(o: CloudflaredOptions, store: SecretStoreRef) {
  const fields = ["CF_ACCOUNT_ID", "CF_TUNNEL_ID", "CF_TUNNEL_SECRET"] as const;
  const base = externalSecret({
    name: "cloudflared",
    namespace: NAMESPACE,
    store,
    secretName: "cloudflared-secret",
    data: Object.fromEntries(fields.map((f) => [f, { item: o.tunnel, property: f }])),
  });
  return merge(base, {
    spec: {
      target: {
        template: {
          engineVersion: "v2",
          data: { TUNNEL_TOKEN: '{{ toJson (dict "a" .CF_ACCOUNT_ID "t" .CF_TUNNEL_ID "s" .CF_TUNNEL_SECRET) | b64enc }}' },
        },
      },
    },
  });
}

/** Reaching the external gateway: Cilium's Envoy, which the policy engine knows as the ingress entity. */
function gatewayEgress(ns: string): CiliumNetworkPolicy {
  return new CiliumNetworkPolicy({
    metadata: { name: "allow-gateway-egress", namespace: ns },
    spec: { endpointSelector: {}, egress: [{ toEntities: ["ingress"], toPorts: [{ ports: [{ port: "443", protocol: "TCP" }] }] }] },
  });
}

/** The metrics endpoint down, or up with no connection to Cloudflare's edge (no public traffic arrives). */
export function cloudflaredAlerts(ns: string) {
  const target = `namespace="${ns}", service="cloudflared"`;
  return alertRules({
    name: "cloudflared",
    namespace: ns,
    groups: [
      {
        name: "cloudflared",
        alerts: [
          {
            alert: "CloudflaredDown",
            expr: `up{${target}} == 0`,
            for: "5m",
            severity: "warning",
            summary: "A cloudflared connector is not answering",
            description: `cloudflared pod {{ $labels.pod }} in ${ns} has not answered its metrics scrape for 5 minutes`,
          },
          {
            alert: "CloudflaredTunnelDisconnected",
            expr: `max by (pod) (cloudflared_tunnel_ha_connections{${target}}) < 1`,
            for: "5m",
            severity: "critical",
            summary: "A cloudflared connector has no connection to Cloudflare",
            description: "cloudflared pod {{ $labels.pod }} has held no connection to Cloudflare's edge for 5 minutes: public traffic does not reach the cluster through it",
          },
        ],
      },
    ],
  });
}

/**
 * The Cloudflare Tunnel connector: public traffic for *.<domain> enters through it, to the
 * external gateway of the gateway component. Its namespace's allowances beyond deny-all
 * (Cloudflare's edge and API, no Kubernetes API) are on the component.
 */
export function cloudflared(o: CloudflaredOptions, deps: { gateways: Gateways; secretStore: SecretStore; monitoringCrds: Component }): Component {
  const where = { cluster: o.cluster, component: "cloudflared" };
  if (!Number.isInteger(o.replicas) || o.replicas < 1) {
    throw new ConfigError(`replicas ${o.replicas} must be a positive integer`, { ...where, field: "cloudflared.replicas" });
  }
  const monitoring = o.monitoring ?? true;
  const config = configMap("cloudflared-config", NAMESPACE, tunnelConfig({ domain: o.domain, gateway: deps.gateways.outputs.external }));
  const release = appRelease({
    name: "cloudflared",
    namespace: NAMESPACE,
    image: IMAGE,
    command: ["cloudflared"],
    args: ["tunnel", "run"],
    env: { NO_AUTOUPDATE: "true", TUNNEL_METRICS: "0.0.0.0:8080", TUNNEL_POST_QUANTUM: "true", TUNNEL_TRANSPORT_PROTOCOL: "quic" },
    envFromSecret: "cloudflared-secret",
    replicas: o.replicas,
    user: 568,
    httpPort: 8080,
    probePath: "/ready",
    resources: { requests: { cpu: "10m" }, limits: { memory: "128Mi" } },
    configMaps: [{ name: "cloudflared-config", path: "/etc/cloudflared/config.yaml", subPath: "config.yaml" }],
    podAnnotations: { "checksum/config": config.digest },
    // The tunnel token is read from the environment at start: a rotated token needs new pods.
    annotations: RELOADER_AUTO,
    serviceMonitor: monitoring,
    values: o.values,
  });
  const resources: Resource[] = [
    namespace(NAMESPACE),
    config.configMap,
    tunnelSecret(o, deps.secretStore.outputs.storeRef),
    ...release,
    gatewayEgress(NAMESPACE),
    ...(monitoring ? [cloudflaredAlerts(NAMESPACE)] : []),
  ];
  return component({
    name: "cloudflared",
    namespace: NAMESPACE,
    resources,
    dependsOn: [deps.gateways, deps.secretStore, deps.monitoringCrds],
    healthChecks: [healthCheck(Deployment, "cloudflared", NAMESPACE)],
    network: {
      namespace: NAMESPACE,
      kubeApi: false,
      egressFqdns: [
        // QUIC (UDP) with HTTP/2 (TCP) as fallback, to Cloudflare's edge.
        { name: "allow-cloudflare-edge", hosts: [{ name: "region1.v2.argotunnel.com" }, { name: "region2.v2.argotunnel.com" }], ports: [{ port: 7844, protocol: "ANY" }] },
        { name: "allow-cloudflare-api", hosts: [{ name: "api.cloudflare.com" }], ports: [443] },
      ],
    },
    package: pkg,
  });
}
