import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { HelmRepository, OCIRepository } from "@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1";
import { ConfigError } from "./errors.ts";
import type { Duration } from "./values.ts";

/** Helm's OCI chart layer: Flux must extract exactly this layer from the chart artifact. */
export const HELM_CHART_LAYER = "application/vnd.cncf.helm.chart.content.v1.tar+gzip";

const EXACT_VERSION_RE = /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

/**
 * A chart at an exact version. `V` is the type of its values (generated from the chart's
 * values.schema.json where it ships one), so a HelmRelease cannot carry a misspelt value.
 */
export type Chart<V> = OciChart<V> | RepositoryChart<V>;

interface ChartBase<V> {
  name: string;
  version: string;
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

function checkVersion(name: string, version: string): void {
  if (!EXACT_VERSION_RE.test(version)) {
    throw new ConfigError(`chart ${name}: version "${version}" is not an exact version (x.y.z): ranges and "latest" are not reproducible`);
  }
}

/** A chart published as an OCI artifact (the chart name is the last path segment of the URL). */
export function ociChart<V = Record<string, unknown>>(o: { name: string; url: `oci://${string}`; version: string }): OciChart<V> {
  checkVersion(o.name, o.version);
  const path = o.url.slice("oci://".length);
  const last = path.split("/").pop() ?? "";
  if (last.includes(":") || last.includes("@")) {
    throw new ConfigError(`chart ${o.name}: URL ${o.url} carries a tag or digest; give the version in "version" instead`);
  }
  if (last !== o.name) {
    throw new ConfigError(`chart ${o.name}: URL ${o.url} must end with the chart name (/${o.name}); an OCI chart's repository is named after the chart`);
  }
  if (!/^[a-z0-9.-]+(:\d+)?\//.test(path)) throw new ConfigError(`chart ${o.name}: URL ${o.url} has no registry host`);
  return { type: "oci", name: o.name, url: o.url, version: o.version };
}

/** A chart from a classic https Helm repository. */
export function repositoryChart<V = Record<string, unknown>>(o: { name: string; repository: `https://${string}`; version: string }): RepositoryChart<V> {
  checkVersion(o.name, o.version);
  return { type: "repository", name: o.name, repository: o.repository, version: o.version };
}

export interface HelmReleaseOptions<V> {
  /** Name of the HelmRelease and of its chart source. */
  name: string;
  namespace: string;
  chart: Chart<V>;
  values?: V;
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
  const crds = o.crds ?? "Skip";
  const release = {
    interval: o.interval ?? "30m",
    ...(o.releaseName ? { releaseName: o.releaseName } : {}),
    ...(o.timeout ? { timeout: o.timeout } : {}),
    install: { crds: crds === "CreateReplace" ? ("Create" as const) : crds, remediation: { retries: 3 } },
    upgrade: { crds, cleanupOnFail: true, remediation: { retries: 3, strategy: "rollback" as const } },
    rollback: { cleanupOnFail: true, recreate: true },
    ...(o.values !== undefined ? { values: o.values as Record<string, unknown> } : {}),
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
