import type { DnsName, OnePasswordField, Port } from "@k8s-gitops/core";

/** Cloudflare: the public zone, records optionally proxied through Cloudflare. */
export interface CloudflareProvider {
  kind: "cloudflare";
  /** Proxy the records through Cloudflare (orange cloud). */
  proxied: boolean;
  /** The 1Password item with the API token and the zone id (properties CF_API_TOKEN, CF_ZONE_ID). */
  credentials: string;
}

export type TsigAlgorithm = "hmac-sha1" | "hmac-sha224" | "hmac-sha256" | "hmac-sha384" | "hmac-sha512";

/** RFC 2136 dynamic updates to the LAN's name server, signed with TSIG. */
export interface Rfc2136Provider {
  kind: "rfc2136";
  zone: DnsName;
  /** Default 53. */
  port?: Port;
  /** Default hmac-sha256. */
  tsigAlgorithm?: TsigAlgorithm;
  /**
   * The 1Password item with the server and the key: RFC2136_HOST, RFC2136_TSIG_KEYNAME and
   * RFC2136_TSIG_SECRET_BASE64 (the server's address is kept out of the repository).
   */
  credentials: string;
}

export type DnsProvider = CloudflareProvider | Rfc2136Provider;

/** What a provider needs: its flags, the Secret's keys (env variables) and where they come from. */
export interface ProviderSetup {
  args: string[];
  env: Record<string, OnePasswordField>;
  /** Hosts outside the cluster it talks to by name (for the namespace's FQDN policy), with the port. */
  apiHosts: readonly { name: string; port: number }[];
  /** Whether it talks DNS (port 53) to a server whose address only the Secret knows. */
  dnsUpdates: boolean;
}

/** Flags and credentials per provider; `$(VAR)` is expanded by the kubelet from the Secret's env. */
export function providerSetup(p: DnsProvider): ProviderSetup {
  switch (p.kind) {
    case "cloudflare":
      return {
        args: ["--provider=cloudflare", "--zone-id-filter=$(CF_ZONE_ID)", ...(p.proxied ? ["--cloudflare-proxied"] : [])],
        env: {
          CF_API_TOKEN: { item: p.credentials, property: "CF_API_TOKEN" },
          CF_ZONE_ID: { item: p.credentials, property: "CF_ZONE_ID" },
        },
        apiHosts: [{ name: "api.cloudflare.com", port: 443 }],
        dnsUpdates: false,
      };
    case "rfc2136":
      return {
        args: [
          "--provider=rfc2136",
          "--rfc2136-host=$(RFC2136_HOST)",
          `--rfc2136-port=${p.port ?? 53}`,
          `--rfc2136-zone=${p.zone}`,
          "--rfc2136-tsig-keyname=$(RFC2136_TSIG_KEYNAME)",
          "--rfc2136-tsig-secret=$(RFC2136_TSIG_SECRET)",
          `--rfc2136-tsig-secret-alg=${p.tsigAlgorithm ?? "hmac-sha256"}`,
          // The TXT registry lists the zone to find its records: a signed zone transfer.
          "--rfc2136-tsig-axfr",
        ],
        env: {
          RFC2136_HOST: { item: p.credentials, property: "RFC2136_HOST" },
          RFC2136_TSIG_KEYNAME: { item: p.credentials, property: "RFC2136_TSIG_KEYNAME" },
          RFC2136_TSIG_SECRET: { item: p.credentials, property: "RFC2136_TSIG_SECRET_BASE64" },
        },
        apiHosts: [],
        dnsUpdates: true,
      };
  }
}
