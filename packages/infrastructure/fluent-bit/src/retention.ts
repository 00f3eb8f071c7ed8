import { CLASSIFICATIONS, ConfigError, retentionDays, type DataClassification } from "@k8s-gitops/core";

/** A log retention as VictoriaLogs' `retentionPeriod` takes it: hours, days, weeks or years. */
export type RetentionPeriod = `${number}${"h" | "d" | "w" | "y"}`;

/**
 * How long logs of each data class are kept. Logs inherit the class of what they describe: a
 * workload handling confidential data writes confidential logs.
 *
 * Where it is enforced: VictoriaLogs keeps one `retentionPeriod` per instance (a VLSingle or
 * VLCluster; it has no retention per tenant or per stream), so the instance a class ships to
 * must keep at least that class's period: `instanceRetention` computes it for the classes an
 * instance receives. The VictoriaLogs instance reads it from the shipper's `outputs.logs`.
 */
export type LogRetention = Readonly<Record<DataClassification, RetentionPeriod>>;

/** Every class kept for `base` unless a class says otherwise; a class kept shorter than a less sensitive one is refused. */
export function logRetention(base: RetentionPeriod, overrides: Partial<LogRetention> = {}): LogRetention {
  const out = Object.fromEntries(CLASSIFICATIONS.map((c) => [c, overrides[c] ?? base])) as Record<DataClassification, RetentionPeriod>;
  let previous: { c: DataClassification; days: number } | undefined;
  for (const c of CLASSIFICATIONS) {
    const days = retentionDays(out[c]);
    if (days === undefined || days <= 0) throw new ConfigError(`"${out[c]}" is not a retention such as 30d or 1y`, { field: `logRetention.${c}` });
    if (previous && days < previous.days) {
      throw new ConfigError(`${c} logs kept ${out[c]}, shorter than ${previous.c} logs (${out[previous.c]}): a more sensitive class is kept at least as long`, { field: `logRetention.${c}` });
    }
    previous = { c, days };
  }
  return out;
}

/** The retention one VictoriaLogs instance must keep for the classes shipped to it: the longest of theirs. */
export function instanceRetention(r: LogRetention, classes: readonly DataClassification[]): RetentionPeriod {
  if (classes.length === 0) throw new ConfigError("an instance receives at least one class of logs", { field: "classes" });
  return classes.map((c) => r[c]).reduce((a, b) => ((retentionDays(b) ?? 0) > (retentionDays(a) ?? 0) ? b : a));
}
