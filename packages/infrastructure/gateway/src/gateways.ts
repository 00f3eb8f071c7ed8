import { Gateway, GatewayClass } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1";
import { component, ConfigError, DNS_LABEL_RE, type Component, type IPv4, type ObjectRef } from "@k8s-gitops/core";
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
}

/**
 * What the gateways need from the certificate component: the Secret both HTTPS listeners
 * present and the names it covers. cert-manager's issuers component (`Component<IssuerOutputs>`)
 * has these outputs.
 */
export interface WildcardCertificate {
  readonly wildcardSecret: ObjectRef;
  readonly wildcardNames: readonly string[];
}

/** The refs routes and clients attach to. */
export interface GatewayOutputs {
  readonly external: GatewayRef;
  readonly internal: GatewayRef;
}

/** The gateway component: the GatewayClass and both Gateways, with their refs as outputs. */
export type Gateways = Component<GatewayOutputs>;

export function gatewayClass(): GatewayClass {
  return new GatewayClass({
    metadata: { name: GATEWAY_CLASS, labels: { "app.kubernetes.io/name": "cilium-gateway", "app.kubernetes.io/component": "gateway-controller" } },
    spec: { controllerName: CILIUM_GATEWAY_CONTROLLER, description: "Cilium Gateway API implementation using eBPF" },
  });
}

function gateway(g: GatewayOptions, namespace: string, tls: ObjectRef): Gateway {
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
          tls: { mode: "Terminate", certificateRefs: [{ kind: "Secret", name: tls.name, namespace: tls.namespace }] },
        },
      ],
    },
  });
}

/**
 * The GatewayClass and the two Gateways, with typed refs for the routes of later workloads. It
 * waits for the Gateway API CRDs, Cilium (the controller), the pool (the addresses of the
 * Services Cilium creates for the gateways) and the certificate component (the Secret the
 * HTTPS listeners present).
 */
export function gateways(o: GatewaysOptions, deps: { gatewayApiCrds: Component; cilium: Component; ipam: Component; issuers: Component<WildcardCertificate> }): Gateways {
  const namespace = o.namespace ?? "kube-system";
  const where = { cluster: o.cluster, component: "cilium-gateway" };
  const tls = deps.issuers.outputs.wildcardSecret;
  const names = deps.issuers.outputs.wildcardNames;
  if (o.external.name === o.internal.name) throw new ConfigError(`the external and internal gateways are both named ${o.external.name}`, { ...where, field: "gateway.internalName" });
  if (o.external.ip === o.internal.ip) throw new ConfigError(`the external and internal gateways share ${o.external.ip}`, { ...where, field: "gateway.internalIp" });
  for (const [field, g] of [["gateway.externalName", o.external], ["gateway.internalName", o.internal]] as const) {
    // Cilium names the gateway's Service cilium-gateway-<name>: that too must be a DNS label.
    if (!DNS_LABEL_RE.test(`cilium-gateway-${g.name}`)) throw new ConfigError(`gateway name ${g.name} is too long or not a DNS label`, { ...where, field });
  }
  // A listener may only use a Secret of another namespace through a ReferenceGrant; keep them together.
  if (tls.namespace !== namespace) {
    throw new ConfigError(`the TLS Secret is in ${tls.namespace}, the gateways in ${namespace}: issue the certificate into the gateways' namespace`, {
      ...where,
      field: "issuers.outputs.wildcardSecret.namespace",
    });
  }
  if (names.length === 0) throw new ConfigError("the gateways' certificate covers no name", { ...where, field: "issuers.outputs.wildcardNames" });
  const ref = (g: GatewayOptions) =>
    mintGatewayRef({
      name: g.name,
      namespace,
      sectionName: "https",
      tlsNames: [...names],
      address: g.ip,
      service: { name: `cilium-gateway-${g.name}`, namespace },
    });
  return component({
    name: "cilium-gateway",
    namespace,
    resources: [gatewayClass(), gateway(o.external, namespace, tls), gateway(o.internal, namespace, tls)],
    dependsOn: [deps.gatewayApiCrds, deps.cilium, deps.ipam, deps.issuers],
    outputs: { external: ref(o.external), internal: ref(o.internal) },
    package: pkg,
  });
}
