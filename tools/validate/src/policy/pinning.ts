import type { CheckContext } from "../context.ts";
import { asObject, asString, get } from "../json.ts";
import { fieldPath } from "../schema/path.ts";
import type { JsonValue } from "../schema/types.ts";
import type { Manifest } from "../types.ts";
import { containersOf, podTemplates } from "../workloads.ts";
import { EXACT_VERSION_RE } from "@k8s-gitops/core";
import { isFloatingTag, unpinnedImage } from "./versions.ts";

const PIN_FIX = "pin an exact version (x.y.z) or a digest: the same tree must always deploy the same bits";

/** Images and charts are pinned: no missing or moving tags, no version ranges. */
export function checkPinning(ctx: CheckContext): void {
  const image = (m: Manifest, field: string, ref: string | undefined): void => {
    const why = ref === undefined ? undefined : unpinnedImage(ref);
    if (why) ctx.report({ rule: "pinned-version", at: m, field, problem: why, fix: PIN_FIX });
  };
  for (const t of podTemplates(ctx.tree.manifests)) {
    for (const { path, container } of containersOf(t)) image(t.at, `${path}.image`, asString(container.image));
  }
  for (const m of ctx.index.kind("postgresql.cnpg.io", "Cluster")) image(m, "spec.imageName", asString(get(m.object, "spec", "imageName")));
  for (const m of ctx.index.kind("helm.toolkit.fluxcd.io", "HelmRelease")) {
    valuesImages(ctx, m, get(m.object, "spec", "values"), "spec.values");
    const chart = asObject(get(m.object, "spec", "chart", "spec"));
    if (chart) chartVersion(ctx, m, "spec.chart.spec.version", chart.version);
  }
  for (const m of ctx.index.kind("source.toolkit.fluxcd.io", "HelmChart")) chartVersion(ctx, m, "spec.version", get(m.object, "spec", "version"));
  for (const m of ctx.index.kind("source.toolkit.fluxcd.io", "OCIRepository")) ociRef(ctx, m);
}

function chartVersion(ctx: CheckContext, m: Manifest, field: string, version: JsonValue | undefined): void {
  if (typeof version === "string" && EXACT_VERSION_RE.test(version)) return;
  ctx.report({
    rule: "pinned-version",
    at: m,
    field,
    problem: version === undefined ? "no chart version: Flux takes the newest (*)" : `chart version ${JSON.stringify(version)} is not an exact version`,
    fix: PIN_FIX,
  });
}

function ociRef(ctx: CheckContext, m: Manifest): void {
  const ref = asObject(get(m.object, "spec", "ref"));
  const tag = asString(ref?.tag);
  const semver = asString(ref?.semver);
  if (asString(ref?.digest)) return;
  if (semver !== undefined) {
    if (!EXACT_VERSION_RE.test(semver)) ctx.report({ rule: "pinned-version", at: m, field: "spec.ref.semver", problem: `semver range "${semver}" picks whatever is newest`, fix: PIN_FIX });
    return;
  }
  if (tag === undefined) {
    ctx.report({ rule: "pinned-version", at: m, field: "spec.ref", problem: "no ref: Flux pulls the latest tag", fix: PIN_FIX });
  } else if (isFloatingTag(tag)) {
    ctx.report({ rule: "pinned-version", at: m, field: "spec.ref.tag", problem: `tag "${tag}" moves`, fix: PIN_FIX });
  }
}

/**
 * Chart values set images in two common shapes: `image: repo:tag` and
 * `image: { repository, tag }`. Only explicit moving tags are findings: a repository without a
 * tag leaves the chart's own pinned default in place.
 */
function valuesImages(ctx: CheckContext, m: Manifest, values: JsonValue | undefined, path: string): void {
  if (Array.isArray(values)) return values.forEach((v, i) => valuesImages(ctx, m, v, `${path}[${i}]`));
  const o = asObject(values);
  if (!o) return;
  for (const [k, v] of Object.entries(o)) {
    const p = fieldPath(path, k);
    if (k === "image" && typeof v === "string" && /[:@]/.test(v)) {
      const why = unpinnedImage(v);
      if (why) ctx.report({ rule: "pinned-version", at: m, field: p, problem: why, fix: PIN_FIX });
    } else if (k === "tag" && typeof v === "string" && isFloatingTag(v) && path.split(".").pop()?.toLowerCase().includes("image")) {
      ctx.report({ rule: "pinned-version", at: m, field: p, problem: `image tag "${v}" moves`, fix: PIN_FIX });
    } else valuesImages(ctx, m, v, p);
  }
}
