import type { CheckContext } from "../context.ts";
import { asArray, asString, get } from "../json.ts";

const GATEWAY_GROUP = "gateway.networking.k8s.io";
const ROUTES = ["HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "UDPRoute"];

/** Gateway API routes attach to Gateways (and listeners) that exist. */
export function checkGatewayParents(ctx: CheckContext): void {
  for (const kind of ROUTES) {
    for (const route of ctx.index.kind(GATEWAY_GROUP, kind)) {
      asArray(get(route.object, "spec", "parentRefs")).forEach((ref, i) => {
        const group = asString(get(ref, "group")) ?? GATEWAY_GROUP;
        const refKind = asString(get(ref, "kind")) ?? "Gateway";
        const name = asString(get(ref, "name"));
        if (group !== GATEWAY_GROUP || refKind !== "Gateway" || !name) return;
        const ns = asString(get(ref, "namespace")) ?? route.namespace;
        const gw = ctx.index.get(GATEWAY_GROUP, "Gateway", ns, name);
        if (!gw) {
          ctx.report({ rule: "gateway-parent", at: route, field: `spec.parentRefs[${i}].name`, problem: `Gateway ${ns}/${name} does not exist: the route would never be attached`, fix: "reference a Gateway the networking component renders (and its namespace)" });
          return;
        }
        const section = asString(get(ref, "sectionName"));
        const listeners = asArray(get(gw.object, "spec", "listeners")).map((l) => asString(get(l, "name")));
        if (section && !listeners.includes(section)) {
          ctx.report({ rule: "gateway-parent", at: route, field: `spec.parentRefs[${i}].sectionName`, problem: `Gateway ${ns}/${name} has no listener "${section}" (listeners: ${listeners.join(", ")})`, fix: "name one of the Gateway's listeners" });
        }
      });
    }
  }
}
