import { readFileSync } from "node:fs";

/**
 * dist/validation.json as a build writes it: the validation report of the tree it packed, the
 * digests of that artifact, and whose artifact it is. `push --layout` reads it to push a built
 * layout without loading the cluster package or validating again.
 */
export interface ValidationRecord {
  ok: boolean;
  /** The cluster's name (the layout's tag and its io.k8s-gitops.cluster annotation). */
  cluster: string;
  /** The cluster package's package.json name. */
  package: string;
  /** The cluster's artifact target, when its cluster() sets one. */
  artifact?: { registry: string; repository: string };
  /** The artifact packed from the validated bytes. */
  validated: { manifest: string; layer: string };
  results: Record<string, unknown>[];
}

function isString(v: unknown): v is string {
  return typeof v === "string" && v !== "";
}

/**
 * The record in `file`, or undefined when there is none or it is not a build's record (an older
 * build's, without the cluster and package, or a file someone else wrote).
 */
export function readValidationRecord(file: string): ValidationRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const r = value as Partial<Record<keyof ValidationRecord, unknown>>;
  const validated = r.validated as Partial<Record<"manifest" | "layer", unknown>> | undefined;
  const artifact = r.artifact as Partial<Record<"registry" | "repository", unknown>> | undefined;
  if (typeof r.ok !== "boolean" || !isString(r.cluster) || !isString(r.package) || !Array.isArray(r.results)) return undefined;
  if (typeof validated !== "object" || validated === null || !isString(validated.manifest) || !isString(validated.layer)) return undefined;
  let target: ValidationRecord["artifact"];
  if (artifact !== undefined) {
    if (typeof artifact !== "object" || artifact === null || !isString(artifact.registry) || !isString(artifact.repository)) return undefined;
    target = { registry: artifact.registry, repository: artifact.repository };
  }
  return {
    ok: r.ok,
    cluster: r.cluster,
    package: r.package,
    ...(target ? { artifact: target } : {}),
    validated: { manifest: validated.manifest, layer: validated.layer },
    results: r.results as Record<string, unknown>[],
  };
}
