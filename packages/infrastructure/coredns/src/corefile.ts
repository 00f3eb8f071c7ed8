import type { CorefileServer } from "./values.ts";

/**
 * The cluster zone served from the API and everything else forwarded to the node's resolver
 * (Talos' host DNS). `servers` replaces the chart's default server whole, so this one is
 * complete: the kubernetes plugin (cluster names), health and ready (the chart's probes), metrics.
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
