import type { CheckContext } from "../context.ts";
import { asObject, asString, get } from "../json.ts";
import { type Framework, FRAMEWORKS, requiredBy, retentionDays } from "@k8s-gitops/core";
import { immutability, retention } from "./shared.ts";
import type { DataStore, Evaluation } from "./stores.ts";

const CNPG = "postgresql.cnpg.io";
const ENCRYPTIONS = ["AES256", "aws:kms"];

/** Daily or more often: day-of-month, month and day-of-week all unrestricted. */
function runsDaily(fields: string[]): boolean {
  return fields.slice(3).every((f) => f === "*" || f === "?" || f === "*/1");
}

/**
 * A CloudNativePG cluster under a framework: a ScheduledBackup of the configured method runs at
 * least daily, retentionPolicy meets the frameworks' minimum, the object store copy is
 * encrypted (data and WAL) and reached over https, and audit data has an object lock.
 */
export function evaluatePostgres(ctx: CheckContext, s: DataStore): Evaluation[] {
  const all = s.frameworks;
  const out: Evaluation[] = [...schedules(ctx, s)];
  const policy = asString(get(s.at.object, "spec", "backup", "retentionPolicy"));
  out.push(retention(s, all, "spec.backup.retentionPolicy", policy, policy === undefined ? undefined : retentionDays(policy), "set spec.backup.retentionPolicy"));
  const store = asObject(get(s.at.object, "spec", "backup", "barmanObjectStore"));
  const enc = all.filter((f) => FRAMEWORKS[f].encryption);
  if (enc.length) out.push(...encryption(s, enc, store));
  const tls = all.filter((f) => FRAMEWORKS[f].tls);
  if (tls.length && store) out.push(transport(s, tls, asString(store.endpointURL), asString(store.destinationPath)));
  const audit = immutability(s);
  if (audit) out.push(audit);
  return out;
}

function schedules(ctx: CheckContext, s: DataStore): Evaluation[] {
  const backup = asObject(get(s.at.object, "spec", "backup"));
  const methods = new Set([...(backup?.barmanObjectStore ? ["barmanObjectStore"] : []), ...(backup?.volumeSnapshot ? ["volumeSnapshot"] : [])]);
  const mine = ctx.index.kind(CNPG, "ScheduledBackup").filter((b) => b.namespace === s.at.namespace && asString(get(b.object, "spec", "cluster", "name")) === s.at.name);
  const base = { store: s, rule: "backup-schedule" as const, frameworks: s.frameworks };
  if (mine.length === 0) {
    return [{ ...base, field: "spec.backup", problem: `no ScheduledBackup backs up the cluster (${requiredBy(s.frameworks)} backups)`, fix: `add a ScheduledBackup with spec.cluster.name: ${s.at.name} and a daily schedule` }];
  }
  return mine.map((b): Evaluation => {
    const at = { ...base, at: b };
    const schedule = asString(get(b.object, "spec", "schedule")) ?? "";
    const fields = schedule.trim().split(/\s+/);
    const method = asString(get(b.object, "spec", "method")) ?? "barmanObjectStore";
    if (get(b.object, "spec", "suspend") === true) return { ...at, field: "spec.suspend", problem: "the scheduled backup is suspended", fix: "remove suspend" };
    if (fields.length !== 6) return { ...at, field: "spec.schedule", problem: `schedule "${schedule}" has ${fields.length} fields; CloudNativePG's cron has six (seconds first)`, fix: 'write it like "0 0 2 * * *" (02:00 daily)' };
    if (!runsDaily(fields)) return { ...at, field: "spec.schedule", problem: `schedule "${schedule}" runs less often than daily`, fix: "back up at least daily" };
    if (!methods.has(method)) return { ...at, field: "spec.method", problem: `method ${method} is not configured in the cluster's spec.backup`, fix: `configure spec.backup.${method} on Cluster ${s.at.name}, or use a configured method` };
    return { ...at, field: "spec.schedule" };
  });
}

function encryption(s: DataStore, frameworks: Framework[], store: ReturnType<typeof asObject>): Evaluation[] {
  const base = { store: s, rule: "backup-encryption" as const, frameworks };
  if (!store) {
    return [{ ...base, field: "spec.backup.barmanObjectStore", problem: `no object store backup whose encryption can be checked (${requiredBy(frameworks)} encrypted backups)`, fix: "back up to a barmanObjectStore with data and wal encryption" }];
  }
  return (["data", "wal"] as const).map((part): Evaluation => {
    const value = asString(get(store, part, "encryption"));
    const field = `spec.backup.barmanObjectStore.${part}.encryption`;
    if (value !== undefined && ENCRYPTIONS.includes(value)) return { ...base, field };
    return { ...base, field, problem: `${part} backups are ${value === undefined ? "not encrypted" : `encrypted with unknown "${value}"`}`, fix: `set ${part}.encryption: AES256 (or aws:kms)` };
  });
}

function transport(s: DataStore, frameworks: Framework[], endpoint: string | undefined, destination: string | undefined): Evaluation {
  const base = { store: s, rule: "backup-tls" as const, frameworks };
  if (endpoint !== undefined && !endpoint.startsWith("https://")) {
    return { ...base, field: "spec.backup.barmanObjectStore.endpointURL", problem: `backups go to ${endpoint} without TLS (${requiredBy(frameworks)} encryption in transit)`, fix: "use the object store's https:// endpoint" };
  }
  if (destination?.startsWith("http://")) {
    return { ...base, field: "spec.backup.barmanObjectStore.destinationPath", problem: `backups go to ${destination} without TLS`, fix: "use an s3:// destination with an https endpoint" };
  }
  return { ...base, field: "spec.backup.barmanObjectStore.endpointURL" };
}
