const IDENT_RE = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** `spec.chartRef` for plain keys, `metadata.labels["app.kubernetes.io/name"]` for the others. */
export function fieldPath(parent: string, key: string): string {
  if (IDENT_RE.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}
