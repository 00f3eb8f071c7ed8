export type { ComplianceCheck, FrameworkReport, StoreReport } from "./compliance/report.ts";
export { DEFAULT_PLATFORM, type Platform, type PlatformObject } from "./platform.ts";
export { formatJson } from "./report/json.ts";
export { summarize } from "./report/summary.ts";
export { formatText } from "./report/text.ts";
export { scanSecrets, type SecretHit } from "./secrets/scan.ts";
export { formatFinding, type Finding, type Severity } from "./types.ts";
export { validateDir, validateFiles, type ValidateOptions, type ValidationResult } from "./validate.ts";
