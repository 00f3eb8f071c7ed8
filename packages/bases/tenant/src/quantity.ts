/** A CPU quantity as Kubernetes writes it: whole or decimal cores ("2", "0.5") or millicores ("500m"). */
export type CpuQuantity = `${number}` | `${number}m`;

/** A memory or storage quantity with a binary or decimal suffix ("512Mi", "2Gi", "1G"). */
export type MemoryQuantity = `${number}${"Ki" | "Mi" | "Gi" | "Ti" | "k" | "M" | "G" | "T"}`;

const MEMORY_UNITS: Readonly<Record<string, number>> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, k: 1e3, M: 1e6, G: 1e9, T: 1e12 };

/** Millicores of a CPU quantity, or undefined when it is not one. */
export function millicores(q: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(m?)$/.exec(q);
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2] === "m" ? n : n * 1000;
}

/** Bytes of a memory quantity, or undefined when it is not one. */
export function bytes(q: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)$/.exec(q);
  if (!m) return undefined;
  return Number(m[1]) * MEMORY_UNITS[m[2]!]!;
}
