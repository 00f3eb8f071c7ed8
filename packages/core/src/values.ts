import { ConfigError, type ConfigLocation } from "./errors.ts";

// Branded primitives for cluster values: a CIDR is parsed once, where it is written, so
// nothing downstream can receive "10.244.0.0/16 " or a host address posing as a network.
// Builders call the same functions again on what they render, with `where` (the component and
// field), so a value that reached them through a cast or JSON is still refused, located.

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type IPv4 = Brand<string, "IPv4">;
export type Cidr = Brand<string, "Cidr">;
export type Port = Brand<number, "Port">;
export type DnsName = Brand<string, "DnsName">;

/** A Go duration as Flux and Kubernetes take it: 30s, 5m, 1h, 1h30m, 720h. */
export type Duration = `${number}${"ms" | "s" | "m" | "h"}` | `${number}h${number}m` | `${number}m${number}s`;

const OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IPV4_RE = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);

export function ipv4(value: string, where?: ConfigLocation): IPv4 {
  if (typeof value !== "string" || !IPV4_RE.test(value)) throw new ConfigError(`"${String(value)}" is not an IPv4 address`, where);
  return value as IPv4;
}

export function ipv4ToInt(ip: IPv4 | string): number {
  return ip.split(".").reduce((acc, o) => acc * 256 + Number(o), 0);
}

export function intToIpv4(n: number): IPv4 {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join(".") as IPv4;
}

/** An IPv4 network in CIDR notation; the address must be the network address of the prefix. */
export function cidr(value: string, where?: ConfigLocation): Cidr {
  const m = typeof value === "string" ? /^([^/]+)\/(\d{1,2})$/.exec(value) : null;
  const prefix = m ? Number(m[2]) : NaN;
  if (!m || !IPV4_RE.test(m[1] ?? "") || prefix > 32) throw new ConfigError(`"${String(value)}" is not an IPv4 CIDR (a.b.c.d/n)`, where);
  const base = ipv4ToInt(m[1] ?? "");
  const size = 2 ** (32 - prefix);
  if (base % size !== 0) {
    throw new ConfigError(`"${value}" is not a network address: did you mean ${intToIpv4(base - (base % size))}/${prefix}?`, where);
  }
  return value as Cidr;
}

export function cidrRange(c: Cidr): { first: number; last: number } {
  const [addr = "", prefix = "32"] = c.split("/");
  const first = ipv4ToInt(addr);
  return { first, last: first + 2 ** (32 - Number(prefix)) - 1 };
}

export function cidrContains(c: Cidr, ip: IPv4 | string): boolean {
  const { first, last } = cidrRange(c);
  const n = ipv4ToInt(ip);
  return n >= first && n <= last;
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  const x = cidrRange(a);
  const y = cidrRange(b);
  return x.first <= y.last && y.first <= x.last;
}

export function port(value: number, where?: ConfigLocation): Port {
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new ConfigError(`${String(value)} is not a TCP/UDP port (1-65535)`, where);
  return value as Port;
}

const DNS_NAME_RE = /^(?=.{1,253}$)(\*\.)?([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$/;

/** A lowercase DNS name (optionally a wildcard), e.g. monosense.io or *.monosense.io. */
export function dnsName(value: string, where?: ConfigLocation): DnsName {
  if (typeof value !== "string" || !DNS_NAME_RE.test(value)) throw new ConfigError(`"${String(value)}" is not a lowercase DNS name`, where);
  return value as DnsName;
}

/** A Kubernetes object name (RFC 1123 label, at most 63 characters). */
export const DNS_LABEL_RE = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** A Kubernetes object name (RFC 1123 subdomain, at most 253 characters). */
export const DNS_SUBDOMAIN_RE = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

const DURATION_RE = /^(\d+(\.\d+)?(ms|s|m|h))+$/;
export function isDuration(value: string): value is Duration {
  return DURATION_RE.test(value);
}
