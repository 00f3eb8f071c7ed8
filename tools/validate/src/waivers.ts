import { ANNOTATIONS, parseWaivers, type RuleId, type Waiver } from "@k8s-gitops/core";
import type { RawFinding } from "./context.ts";
import { annotations } from "./json.ts";
import { describeManifest, type Finding, type Manifest } from "./types.ts";

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
