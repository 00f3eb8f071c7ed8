import type { CustomResourceDefinition } from "kubernetes-models/apiextensions.k8s.io/v1";
import { crdComponent, shippedCrds, type Component } from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };

/** The Gateway API release whose CRDs the package ships (crds/, from vendor/crds/gateway-api by scripts/sync-crds.mjs). */
export const GATEWAY_API_VERSION = "1.4.0";

/** The kinds the CRDs serve, as the reconcile check keys them (a test holds it equal to the shipped CRDs). */
export const GATEWAY_API_CRDS = [
  "gateway.networking.k8s.io/BackendTLSPolicy",
  "gateway.networking.k8s.io/GRPCRoute",
  "gateway.networking.k8s.io/Gateway",
  "gateway.networking.k8s.io/GatewayClass",
  "gateway.networking.k8s.io/HTTPRoute",
  "gateway.networking.k8s.io/ReferenceGrant",
  "gateway.networking.k8s.io/TCPRoute",
  "gateway.networking.k8s.io/TLSRoute",
] as const;

/** The CRDs as objects, read once from the files shipped in the package. */
export function gatewayApiCrdObjects(): readonly CustomResourceDefinition[] {
  return shippedCrds(new URL("../crds/", import.meta.url), pkg.name);
}

/**
 * The Gateway API CRDs, bootstrap phase 1: Cilium's gateway controller only starts when they
 * exist when the agent and operator start, and the gateways are custom resources of them.
 */
export function gatewayApiCrds(): Component {
  return crdComponent({ name: "gateway-api-crds", crds: gatewayApiCrdObjects(), package: pkg });
}
