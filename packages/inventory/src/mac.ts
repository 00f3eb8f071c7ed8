// Talos matches deviceSelectors.hardwareAddr as a glob against the link's MAC address in its
// lowercase, colon-separated form. A pattern in any other shape silently matches no port, and
// the node comes up without its bond; one that is too broad can grab an unrelated NIC.

const FULL_MAC = /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/;
/** At least the vendor OUI plus one octet must be literal, the wildcard only at the end. */
const MAC_PREFIX = /^([0-9a-f]{2}:){4,5}\*$/;

/** Why `pattern` is not a usable bond member pattern, or undefined when it is. */
export function macPatternProblem(pattern: string): string | undefined {
  if (FULL_MAC.test(pattern) || MAC_PREFIX.test(pattern)) return undefined;
  if (FULL_MAC.test(pattern.toLowerCase()) || MAC_PREFIX.test(pattern.toLowerCase())) {
    return `MAC pattern "${pattern}" must be lowercase: Talos compares it with the lowercase address and would match no port`;
  }
  if (/^([0-9a-fA-F]{2}:){0,3}\*$/.test(pattern)) {
    return `MAC pattern "${pattern}" is too broad: fix at least the vendor OUI and one more octet (e.g. f8:f2:1e:20:*)`;
  }
  return `"${pattern}" is not a MAC pattern: expected six colon-separated lowercase hex octets, or four or five followed by "*"`;
}
