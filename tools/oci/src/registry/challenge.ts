/** A WWW-Authenticate challenge (RFC 7235): scheme and parameters. */
export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/**
 * Parses the first challenge of a WWW-Authenticate header, e.g.
 * Bearer realm="https://harbor/service/token",service="harbor-registry",scope="repository:x:pull".
 */
export function parseChallenge(header: string): Challenge | undefined {
  const m = /^\s*([A-Za-z][A-Za-z0-9_-]*)\s*(.*)$/s.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  const re = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]*))\s*,?\s*/gy;
  const rest = m[2] ?? "";
  re.lastIndex = 0;
  for (let p = re.exec(rest); p; p = re.exec(rest)) {
    params[(p[1] ?? "").toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, "$1") : (p[3] ?? "");
    if (re.lastIndex >= rest.length) break;
  }
  return { scheme: (m[1] ?? "").toLowerCase(), params };
}
