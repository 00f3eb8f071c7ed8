import { ConfigMap } from "kubernetes-models/v1";
import { createHash } from "node:crypto";
import { toYaml, type DnsName } from "@k8s-gitops/core";
import type { GatewayRef } from "@k8s-gitops/gateway";

/** The in-cluster URL of a gateway: the Service Cilium creates for it (cilium-gateway-<name>). */
export function gatewayOrigin(g: GatewayRef): `https://${string}` {
  return `https://${g.service.name}.${g.service.namespace}.svc.cluster.local`;
}

/**
 * The tunnel's ingress rules: every name under the domain goes to the external gateway over
 * HTTP/2, presenting external.<domain> (covered by the wildcard certificate) as SNI; anything
 * else gets a 404 from cloudflared itself. The origin is the Service Cilium creates for the
 * gateway, cilium-gateway-<gateway name>, taken from the gateway's ref.
 */
export function tunnelConfig(o: { domain: DnsName; gateway: GatewayRef }): string {
  return toYaml({
    ingress: [
      {
        hostname: `*.${o.domain}`,
        service: gatewayOrigin(o.gateway),
        originRequest: { http2Origin: true, originServerName: `external.${o.domain}` },
      },
      { service: "http_status:404" },
    ],
  });
}

/** The ConfigMap with config.yaml, and a digest of it for the pods' annotation (a change rolls them). */
export function configMap(name: string, namespace: string, config: string): { configMap: ConfigMap; digest: string } {
  return {
    configMap: new ConfigMap({ metadata: { name, namespace }, data: { "config.yaml": config } }),
    digest: createHash("sha256").update(config).digest("hex"),
  };
}
