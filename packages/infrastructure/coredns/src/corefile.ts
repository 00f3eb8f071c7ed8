import type { CorefileServer } from "./values.ts";

/**
 * The cluster zone served from the API and everything else forwarded to the node's resolver
 * (Talos' host DNS). The reference's HelmRelease set servers to a bare zone "." with no plugin
 * at all, which replaces the chart's default server: no kubernetes plugin (no cluster names), no
 * health or ready endpoint (the chart's probes fail, the pods never become ready).
 */
export function clusterServer(clusterDomain: string): CorefileServer {
  return {
    zones: [{ zone: "." }],
    port: 53,
    plugins: [
      { name: "errors" },
      { name: "health", configBlock: "lameduck 5s" },
      { name: "ready" },
      { name: "kubernetes", parameters: `${clusterDomain} in-addr.arpa ip6.arpa`, configBlock: "pods insecure\nfallthrough in-addr.arpa ip6.arpa\nttl 30" },
      { name: "prometheus", parameters: "0.0.0.0:9153" },
      { name: "forward", parameters: ". /etc/resolv.conf" },
      { name: "cache", parameters: 30 },
      { name: "loop" },
      { name: "reload" },
      { name: "loadbalance" },
    ],
  };
}
