/** Where in the configuration something went wrong: every error names as much of it as is known. */
export interface ConfigLocation {
  cluster?: string;
  component?: string;
  /** kind/namespace/name or kind/name of the object. */
  object?: string;
  /** Dotted path of the field inside the object, e.g. spec.chartRef.name. */
  field?: string;
}

export function describeLocation(where: ConfigLocation): string {
  const parts: string[] = [];
  if (where.cluster) parts.push(`cluster ${where.cluster}`);
  if (where.component) parts.push(`component ${where.component}`);
  if (where.object) parts.push(where.object);
  if (where.field) parts.push(`field ${where.field}`);
  return parts.join(", ");
}

/**
 * A mistake in the configuration (as opposed to a bug or an I/O failure). Its message starts
 * with the location so that a platform engineer can go straight to the cluster, component,
 * object and field.
 */
export class ConfigError extends Error {
  readonly where: ConfigLocation;
  readonly problem: string;

  constructor(problem: string, where: ConfigLocation = {}) {
    const loc = describeLocation(where);
    super(loc ? `${loc}: ${problem}` : problem);
    this.name = "ConfigError";
    this.where = where;
    this.problem = problem;
  }

  /** The same problem, located more precisely (e.g. a component error re-thrown by the cluster). */
  within(where: ConfigLocation): ConfigError {
    return new ConfigError(this.problem, { ...where, ...this.where });
  }
}
