import { asString, get } from "../json.ts";
import { retentionDays } from "@k8s-gitops/core";
import { immutability, retention } from "./shared.ts";
import type { DataStore, Evaluation } from "./stores.ts";

/** A VictoriaLogs store under a framework keeps logs for the required period; audit logs are object-locked. */
export function evaluateLogs(s: DataStore): Evaluation[] {
  const cluster = s.at.kind === "VLCluster";
  const field = cluster ? "spec.vlstorage.retentionPeriod" : "spec.retentionPeriod";
  const raw = asString(cluster ? get(s.at.object, "spec", "vlstorage", "retentionPeriod") : get(s.at.object, "spec", "retentionPeriod"));
  const out = [retention(s, s.frameworks, field, raw, raw === undefined ? undefined : retentionDays(raw), `set ${field}`)];
  const audit = immutability(s);
  if (audit) out.push(audit);
  return out;
}
