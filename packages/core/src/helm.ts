import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { HelmRepository, OCIRepository } from "@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1";
import { ConfigError } from "./errors.ts";
import { merge, type DeepPartial } from "./merge.ts";
import type { Duration } from "./values.ts";

/** Helm's OCI chart layer: Flux must extract exactly this layer from the chart artifact. */
export const HELM_CHART_LAYER = "application/vnd.cncf.helm.chart.content.v1.tar+gzip";

/** An exact (semver) version: no range, no wildcard, no "latest". The validator applies the same rule to the rendered tree. */
export const EXACT_VERSION_RE = /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

/** Last URL segments that name a registry folder, not a chart: the chart name is missing. */
const FOLDER_SEGMENTS = new Set(["charts", "chart", "helm", "helm-charts", "charts-mirror", "helmcharts"]);

/**
 * Why an oci:// URL is malformed, or undefined: a registry host and repository, no tag or digest
 * (the version goes in the ref), and for a chart, not a folder name as the last segment. Both
 * `ociChart` and the validator's check of OCIRepositories use this one rule. `chart` is the
 * chart's name, or `true` for a chart source whose chart name is not known (a rendered tree).
 */
export function ociUrlProblem(url: string, o: { chart?: string | true } = {}): string | undefined {
  if (!url.startsWith("oci://")) return `URL ${url} is not an oci:// URL`;
  const path = url.slice("oci://".length);
  if (!/^[a-z0-9.-]+(:\d+)?\/./.test(path)) return `URL ${url} has no registry host and repository`;
  const last = path.split("/").pop() ?? "";
  if (last.includes(":") || last.includes("@")) return `URL ${url} carries a tag or digest, which belongs in the version (spec.ref)`;
  if (o.chart === true && FOLDER_SEGMENTS.has(last)) return `URL ${url} names a registry folder, not a chart (the chart name is its last segment)`;
  if (typeof o.chart === "string" && last !== o.chart) {
    return `URL ${url} must end with the chart name (/${o.chart}); an OCI chart's repository is named after the chart`;
  }
  return undefined;
}

/**
 * Checks a chart's values at run time (generated from the chart's values.schema.json): the
 * problems found, each with the dotted path of the value. TypeScript types catch most mistakes;
 * this catches what reaches the release through a cast, JSON or a computed key.
 */
export type ValuesValidator = (values: unknown) => readonly { path: string; message: string }[];

/** A standalone JSON-schema validator as ajv generates it (what the codegen commits per chart). */
export interface SchemaValidator {
  (values: unknown): boolean;
  errors?: readonly { readonly instancePath: string; readonly keyword: string; readonly params: Readonly<Record<string, unknown>>; readonly message?: string }[] | null;
}

/** "/hubble/relay/replicas" -> "hubble.relay.replicas"; "/a/0/b" -> "a[0].b". */
function dottedPath(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((p) => p.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), "");
}

/**
 * A chart's generated schema validator as a `ValuesValidator`: each violation at its dotted path,
 * in the platform's words (an unknown key is "not a value of the chart").
 */
export function schemaValidator(validate: SchemaValidator): ValuesValidator {
  return (values) =>
    validate(values)
      ? []
      : (validate.errors ?? []).map((e) => {
          const at = dottedPath(e.instancePath);
          const extra = e.params["additionalProperty"];
          if (e.keyword === "additionalProperties" && typeof extra === "string") {
            return { path: at ? `${at}.${extra}` : extra, message: "is not a value of the chart (not in its values.schema.json)" };
          }
          const allowed = e.params["allowedValues"];
          const suffix = e.keyword === "enum" && Array.isArray(allowed) ? ` (${allowed.map((v) => JSON.stringify(v)).join(", ")})` : "";
          return { path: at, message: `${e.message ?? e.keyword}${suffix}` };
        });
}

/**
 * A chart at an exact version. `V` is the type of its values (generated from the chart's
 * values.schema.json where it ships one), so a HelmRelease cannot carry a misspelt value.
 */
export type Chart<V> = OciChart<V> | RepositoryChart<V>;

interface ChartBase<V> {
  name: string;
  version: string;
  /** The run-time check of its values, where upstream ships a schema. */
  validate?: ValuesValidator;
  /** Phantom field carrying the values type; never set. */
  readonly __values?: V;
}

export interface OciChart<V> extends ChartBase<V> {
  type: "oci";
  /** oci://registry/path/<chart name>, without a tag: the version goes in `version`. */
  url: `oci://${string}`;
}

export interface RepositoryChart<V> extends ChartBase<V> {
  type: "repository";
  /** https:// URL of a classic Helm repository (index.yaml). */
  repository: `https://${string}`;
}

/**
 * What is wrong with a chart's pin (a range or "latest", an OCI URL with a tag), or undefined.
 * Checked where the chart is released, so the error names the HelmRelease that uses it.
 */
function chartProblem(chart: Chart<unknown>): { problem: string; kind: string; field: string } | undefined {
  if (!EXACT_VERSION_RE.test(chart.version)) {
    const problem = `chart ${chart.name}: version "${chart.version}" is not an exact version (x.y.z): ranges and "latest" are not reproducible`;
    return chart.type === "oci" ? { problem, kind: "OCIRepository", field: "spec.ref.tag" } : { problem, kind: "HelmRelease", field: "spec.chart.spec.version" };
  }
  const problem = chart.type === "oci" ? ociUrlProblem(chart.url, { chart: chart.name }) : undefined;
  return problem ? { problem: `chart ${chart.name}: ${problem}`, kind: "OCIRepository", field: "spec.url" } : undefined;
}

/** A chart published as an OCI artifact (the chart name is the last path segment of the URL). */
export function ociChart<V = Record<string, unknown>>(o: { name: string; url: `oci://${string}`; version: string; validate?: ValuesValidator }): OciChart<V> {
  return { type: "oci", name: o.name, url: o.url, version: o.version, ...(o.validate ? { validate: o.validate } : {}) };
}

/** A chart from a classic https Helm repository. */
export function repositoryChart<V = Record<string, unknown>>(o: {
  name: string;
  repository: `https://${string}`;
  version: string;
  validate?: ValuesValidator;
}): RepositoryChart<V> {
  return { type: "repository", name: o.name, repository: o.repository, version: o.version, ...(o.validate ? { validate: o.validate } : {}) };
}

export interface HelmReleaseOptions<V> {
  /** Name of the HelmRelease and of its chart source. */
  name: string;
  namespace: string;
  chart: Chart<V>;
  /** The package's typed defaults (`export const defaults = {...} satisfies Values`). */
  defaults?: V;
  /**
   * The caller's overrides, deep-merged over `defaults`: nested objects merge key by key (a
   * sibling default survives), arrays and scalars replace. The one override mechanism of every
   * chart-based builder.
   */
  values?: DeepPartial<V>;
  /** Helm release name, when it must differ from `name`. */
  releaseName?: string;
  interval?: Duration;
  /** Install/upgrade timeout. */
  timeout?: Duration;
  /** Whether the chart's CRDs are installed and upgraded with it (default Skip: CRDs come from the CRD layer). */
  crds?: "Skip" | "Create" | "CreateReplace";
  /** How often the chart source is checked (default 12h: versions are pinned). */
  sourceInterval?: Duration;
}

/**
 * The chart source (OCIRepository with Helm's layerSelector, or HelmRepository) and the
 * HelmRelease that uses it, in the same namespace: Flux resolves chartRef/sourceRef in the
 * HelmRelease's namespace, so emitting them together makes a cross-namespace mismatch impossible.
 */
export function helmRelease<V>(o: HelmReleaseOptions<V>): [OCIRepository | HelmRepository, HelmRelease] {
  const pin = chartProblem(o.chart);
  if (pin) throw new ConfigError(pin.problem, { object: `${pin.kind}/${o.namespace}/${o.name}`, field: pin.field });
  const crds = o.crds ?? "Skip";
  const values = releaseValues(o);
  const release = {
    interval: o.interval ?? "30m",
    ...(o.releaseName ? { releaseName: o.releaseName } : {}),
    ...(o.timeout ? { timeout: o.timeout } : {}),
    install: { crds: crds === "CreateReplace" ? ("Create" as const) : crds, remediation: { retries: 3 } },
    upgrade: { crds, cleanupOnFail: true, remediation: { retries: 3, strategy: "rollback" as const } },
    rollback: { cleanupOnFail: true, recreate: true },
    ...(values !== undefined ? { values } : {}),
  };
  const meta = { name: o.name, namespace: o.namespace };
  if (o.chart.type === "oci") {
    const source = new OCIRepository({
      metadata: meta,
      spec: {
        interval: o.sourceInterval ?? "12h",
        url: o.chart.url,
        ref: { tag: o.chart.version },
        layerSelector: { mediaType: HELM_CHART_LAYER, operation: "copy" },
      },
    });
    const hr = new HelmRelease({
      metadata: meta,
      spec: { chartRef: { kind: "OCIRepository", name: o.name, namespace: o.namespace }, ...release },
    });
    return [source, hr];
  }
  const source = new HelmRepository({
    metadata: meta,
    spec: { interval: o.sourceInterval ?? "12h", url: o.chart.repository },
  });
  const hr = new HelmRelease({
    metadata: meta,
    spec: {
      chart: {
        spec: {
          chart: o.chart.name,
          version: o.chart.version,
          sourceRef: { kind: "HelmRepository", name: o.name, namespace: o.namespace },
          interval: o.sourceInterval ?? "12h",
        },
      },
      ...release,
    },
  });
  return [source, hr];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Defaults with the overrides merged in, checked against the chart's schema where it has one. */
function releaseValues<V>(o: HelmReleaseOptions<V>): Record<string, unknown> | undefined {
  const merged: unknown = o.defaults === undefined ? o.values : o.values === undefined ? o.defaults : merge(o.defaults, o.values);
  if (merged === undefined) return undefined;
  const where = { object: `HelmRelease/${o.namespace}/${o.name}` };
  if (!isRecord(merged)) throw new ConfigError("chart values must be an object", { ...where, field: "spec.values" });
  const problems = o.chart.validate?.(merged) ?? [];
  if (problems.length > 0) {
    const first = problems[0]!;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more: ${problems.slice(1, 4).map((p) => p.path).join(", ")})` : "";
    throw new ConfigError(`chart ${o.chart.name} ${o.chart.version}: ${first.message}${more}`, { ...where, field: `spec.values${first.path ? `.${first.path}` : ""}` });
  }
  return merged;
}
