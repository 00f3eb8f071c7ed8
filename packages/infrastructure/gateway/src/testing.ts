import { ipv4 } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { gateways, type Gateways, type WildcardCertificate } from "./gateways.ts";

/**
 * Gateways on stand-in dependencies (external 10.25.11.110, internal 10.25.11.111, wildcard
 * certificate for *.monosense.io in kube-system), for the tests of packages whose routes or
 * clients need a GatewayRef: only gateways() makes one. A test cluster lists the stand-ins
 * too: `[...g.dependsOn, g]`.
 */
export function testGateways(cluster = "test"): Gateways {
  return gateways(
    {
      cluster,
      external: { name: "cilium-gateway-external", ip: ipv4("10.25.11.110") },
      internal: { name: "cilium-gateway-internal", ip: ipv4("10.25.11.111") },
    },
    {
      gatewayApiCrds: standIn("gateway-api-crds", { bootstrapPhase: 1 }),
      cilium: standIn("cilium", { bootstrapPhase: 2 }),
      ipam: standIn("cilium-ipam", { provides: { addressPools: true } }),
      issuers: standIn<WildcardCertificate>("cert-manager-issuers", {
        outputs: { wildcardSecret: { name: "wildcard-tls", namespace: "kube-system" }, wildcardNames: ["*.monosense.io", "monosense.io"] },
      }),
    },
  );
}
