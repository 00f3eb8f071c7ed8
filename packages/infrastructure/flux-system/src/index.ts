export { bootstrapObjects } from "./bootstrap.ts";
export { FLUX_SYNC_COMPONENT, fluxSync } from "./component.ts";
export { FLUX_CONTROLLERS, fluxAlerts, fluxPodMonitor } from "./monitoring.ts";
export { artifactSource, registryPullSecret, rootKustomization } from "./objects.ts";
export { FLUX_CONTENT_LAYER, resolve, type BootstrapOptions, type FluxSystemOptions, type RobotAccount, type FluxTarget, type ResolvedFlux } from "./options.ts";
