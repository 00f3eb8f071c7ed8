import type { CheckContext } from "../context.ts";
import { asObject, asString, get } from "../json.ts";
import type { Manifest } from "../types.ts";
import { FRAMEWORKS, requiredBy } from "@k8s-gitops/core";
import { immutability, retention } from "./shared.ts";
import type { DataStore, Evaluation } from "./stores.ts";

const RETAIN_DAYS: Record<string, number> = { hourly: 1 / 24, daily: 1, weekly: 7, monthly: 365 / 12, yearly: 365 };

/** How far back a restic retain policy keeps snapshots, in days. */
function resticDays(retain: ReturnType<typeof asObject>): number | undefined {
  if (!retain) return undefined;
  let days = 0;
  for (const [k, per] of Object.entries(RETAIN_DAYS)) {
    const n = retain[k];
    if (typeof n === "number") days = Math.max(days, n * per);
  }
  return days > 0 ? days : undefined;
}

function protects(rs: Manifest, s: DataStore): boolean {
  const pvc = asString(get(rs.object, "spec", "sourcePVC"));
  if (!pvc || rs.namespace !== s.at.namespace || !s.claim) return false;
  return s.claim.prefix ? pvc.startsWith(s.claim.name) : pvc === s.claim.name;
}

/**
 * Volume data under a framework is protected by a scheduled VolSync ReplicationSource; a restic
 * mover keeps encrypted snapshots for its retain policy (other movers keep no history and no
 * encryption at rest the tree can show), and audit data declares its object lock.
 */
export function evaluateVolume(ctx: CheckContext, s: DataStore): Evaluation[] {
  const claim = s.claim ? (s.claim.prefix ? `${s.claim.name}*` : s.claim.name) : s.at.name;
  const sources = ctx.index.kind("volsync.backube", "ReplicationSource").filter((rs) => protects(rs, s));
  const base = { store: s, frameworks: s.frameworks };
  if (sources.length === 0) {
    return [{ ...base, rule: "backup-schedule", field: "spec", problem: `no VolSync ReplicationSource protects claim ${claim} (${requiredBy(s.frameworks)} backups)`, fix: `add a ReplicationSource with spec.sourcePVC: ${claim.replace("*", "0")} and spec.trigger.schedule` }];
  }
  const out: Evaluation[] = [];
  for (const rs of sources) {
    const at = { ...base, at: rs };
    const schedule = asString(get(rs.object, "spec", "trigger", "schedule"));
    out.push(schedule ? { ...at, rule: "backup-schedule", field: "spec.trigger.schedule" } : { ...at, rule: "backup-schedule", field: "spec.trigger.schedule", problem: "the replication has no schedule (manual trigger only)", fix: "set spec.trigger.schedule (a cron expression)" });
    const restic = asObject(get(rs.object, "spec", "restic"));
    const retain = asObject(restic?.retain);
    const days = resticDays(retain);
    const shown = retain ? `${Object.entries(retain).map(([k, v]) => `${k} ${String(v)}`).join(", ")}${days ? ` (${Math.round(days)} days)` : ""}` : undefined;
    out.push({ ...retention(s, s.frameworks, "spec.restic.retain", shown, days, "set spec.restic.retain (e.g. yearly)"), at: rs });
    const enc = s.frameworks.filter((f) => FRAMEWORKS[f].encryption);
    if (enc.length) {
      out.push(restic
        ? { ...at, frameworks: enc, rule: "backup-encryption", field: "spec.restic" }
        : { ...at, frameworks: enc, rule: "backup-encryption", field: "spec", problem: `the ${Object.keys(asObject(get(rs.object, "spec")) ?? {}).find((k) => ["rsync", "rsyncTLS", "rclone", "syncthing"].includes(k)) ?? "configured"} mover keeps no encrypted copy at rest (${requiredBy(enc)} encrypted backups)`, fix: "use the restic mover (its repository is always encrypted)" });
    }
  }
  const audit = immutability(s);
  if (audit) out.push(audit);
  return out;
}
