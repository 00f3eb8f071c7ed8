export { CILIUM_GATEWAY_CONTROLLER, GATEWAY_CLASS, gatewayClass, gateways, type GatewayOptions, type Gateways, type GatewaysOptions } from "./gateways.ts";
export { covers, isGatewayRef, type GatewayRef } from "./ref.ts";
export { httpRoute, type Backend, type HttpRouteOptions } from "./route.ts";
