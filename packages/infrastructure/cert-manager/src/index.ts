import {
  component,
  deploymentHealth,
  dnsName,
  helmRelease,
  namespace,
  ociChart,
  type Component,
  type DnsName,
} from "@k8s-gitops/core";
import { externalSecret, type OnePasswordField, type SecretStoreComponent } from "@k8s-gitops/external-secrets";
import type { NamespacePolicy } from "@k8s-gitops/network-policies";
import pkg from "../package.json" with { type: "json" };
import type { CertManagerValues } from "./generated/values.ts";
import { ACME_SERVERS, letsEncryptIssuer, wildcardCertificate, type AcmeEnvironment } from "./issuers.ts";

export { ACME_SERVERS, letsEncryptIssuer, wildcardCertificate, type AcmeEnvironment, type CloudflareTokenSecret } from "./issuers.ts";
export type { CertManagerValues } from "./generated/values.ts";

export const NAMESPACE = "cert-manager";

/** The chart, pinned (quay.io/jetstack/charts/cert-manager). */
export function chart(version = "v1.19.0") {
  return ociChart<CertManagerValues>({ name: "cert-manager", url: "oci://quay.io/jetstack/charts/cert-manager", version });
}

export interface CertManagerOptions {
  /** Chart version (default: the pinned one). */
  version?: string;
  acmeEmail: string;
  /** The domain of the wildcard certificate and the DNS-01 zone. */
  domain: DnsName | string;
  /** Where the Cloudflare DNS-01 API token lives in 1Password: never the token itself. */
  cloudflareToken: OnePasswordField;
  /** Namespace of the wildcard certificate's Secret, where the gateways read it (default kube-system). */
  wildcardNamespace?: string;
  /** Issuer of the wildcard certificate (default production). */
  wildcardIssuer?: AcmeEnvironment;
  /** Create a ServiceMonitor (needs the prometheus-operator CRDs in the cluster). Default false. */
  serviceMonitor?: boolean;
  /** Extra chart values, merged over the defaults. */
  values?: CertManagerValues;
}

export interface CertManager {
  /** The controller: namespace, chart source and HelmRelease (which installs the CRDs). */
  readonly controller: Component;
  /** Issuers, the Cloudflare token ExternalSecret and the wildcard certificate. */
  readonly issuers: Component;
  /** Name of the Secret holding the wildcard certificate, and its namespace. */
  readonly wildcardSecret: { readonly name: string; readonly namespace: string };
  readonly components: readonly [Component, Component];
  /** What the namespace needs beyond deny-all: webhook ingress, ACME, Cloudflare's API and its name servers (DNS-01 self-check). */
  readonly networkPolicy: NamespacePolicy;
}

/**
 * cert-manager with Let's Encrypt ClusterIssuers (staging and production) solving DNS-01
 * through Cloudflare, and a wildcard certificate for the platform domain. The token reaches
 * the cluster only through an ExternalSecret from the secret store component.
 */
export function certManager(o: CertManagerOptions, deps: { secrets: SecretStoreComponent; dependsOn?: readonly Component[] }): CertManager {
  const domain = dnsName(o.domain);
  const values: CertManagerValues = {
    crds: { enabled: true, keep: true },
    replicaCount: 2,
    podDisruptionBudget: { enabled: true },
    global: { leaderElection: { namespace: NAMESPACE } },
    // A ServiceMonitor needs the prometheus-operator CRDs: switched on by the cluster once its
    // observability layer (and so those CRDs) is one of this component's dependencies.
    prometheus: { enabled: true, servicemonitor: { enabled: o.serviceMonitor ?? false } },
    resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { memory: "256Mi" } },
    webhook: { replicaCount: 2, podDisruptionBudget: { enabled: true }, resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { memory: "128Mi" } } },
    cainjector: { resources: { requests: { cpu: "50m", memory: "128Mi" }, limits: { memory: "256Mi" } } },
    ...o.values,
  };
  const controller = component({
    name: "cert-manager",
    namespace: NAMESPACE,
    // What must run before the controller (the CNI and cluster DNS).
    dependsOn: deps.dependsOn,
    resources: [namespace(NAMESPACE), ...helmRelease({ name: "cert-manager", namespace: NAMESPACE, chart: chart(o.version), values, crds: "CreateReplace" })],
    healthChecks: [
      deploymentHealth("cert-manager", NAMESPACE),
      deploymentHealth("cert-manager-webhook", NAMESPACE),
      deploymentHealth("cert-manager-cainjector", NAMESPACE),
    ],
    package: pkg,
  });
  const token = { name: "cloudflare-api-token", key: "api-token" };
  const staging = letsEncryptIssuer("staging", { email: o.acmeEmail, dnsZones: [domain], token });
  const production = letsEncryptIssuer("production", { email: o.acmeEmail, dnsZones: [domain], token });
  const wildcardNamespace = o.wildcardNamespace ?? "kube-system";
  const wildcardSecret = { name: "wildcard-tls", namespace: wildcardNamespace };
  const issuers = component({
    name: "cert-manager-issuers",
    namespace: NAMESPACE,
    dependsOn: [controller, deps.secrets],
    resources: [
      externalSecret({ name: token.name, namespace: NAMESPACE, store: deps.secrets.storeRef, data: { [token.key]: o.cloudflareToken } }),
      staging,
      production,
      wildcardCertificate({ domain, namespace: wildcardNamespace, secretName: wildcardSecret.name, issuer: (o.wildcardIssuer ?? "production") === "production" ? production : staging }),
    ],
    package: pkg,
  });
  const networkPolicy: NamespacePolicy = {
    namespace: NAMESPACE,
    apiServerIngress: true,
    egressFqdns: [
      {
        name: "allow-acme-cloudflare",
        hosts: [{ name: new URL(ACME_SERVERS.production).hostname }, { name: new URL(ACME_SERVERS.staging).hostname }, { name: "api.cloudflare.com" }],
        ports: [443],
      },
      { name: "allow-dns01-self-check", hosts: [{ pattern: "*.ns.cloudflare.com" }], ports: [{ port: 53, protocol: "ANY" }] },
    ],
  };
  return { controller, issuers, wildcardSecret, components: [controller, issuers], networkPolicy };
}
