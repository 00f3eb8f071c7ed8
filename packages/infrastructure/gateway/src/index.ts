export { GATEWAY_API_CRDS, GATEWAY_API_VERSION, gatewayApiCrdObjects, gatewayApiCrds } from "./crds.ts";
export {
  CILIUM_GATEWAY_CONTROLLER,
  GATEWAY_CLASS,
  gatewayClass,
  gateways,
  type GatewayOptions,
  type GatewayOutputs,
  type Gateways,
  type GatewaysOptions,
  type WildcardCertificate,
} from "./gateways.ts";
export { covers, isGatewayRef, type GatewayRef } from "./ref.ts";
export { httpRoute, type Backend, type HttpRouteOptions } from "./route.ts";
