import { HELM_CHART_LAYER, ociUrlProblem } from "@k8s-gitops/core";
import type { CheckContext } from "../context.ts";
import { asObject, asString, get } from "../json.ts";
import type { Manifest } from "../types.ts";

const SOURCE_GROUP = "source.toolkit.fluxcd.io";
/** OCIRepositories that HelmReleases use as their chart. */
function chartSources(ctx: CheckContext): Set<Manifest> {
  const out = new Set<Manifest>();
  for (const hr of ctx.index.kind("helm.toolkit.fluxcd.io", "HelmRelease")) {
    const ref = asObject(get(hr.object, "spec", "chartRef"));
    if (asString(ref?.kind) !== "OCIRepository") continue;
    const src = ctx.index.get(SOURCE_GROUP, "OCIRepository", asString(ref?.namespace) ?? hr.namespace, asString(ref?.name) ?? "");
    if (src) out.add(src);
  }
  return out;
}

/**
 * OCI chart sources: an OCIRepository a HelmRelease uses must select Helm's chart layer
 * (without it Flux hands helm-controller the whole artifact, not the chart) and name the chart
 * in a well-formed URL; HelmRepositories use https, or oci:// with type oci.
 */
export function checkOciSources(ctx: CheckContext): void {
  const charts = chartSources(ctx);
  for (const m of ctx.index.kind(SOURCE_GROUP, "OCIRepository")) {
    const url = asString(get(m.object, "spec", "url"));
    const isChart = charts.has(m);
    const bad = url === undefined ? undefined : ociUrlProblem(url, isChart ? { chart: true } : {});
    if (bad) ctx.report({ rule: "oci-source", at: m, field: "spec.url", problem: bad, fix: "use oci://<registry>/<path>/<chart name> and give the version in spec.ref.tag" });
    if (!isChart) continue;
    const selector = asObject(get(m.object, "spec", "layerSelector"));
    const mediaType = asString(selector?.mediaType);
    if (!selector || mediaType !== HELM_CHART_LAYER) {
      ctx.report({
        rule: "oci-source",
        at: m,
        field: selector ? "spec.layerSelector.mediaType" : "spec.layerSelector",
        problem: selector ? `layerSelector selects ${mediaType ?? "no media type"}, not Helm's chart layer` : "the chart source has no layerSelector",
        fix: `set layerSelector {mediaType: ${HELM_CHART_LAYER}, operation: copy} (core's helmRelease() does)`,
      });
    } else if (asString(selector.operation) !== "copy") {
      ctx.report({ rule: "oci-source", at: m, field: "spec.layerSelector.operation", problem: `operation ${asString(selector.operation) ?? "(default extract)"} unpacks the chart`, fix: "set operation: copy so helm-controller receives the chart archive" });
    }
  }
  for (const m of ctx.index.kind(SOURCE_GROUP, "HelmRepository")) {
    const url = asString(get(m.object, "spec", "url")) ?? "";
    const oci = asString(get(m.object, "spec", "type")) === "oci";
    if (oci && !url.startsWith("oci://")) {
      ctx.report({ rule: "oci-source", at: m, field: "spec.url", problem: `type oci with URL ${url}`, fix: "give an oci:// URL, or prefer an OCIRepository per chart" });
    } else if (!oci && !url.startsWith("https://")) {
      ctx.report({ rule: "oci-source", at: m, field: "spec.url", problem: `URL ${url} is not https${url.startsWith("oci://") ? " (an oci:// URL needs type: oci)" : ""}`, fix: "use the repository's https:// URL, or an OCIRepository for OCI charts" });
    }
  }
}
