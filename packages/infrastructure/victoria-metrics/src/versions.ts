/**
 * The image versions the operator v0.64.0 release defaults to (its VM_METRICS_VERSION,
 * VM_LOGS_VERSION and Alertmanager defaults), pinned in every object so a new operator does not
 * roll the stores by itself.
 */
export const VERSIONS = {
  /** vmagent, vmalert, vmsingle; the cluster images are this with the -cluster suffix. */
  metrics: "v1.128.0",
  /** VictoriaLogs. */
  logs: "v1.36.1",
  alertmanager: "v0.28.1",
} as const;

export type Resources = { requests: { cpu: string; memory: string }; limits: { cpu?: string; memory: string } };
