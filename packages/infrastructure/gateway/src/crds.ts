import { readFileSync } from "node:fs";
import { CustomResourceDefinition } from "kubernetes-models/apiextensions.k8s.io/v1";
import { component, ConfigError, type Component } from "@k8s-gitops/core";
import pkg from "../package.json" with { type: "json" };

/** The Gateway API release whose CRDs the package ships (crds/, copied from vendor/crds/gateway-api). */
export const GATEWAY_API_VERSION = "1.4.0";

/** The files in crds/: one CRD each. */
const FILES = [
  "gateway.networking.k8s.io_backendtlspolicies.json",
  "gateway.networking.k8s.io_gatewayclasses.json",
  "gateway.networking.k8s.io_gateways.json",
  "gateway.networking.k8s.io_grpcroutes.json",
  "gateway.networking.k8s.io_httproutes.json",
  "gateway.networking.k8s.io_referencegrants.json",
  "gateway.networking.k8s.io_tcproutes.json",
  "gateway.networking.k8s.io_tlsroutes.json",
] as const;

/** The kinds the CRDs serve, as the reconcile check keys them. */
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

let loaded: readonly CustomResourceDefinition[] | undefined;

/** The CRDs as objects, read once from the files shipped in the package. */
export function gatewayApiCrdObjects(): readonly CustomResourceDefinition[] {
  loaded ??= FILES.map((file) => {
    const data: unknown = JSON.parse(readFileSync(new URL(`../crds/${file}`, import.meta.url), "utf8"));
    if (!CustomResourceDefinition.is(data)) {
      throw new ConfigError(`crds/${file} of ${pkg.name} is not an apiextensions.k8s.io/v1 CustomResourceDefinition`, { component: "gateway-api-crds" });
    }
    return new CustomResourceDefinition(data);
  });
  return loaded;
}

/**
 * The Gateway API CRDs, bootstrap phase 1: Cilium's gateway controller only starts when they
 * exist when the agent and operator start, and the gateways are custom resources of them. Never
 * pruned: deleting a CRD deletes every Gateway and route with it.
 */
export function gatewayApiCrds(): Component {
  return component({ name: "gateway-api-crds", resources: [...gatewayApiCrdObjects()], bootstrapPhase: 1, prune: false, package: pkg });
}
