import type { Cidr } from "./values.ts";

/** A host outside the cluster by exact name or by pattern (`*.ns.cloudflare.com`). */
export type FqdnMatch = { name: string } | { pattern: string };

/** A port of an FQDN rule: a number is TCP; DNS to authoritative servers needs UDP too ("ANY"). */
export type FqdnPort = number | { port: number; protocol: "TCP" | "UDP" | "ANY" };

/** Pods of another namespace of the cluster (optionally only those with these labels), on some TCP ports. */
export interface Peer {
  namespace: string;
  podLabels?: Readonly<Record<string, string>>;
  /** TCP ports; every port when absent. */
  ports?: readonly number[];
  /**
   * The local side, by pod labels: only these pods of the declaring namespace accept the
   * connection (ingressFrom) or open it (egressTo). Every pod of the namespace when absent. A
   * database whose tenants each have their own pooler uses it so a tenant reaches its pooler only.
   */
  localPods?: Readonly<Record<string, string>>;
}

/**
 * What one namespace needs on top of the deny-all baseline and DNS: the data a component
 * carries so that the cluster's network-policies component renders one baseline per namespace
 * from the components it runs (no list of namespaces kept anywhere by hand).
 */
export interface NetworkAllowances {
  namespace: string;
  /** Talks to the Kubernetes API (operators, controllers). Default true. */
  kubeApi?: boolean;
  /** Pods of the namespace talk to each other. Default true. */
  internal?: boolean;
  /** Named hosts outside the cluster it may reach, with ports. */
  egressFqdns?: readonly { name: string; hosts: readonly FqdnMatch[]; ports: readonly FqdnPort[] }[];
  /** Runs an admission webhook or aggregated API the API server must reach. Default false. */
  apiServerIngress?: boolean;
  /** Fixed addresses outside the cluster it may reach (TCP), e.g. an object store by IP. */
  egressCidrs?: readonly { name: string; cidrs: readonly Cidr[]; ports: readonly number[] }[];
  /** Pods of other namespaces that may connect in (a database's tenants, a scraper). */
  ingressFrom?: readonly Peer[];
  /** Pods of other namespaces it connects to (its database, its cache). */
  egressTo?: readonly Peer[];
}
