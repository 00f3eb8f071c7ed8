import { cidr, ConfigError, DNS_LABEL_RE, type Cidr, type Component, type FqdnMatch, type FqdnPort, type OidcClient, type Peer } from "@k8s-gitops/core";
import type { DragonflyConnection } from "@k8s-gitops/dragonfly";
import type { PostgresConnection, SharedPostgresOutputs } from "@k8s-gitops/postgres-shared";

/** A CA behind a cert-manager ClusterIssuer (the platform's internal CA signs the database poolers' and caches' server certificates). */
export interface IssuerCa {
  readonly name: string;
  readonly kind: "ClusterIssuer";
  readonly group: "cert-manager.io";
}

/**
 * A CA the tenant's pods trust, available in the tenant's namespace as Secret `secret`, key
 * `ca.crt`: a certificate of the tenant's own from the same issuer, whose Secret carries the CA
 * (a pod cannot mount the provider namespace's Secret). One per issuer, however many servers it
 * signed.
 */
export interface TrustedCa {
  readonly issuer: IssuerCa;
  readonly secret: string;
  readonly key: "ca.crt";
}

const isRecord = (x: unknown): x is Readonly<Record<string, unknown>> => typeof x === "object" && x !== null;

/** The issuer of a connection's CA, as its provider states it (`{ issuer, key: "ca.crt" }`). */
function trustOf(ca: unknown, what: string): TrustedCa {
  if (isRecord(ca) && ca.key === "ca.crt" && isRecord(ca.issuer) && typeof ca.issuer.name === "string" && ca.issuer.kind === "ClusterIssuer" && ca.issuer.group === "cert-manager.io") {
    return { issuer: { name: ca.issuer.name, kind: "ClusterIssuer", group: "cert-manager.io" }, secret: `${ca.issuer.name}-trust`, key: "ca.crt" };
  }
  throw new ConfigError(`${what} CA is not a cert-manager ClusterIssuer's: a tenant can only trust a CA it can get a certificate from in its own namespace`, { field: "allowances" });
}

interface Named {
  /** Unique in the tenant: it names the policy (or the CA copy) the allowance renders. */
  readonly name: string;
}

/** Egress to pods of another namespace (a database's pooler, a cache), optionally from a provider component the tenant then depends on. */
export interface PeerEgress extends Named {
  readonly kind: "egress-to";
  readonly peer: Peer;
  /** The component that serves the peer: the tenant depends on it and checks that it admits the tenant's namespace. */
  readonly provider?: Component;
  /** The server's CA, made available in the tenant's namespace. */
  readonly trust?: TrustedCa;
}

/** The tenant's database: its pooler, with the connection facts the workload's values are built from. */
export interface PostgresAllowance extends PeerEgress {
  readonly service: "postgres";
  readonly connection: PostgresConnection;
  readonly provider: Component;
  readonly trust: TrustedCa;
}

/** The tenant's Dragonfly (Redis protocol), with its connection facts. */
export interface DragonflyAllowance extends PeerEgress {
  readonly service: "dragonfly";
  readonly connection: DragonflyConnection;
  readonly provider: Component;
  readonly trust: TrustedCa;
}

/** Egress to named hosts outside the cluster. */
export interface FqdnEgress extends Named {
  readonly kind: "egress-fqdn";
  readonly hosts: readonly FqdnMatch[];
  readonly ports: readonly FqdnPort[];
}

/** Egress to fixed addresses outside the cluster (TCP). */
export interface CidrEgress extends Named {
  readonly kind: "egress-cidr";
  readonly cidrs: readonly Cidr[];
  readonly ports: readonly number[];
}

/** The Kubernetes API (a CI runner creating job pods, a chart's hook writing Secrets). */
export interface KubeApi extends Named {
  readonly kind: "kube-api";
}

/** The cluster's gateways (Cilium's Envoy, the `ingress` entity): a service of this cluster by its public or LAN name. */
export interface GatewayEgress extends Named {
  readonly kind: "egress-gateway";
  readonly ports: readonly number[];
}

/** The gateways may call in: the backends of the tenant's HTTPRoutes, on these ports. */
export interface GatewayIngress extends Named {
  readonly kind: "ingress-gateway";
  readonly ports: readonly number[];
}

/**
 * Pods of another namespace may call in (a client of a service the tenant serves). Not for the
 * metrics agent: the baseline lets it scrape every guarded namespace.
 */
export interface PeerIngress extends Named {
  readonly kind: "ingress-from";
  readonly peer: Peer;
}

/** What a tenant may reach or be reached by: nothing else crosses its namespace's deny-all baseline (DNS to CoreDNS excepted, which every namespace has). */
export type Allowance = PeerEgress | FqdnEgress | CidrEgress | KubeApi | GatewayEgress | GatewayIngress | PeerIngress;

/** `<service>.<namespace>.svc`: the namespace of a connection's host. */
function serviceOf(host: string, what: string): { service: string; namespace: string } {
  const m = /^([a-z0-9-]+)\.([a-z0-9-]+)\.svc(?:\.cluster\.local)?$/.exec(host);
  if (!m) throw new ConfigError(`${what} host "${host}" is not <service>.<namespace>.svc: the tenant cannot tell which namespace to allow`, { field: "allowances" });
  return { service: m[1]!, namespace: m[2]! };
}

/** The label CloudNativePG puts on a pooler's pods (the Pooler's name, which is also its Service's). */
const POOLER_LABEL = "cnpg.io/poolerName";

/**
 * The tenant's own database on the shared PostgreSQL: egress to its pooler's pods only, on the
 * pooler's port; the server's CA copied into the tenant's namespace. `tenant` must be one of the
 * database's tenants (a misspelt one does not compile).
 */
export function postgres<const T extends string, K extends T>(database: Component<SharedPostgresOutputs<T>>, tenant: K): PostgresAllowance {
  const connection: PostgresConnection = database.outputs.connections[tenant];
  const { service, namespace } = serviceOf(connection.host, `database ${tenant}'s`);
  return {
    kind: "egress-to",
    service: "postgres",
    name: `postgres-${connection.database}`,
    peer: { namespace, podLabels: { [POOLER_LABEL]: service }, ports: [connection.port] },
    provider: database,
    connection,
    trust: trustOf(connection.ca, `database ${tenant}'s`),
  };
}

/** The tenant's Dragonfly instance: egress to its namespace (which holds that instance only), on the Redis port; its CA copied. */
export function dragonfly(cache: Component<{ readonly connection: DragonflyConnection }>): DragonflyAllowance {
  const connection = cache.outputs.connection;
  const { service, namespace } = serviceOf(connection.host, `cache ${cache.name}'s`);
  return {
    kind: "egress-to",
    service: "dragonfly",
    name: service,
    peer: { namespace, ports: [connection.port] },
    provider: cache,
    connection,
    trust: trustOf(connection.ca, `cache ${cache.name}'s`),
  };
}

/** A container registry by name, over HTTPS (pulls and pushes). */
export function registry(host: string, name = "registry"): FqdnEgress {
  return { kind: "egress-fqdn", name, hosts: [{ name: hostOf(host, "registry") }], ports: [443] };
}

/** The S3 object store: by address when the endpoint is an IP, by name otherwise; the endpoint's port. */
export function objectStore(endpoint: `http://${string}` | `https://${string}`): FqdnEgress | CidrEgress {
  const url = new URL(endpoint);
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  return /^\d+\.\d+\.\d+\.\d+$/.test(url.hostname)
    ? { kind: "egress-cidr", name: "object-store", cidrs: [cidr(`${url.hostname}/32`, { field: "allowances.objectStore" })], ports: [port] }
    : { kind: "egress-fqdn", name: "object-store", hosts: [{ name: url.hostname }], ports: [port] };
}

/** The identity provider of an OIDC client, by the issuer's name (discovery, token and keys endpoints). */
export function oidc(client: OidcClient): FqdnEgress {
  const url = new URL(client.issuerUrl);
  return { kind: "egress-fqdn", name: "oidc-issuer", hosts: [{ name: url.hostname }], ports: [url.port ? Number(url.port) : 443] };
}

/**
 * Any host by name on these ports (default HTTP and HTTPS): CI jobs fetching packages and
 * images. Cilium only allows addresses its DNS proxy saw resolved, so a bare IP stays closed.
 */
export function internet(ports: readonly FqdnPort[] = [80, 443]): FqdnEgress {
  return { kind: "egress-fqdn", name: "internet", hosts: [{ pattern: "*" }], ports };
}

/** Named hosts outside the cluster on given ports (an SMTP relay, a webhook target). */
export function hosts(name: string, names: readonly FqdnMatch[], ports: readonly FqdnPort[]): FqdnEgress {
  return { kind: "egress-fqdn", name, hosts: names, ports };
}

/** The Kubernetes API. */
export function kubeApi(): KubeApi {
  return { kind: "kube-api", name: "kube-api" };
}

/** The cluster's gateways, over HTTPS: another service of this cluster by its public or LAN name. */
export function gateway(ports: readonly number[] = [443]): GatewayEgress {
  return { kind: "egress-gateway", name: "gateway-egress", ports };
}

/** The gateways call in: the ports the tenant's HTTPRoutes send traffic to. */
export function fromGateway(ports: readonly number[]): GatewayIngress {
  return { kind: "ingress-gateway", name: "gateway-ingress", ports };
}

/** Pods of another namespace call in on these ports (a client of the tenant's service; the metrics agent's scrape is the baseline's). */
export function from(namespace: string, ports: readonly number[], podLabels?: Readonly<Record<string, string>>): PeerIngress {
  return { kind: "ingress-from", name: `from-${namespace}`, peer: { namespace, ports, ...(podLabels ? { podLabels } : {}) } };
}

/** Pods of another namespace the tenant calls (a service with no typed connection). */
export function to(namespace: string, ports: readonly number[], podLabels?: Readonly<Record<string, string>>): PeerEgress {
  return { kind: "egress-to", name: `to-${namespace}`, peer: { namespace, ports, ...(podLabels ? { podLabels } : {}) } };
}

function hostOf(host: string, what: string): string {
  const h = host.replace(/^https?:\/\//, "").replace(/[:/].*$/, "");
  if (!h.split(".").every((l) => DNS_LABEL_RE.test(l))) throw new ConfigError(`${what} "${host}" is not a host name`, { field: "allowances" });
  return h;
}
