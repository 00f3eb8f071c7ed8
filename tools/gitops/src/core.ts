// @k8s-gitops/core reaches kubernetes-models' validators (ajv and its formats) through its
// models: loaded when a command needs it, not when the CLI starts. `push --layout`, `validate`
// and `--help` never load it for themselves.
export function core(): Promise<typeof import("@k8s-gitops/core")> {
  return import("@k8s-gitops/core");
}

/** Whether `err` is core's ConfigError (a finding: exit 1), loading core only to tell. */
export async function isConfigError(err: unknown): Promise<boolean> {
  return err instanceof Error && err.name === "ConfigError" && err instanceof (await core()).ConfigError;
}
