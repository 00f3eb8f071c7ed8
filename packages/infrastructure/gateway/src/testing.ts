import { component, ipv4, type Component } from "@k8s-gitops/core";
import { ConfigMap } from "kubernetes-models/v1";
import { gateways, type Gateways } from "./gateways.ts";

function standIn(name: string): Component {
  return component({ name, resources: [new ConfigMap({ metadata: { name, namespace: "test" } })] });
}

/**
 * Gateways on stand-in dependencies (external 10.25.11.110, internal 10.25.11.111, wildcard
 * certificate for *.monosense.io), for the tests of packages whose routes or clients need a
 * GatewayRef: only gateways() makes one.
 */
export function testGateways(cluster = "test"): Gateways {
  return gateways(
    {
      cluster,
      external: { name: "cilium-gateway-external", ip: ipv4("10.25.11.110") },
      internal: { name: "cilium-gateway-internal", ip: ipv4("10.25.11.111") },
      tls: { secret: { name: "wildcard-tls", namespace: "kube-system" }, names: ["*.monosense.io", "monosense.io"] },
    },
    { cilium: standIn("cilium"), ipam: standIn("cilium-ipam"), certificates: standIn("cert-manager-issuers") },
  );
}
