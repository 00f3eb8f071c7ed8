import { ConfigError, describeObject, type Resource } from "@k8s-gitops/core";
import { ANNOTATIONS, withAnnotations } from "./annotations.ts";
import type { RawFinding } from "./context.ts";
import { annotations } from "./json.ts";
import { isRuleId, isWaivable, RULES, type RuleId, type WaivableRule } from "./rules.ts";
import { describeManifest, type Finding, type Manifest } from "./types.ts";

/**
 * Waives one rule for one object, with the reason the report shows:
 *
 *   waive(service, "service-selector", "selects the pods the cilium chart creates")
 *
 * Only waivable rules type-check; a reason is required and may not contain ";" (the separator
 * of several waivers in the annotation).
 */
export function waive<T extends Resource>(resource: T, rule: WaivableRule, reason: string): T {
  const text = reason.trim();
  if (!text || /[;\n]/.test(text)) {
    throw new ConfigError(`waive(${rule}): give a one-line reason without ";"`, { object: describeObject(resource), field: `metadata.annotations["${ANNOTATIONS.waive}"]` });
  }
  const current = resource.metadata?.annotations?.[ANNOTATIONS.waive];
  return withAnnotations(resource, { [ANNOTATIONS.waive]: current ? `${current}; ${rule}=${text}` : `${rule}=${text}` });
}

export interface Waiver {
  rule: WaivableRule;
  reason: string;
}

/** Waivers an object declares; malformed entries are returned as problems. */
export function parseWaivers(value: string | undefined): { waivers: Waiver[]; problems: string[] } {
  const waivers: Waiver[] = [];
  const problems: string[] = [];
  for (const entry of (value ?? "").split(";").map((e) => e.trim()).filter(Boolean)) {
    const eq = entry.indexOf("=");
    const rule = (eq < 0 ? entry : entry.slice(0, eq)).trim();
    const reason = eq < 0 ? "" : entry.slice(eq + 1).trim();
    if (!isRuleId(rule)) problems.push(`unknown rule "${rule}"`);
    else if (!isWaivable(rule)) problems.push(`rule ${rule} cannot be waived (${RULES[rule].summary})`);
    else if (!reason) problems.push(`waiver of ${rule} gives no reason`);
    else waivers.push({ rule, reason });
  }
  return { waivers, problems };
}

/**
 * Marks findings waived by their object, and reports bad waivers (errors) and waivers that
 * waive nothing (warnings: stale waivers hide the next real problem).
 */
export function applyWaivers(raw: readonly RawFinding[], manifests: readonly Manifest[], cluster: string): Finding[] {
  const out: Finding[] = [];
  const declared = new Map<Manifest, { waivers: Waiver[]; used: Set<RuleId> }>();
  for (const m of manifests) {
    const value = annotations(m.object)[ANNOTATIONS.waive];
    if (value === undefined) continue;
    const { waivers, problems } = parseWaivers(value);
    declared.set(m, { waivers, used: new Set() });
    for (const p of problems) {
      out.push(waiverFinding(m, cluster, "error", p, `write ${ANNOTATIONS.waive}: <rule>=<reason> with the typed waive() helper`));
    }
  }
  for (const { finding, at } of raw) {
    const d = at ? declared.get(at) : undefined;
    const w = d?.waivers.find((x) => x.rule === finding.rule);
    if (d && w) {
      d.used.add(w.rule);
      out.push({ ...finding, waived: w.reason });
    } else out.push(finding);
  }
  for (const [m, d] of declared) {
    for (const w of d.waivers) {
      if (!d.used.has(w.rule)) out.push(waiverFinding(m, cluster, "warning", `waives ${w.rule}, which finds nothing here`, "remove the stale waiver"));
    }
  }
  return out;
}

function waiverFinding(m: Manifest, cluster: string, severity: Finding["severity"], problem: string, fix: string): Finding {
  return {
    rule: "waiver",
    severity,
    cluster,
    component: m.component,
    file: m.file,
    object: describeManifest(m),
    apiVersion: m.apiVersion,
    field: `metadata.annotations["${ANNOTATIONS.waive}"]`,
    problem,
    fix,
  };
}
