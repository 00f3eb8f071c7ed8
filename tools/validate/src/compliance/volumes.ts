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

/** Daily or more often, in a five-field cron: day of month, month and day of week unrestricted. */
function runsDaily(fields: string[]): boolean {
  return fields.slice(2).every((f) => f === "*" || f === "?" || f === "*/1");
}

/** The schedule of a ReplicationSource: present, a five-field cron, at least daily. */
function schedule(rs: Manifest, at: Omit<Evaluation, "rule" | "field">): Evaluation {
  const base = { ...at, rule: "backup-schedule" as const, field: "spec.trigger.schedule" };
  const cron = asString(get(rs.object, "spec", "trigger", "schedule"));
  if (!cron) return { ...base, problem: "the replication has no schedule (manual trigger only)", fix: "set spec.trigger.schedule (a cron expression)" };
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5) return { ...base, problem: `schedule "${cron}" has ${fields.length} fields; VolSync's cron has five`, fix: 'write it like "0 3 * * *" (03:00 daily)' };
  if (!runsDaily(fields)) return { ...base, problem: `schedule "${cron}" runs less often than daily`, fix: "back up at least daily" };
  return base;
}

/**
 * Where a restic mover writes, when the tree shows it: the RESTIC_REPOSITORY an ExternalSecret
 * templates into the repository Secret (as volumeBackup() writes it). Undefined when the URL
 * only exists in the secret store: then transport is not claimed as checked.
 */
function resticRepository(ctx: CheckContext, rs: Manifest, secretName: string): { at: Manifest; url: string } | undefined {
  for (const es of ctx.index.kind("external-secrets.io", "ExternalSecret")) {
    if (es.namespace !== rs.namespace) continue;
    const target = asString(get(es.object, "spec", "target", "name")) ?? es.name;
    const url = asString(get(es.object, "spec", "target", "template", "data", "RESTIC_REPOSITORY"));
    if (target === secretName && url !== undefined) return { at: es, url };
  }
  return undefined;
}

/** restic over plain HTTP: an s3:/rest: repository whose endpoint is http://. */
function withoutTls(url: string): boolean {
  return /^(s3:|rest:)?http:\/\//.test(url);
}

function protects(rs: Manifest, s: DataStore): boolean {
  const pvc = asString(get(rs.object, "spec", "sourcePVC"));
  if (!pvc || rs.namespace !== s.at.namespace || !s.claim) return false;
  return s.claim.prefix ? pvc.startsWith(s.claim.name) : pvc === s.claim.name;
}

/**
 * Volume data under a framework is protected by a VolSync ReplicationSource scheduled at least
 * daily; a restic mover keeps encrypted snapshots for its retain policy (other movers keep no
 * history and no encryption at rest the tree can show) and, where the tree shows its repository
 * URL (an ExternalSecret templating RESTIC_REPOSITORY), reaches it over TLS; audit data declares
 * its object lock.
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
    out.push(schedule(rs, at));
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
    const tls = s.frameworks.filter((f) => FRAMEWORKS[f].tls);
    const secretName = asString(restic?.repository);
    const repo = tls.length && secretName ? resticRepository(ctx, rs, secretName) : undefined;
    if (repo) {
      const field = "spec.target.template.data.RESTIC_REPOSITORY";
      out.push(withoutTls(repo.url)
        ? { ...base, frameworks: tls, at: repo.at, rule: "backup-tls", field, problem: `the restic repository of claim ${claim} is ${repo.url}, without TLS (${requiredBy(tls)} encryption in transit)`, fix: "use the object store's https:// endpoint (s3:https://...)" }
        : { ...base, frameworks: tls, at: repo.at, rule: "backup-tls", field });
    }
  }
  const audit = immutability(s);
  if (audit) out.push(audit);
  return out;
}
