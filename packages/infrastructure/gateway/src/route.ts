import { HTTPRoute } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1";
import { ConfigError, dnsName, port } from "@k8s-gitops/core";
import { covers, isGatewayRef, type GatewayRef } from "./ref.ts";

/** A Service in the route's namespace, and its port. */
export interface Backend {
  service: string;
  port: number;
  /** Share of the traffic when there are several backends (default 1). */
  weight?: number;
}

export interface HttpRouteOptions {
  name: string;
  namespace: string;
  /** The gateway to attach to: a ref from gateways(), never a name typed by hand. */
  parent: GatewayRef;
  hostnames: readonly string[];
  backend: Backend | readonly Backend[];
  /** Path prefix matched (default /). */
  path?: `/${string}`;
  labels?: Record<string, string>;
}

/**
 * An HTTPRoute on a gateway's HTTPS listener. Every hostname must be one the gateway's
 * certificate covers: a name it does not (e.g. a second-level name under a one-level wildcard)
 * would be served with a certificate browsers reject.
 */
export function httpRoute(o: HttpRouteOptions): HTTPRoute {
  const where = { object: `HTTPRoute/${o.namespace}/${o.name}` };
  if (!isGatewayRef(o.parent)) throw new ConfigError("parent is not a gateway made by gateways(): take it from the gateway component", { ...where, field: "spec.parentRefs" });
  const parent = o.parent;
  if (o.hostnames.length === 0) throw new ConfigError("a route needs at least one hostname", { ...where, field: "spec.hostnames" });
  o.hostnames.forEach((h, i) => {
    const field = `spec.hostnames[${i}]`;
    try {
      dnsName(h);
    } catch (e) {
      throw e instanceof ConfigError ? e.within({ ...where, field }) : e;
    }
    if (!parent.tlsNames.some((n) => covers(n, h))) {
      throw new ConfigError(`${h} is not covered by gateway ${parent.name}'s certificate (${parent.tlsNames.join(", ")})`, { ...where, field });
    }
  });
  const backends: readonly Backend[] = ([] as Backend[]).concat(o.backend);
  if (backends.length === 0) throw new ConfigError("a route needs at least one backend", { ...where, field: "spec.rules[0].backendRefs" });
  backends.forEach((b, i) => {
    try {
      port(b.port);
    } catch (e) {
      throw e instanceof ConfigError ? e.within({ ...where, field: `spec.rules[0].backendRefs[${i}].port` }) : e;
    }
  });
  return new HTTPRoute({
    metadata: { name: o.name, namespace: o.namespace, ...(o.labels ? { labels: o.labels } : {}) },
    spec: {
      parentRefs: [{ group: "gateway.networking.k8s.io", kind: "Gateway", name: parent.name, namespace: parent.namespace, sectionName: parent.sectionName }],
      hostnames: [...o.hostnames],
      rules: [
        {
          matches: [{ path: { type: "PathPrefix", value: o.path ?? "/" } }],
          backendRefs: backends.map((b) => ({ kind: "Service", name: b.service, port: b.port, weight: b.weight ?? 1 })),
        },
      ],
    },
  });
}
