import { ANNOTATIONS, withAnnotations } from "./annotations.ts";
import { ConfigError } from "./errors.ts";
import { describeObject, type Resource } from "./resource.ts";
import { isRuleId, isWaivable, RULES, type WaivableRule } from "./rules.ts";

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

