import { Gateway, GatewayClass } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1";
import { component, ConfigError, DNS_LABEL_RE, type Component, type IPv4 } from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };
import { mintGatewayRef, type GatewayRef } from "./ref.ts";

/** Cilium's Gateway API controller. */
export const CILIUM_GATEWAY_CONTROLLER = "io.cilium/gateway-controller";
export const GATEWAY_CLASS = "cilium";

export interface GatewayOptions {
  name: string;
  /** The load-balancer IP (from the cluster's pool; cilium-ipam checks it is). */
  ip: IPv4;
}

export interface GatewaysOptions {
  cluster: string;
  /** Namespace of the gateways (default kube-system, where the wildcard certificate's Secret is). */
  namespace?: string;
  /** The gateway Cloudflare's tunnel forwards public traffic to. */
  external: GatewayOptions;
  /** The gateway for names resolved on the LAN only. */
  internal: GatewayOptions;
  /** The certificate both gateways terminate TLS with: cert-manager's wildcard Secret and the names it covers. */
  tls: { secret: { readonly name: string; readonly namespace: string }; names: readonly string[] };
}

export interface Gateways {
  readonly component: Component;
  readonly external: GatewayRef;
  readonly internal: GatewayRef;
}

export function gatewayClass(): GatewayClass {
  return new GatewayClass({
    metadata: { name: GATEWAY_CLASS, labels: { "app.kubernetes.io/name": "cilium-gateway", "app.kubernetes.io/component": "gateway-controller" } },
    spec: { controllerName: CILIUM_GATEWAY_CONTROLLER, description: "Cilium Gateway API implementation using eBPF" },
  });
}

function gateway(g: GatewayOptions, namespace: string, tls: GatewaysOptions["tls"]): Gateway {
  return new Gateway({
    metadata: { name: g.name, namespace, labels: { "app.kubernetes.io/name": g.name, "app.kubernetes.io/component": "ingress" } },
    spec: {
      gatewayClassName: GATEWAY_CLASS,
      addresses: [{ type: "IPAddress", value: g.ip }],
      listeners: [
        { name: "http", protocol: "HTTP", port: 80, allowedRoutes: { namespaces: { from: "All" } } },
        {
          name: "https",
          protocol: "HTTPS",
          port: 443,
          allowedRoutes: { namespaces: { from: "All" } },
          tls: { mode: "Terminate", certificateRefs: [{ kind: "Secret", name: tls.secret.name, namespace: tls.secret.namespace }] },
        },
      ],
    },
  });
}

/**
 * The GatewayClass and the two Gateways, with typed refs for the routes of later workloads. It
 * waits for Cilium (the controller), the IP pool (the addresses) and the certificate component
 * (the Secret the HTTPS listeners present).
 */
export function gateways(o: GatewaysOptions, deps: { cilium: Component; ipam: Component; certificates: Component }): Gateways {
  const namespace = o.namespace ?? "kube-system";
  const where = { cluster: o.cluster, component: "cilium-gateway" };
  if (o.external.name === o.internal.name) throw new ConfigError(`the external and internal gateways are both named ${o.external.name}`, { ...where, field: "gateway.internalName" });
  if (o.external.ip === o.internal.ip) throw new ConfigError(`the external and internal gateways share ${o.external.ip}`, { ...where, field: "gateway.internalIp" });
  for (const [field, g] of [["gateway.externalName", o.external], ["gateway.internalName", o.internal]] as const) {
    // Cilium names the gateway's Service cilium-gateway-<name>: that too must be a DNS label.
    if (!DNS_LABEL_RE.test(`cilium-gateway-${g.name}`)) throw new ConfigError(`gateway name ${g.name} is too long or not a DNS label`, { ...where, field });
  }
  // A listener may only use a Secret of another namespace through a ReferenceGrant; keep them together.
  if (o.tls.secret.namespace !== namespace) {
    throw new ConfigError(`the TLS Secret is in ${o.tls.secret.namespace}, the gateways in ${namespace}: issue the certificate into the gateways' namespace`, {
      ...where,
      field: "tls.secret.namespace",
    });
  }
  if (o.tls.names.length === 0) throw new ConfigError("the gateways' certificate covers no name", { ...where, field: "tls.names" });
  const ref = (g: GatewayOptions) =>
    mintGatewayRef({
      name: g.name,
      namespace,
      sectionName: "https",
      tlsNames: [...o.tls.names],
      address: g.ip,
      service: { name: `cilium-gateway-${g.name}`, namespace },
    });
  return {
    component: component({
      name: "cilium-gateway",
      namespace,
      resources: [gatewayClass(), gateway(o.external, namespace, o.tls), gateway(o.internal, namespace, o.tls)],
      dependsOn: [deps.cilium, deps.ipam, deps.certificates],
      package: pkg,
    }),
    external: ref(o.external),
    internal: ref(o.internal),
  };
}
