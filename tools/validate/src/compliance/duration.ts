/** Days in a retention unit: a year is 365 days, a month a twelfth of it. */
const UNIT_DAYS: Record<string, number> = { h: 1 / 24, d: 1, w: 7, m: 365 / 12, M: 365 / 12, y: 365 };

/**
 * A retention such as CNPG's retentionPolicy ("30d", "4w", "84m"), an object lock ("7y") or a
 * VictoriaLogs retentionPeriod ("1y", "400d"), in days; undefined when it is not one.
 * `m` means months (CNPG's unit), as does a bare number (VictoriaMetrics' convention).
 */
export function retentionDays(value: string): number | undefined {
  const m = /^\s*([1-9]\d*)\s*([hdwmMy]?)\s*$/.exec(value);
  if (!m) return undefined;
  return Number(m[1]) * (UNIT_DAYS[m[2] || "m"] ?? 0);
}

export function yearsToDays(years: number): number {
  return years * 365;
}
