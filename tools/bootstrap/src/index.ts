export { dayZero, dayZeroFiles, dayZeroJson, dryRun, phaseScript, type DayZero } from "./day-zero.ts";
export { parseRegistry } from "./flux.ts";
export { helmCommand, type HelmInstall } from "./network.ts";
export { dayZeroOptionsOf } from "./options.ts";
export { writeDayZero } from "./write.ts";
export {
  FLUX_COMPONENTS,
  FLUX_VERSION,
  PHASES,
  type ArtifactRegistry,
  type DayZeroOptions,
  type Phase,
  type PhaseName,
  type PhaseNumber,
  type TalosBootstrap,
  type TalosSecretsSource,
} from "./types.ts";
