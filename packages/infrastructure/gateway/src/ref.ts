import type { IPv4 } from "@k8s-gitops/core";

declare const gatewayBrand: unique symbol;

/**
 * A Gateway routes can attach to. Only gateways() makes these (the brand cannot be written
 * outside this package), so an HTTPRoute to a gateway that does not exist cannot be built.
 */
export interface GatewayRef {
  readonly name: string;
  readonly namespace: string;
  /** The HTTPS listener routes attach to. */
  readonly sectionName: "https";
  /** The names the gateway's certificate covers (e.g. *.monosense.io, monosense.io). */
  readonly tlsNames: readonly string[];
  /** The gateway's load-balancer IP. */
  readonly address: IPv4;
  /** The Service Cilium creates for the gateway (cilium-gateway-<name>), for in-cluster clients. */
  readonly service: { readonly name: string; readonly namespace: string };
  readonly [gatewayBrand]: true;
}

const issued = new WeakSet<object>();

/** Mints a ref (package-internal): the only place the brand is asserted. */
export function mintGatewayRef(fields: Omit<GatewayRef, typeof gatewayBrand>): GatewayRef {
  const ref = Object.freeze({ ...fields }) as GatewayRef;
  issued.add(ref);
  return ref;
}

/** Whether a value is a ref gateways() made (guards plain JavaScript callers and casts). */
export function isGatewayRef(value: unknown): value is GatewayRef {
  return typeof value === "object" && value !== null && issued.has(value);
}

/** Whether a certificate name (exact or one-label wildcard) covers a hostname. */
export function covers(certName: string, hostname: string): boolean {
  if (!certName.startsWith("*.")) return certName === hostname;
  const dot = hostname.indexOf(".");
  return dot > 0 && hostname.slice(dot + 1) === certName.slice(2);
}
