import { Certificate } from "@kubernetes-models/cert-manager/cert-manager.io/v1";
import { Deployment } from "kubernetes-models/apps/v1";
import { component, dnsName, healthCheck, helmRelease, merge, namespace, ociChart, schemaValidator, type Component, type DeepPartial, type DnsName, type ObjectRef, type OnePasswordField } from "@k8s-gitops/core";
import { externalSecret, type SecretStore } from "@k8s-gitops/external-secrets";
import { alertRules, type GrafanaDashboard } from "@k8s-gitops/prometheus-operator-crds";
import type { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import pkg from "../package.json" with { type: "json" };
import { validateValues } from "./generated/values-validator.ts";
import type { CertManagerValues } from "./generated/values.ts";
import { ACME_SERVERS, INTERNAL_CA, internalCa, internalCaIssuer, letsEncryptIssuer, wildcardCertificate, type AcmeEnvironment, type ClusterIssuerRef } from "./issuers.ts";

export {
  ACME_SERVERS,
  caTrust,
  INTERNAL_CA,
  internalCa,
  internalCaIssuer,
  letsEncryptIssuer,
  wildcardCertificate,
  type AcmeEnvironment,
  type ClusterIssuerRef,
  type CloudflareTokenSecret,
} from "./issuers.ts";
export type { CertManagerValues } from "./generated/values.ts";

export const NAMESPACE = "cert-manager";

/** The chart, pinned (quay.io/jetstack/charts/cert-manager). */
export function chart(version = "v1.19.0") {
  return ociChart<CertManagerValues>({ name: "cert-manager", url: "oci://quay.io/jetstack/charts/cert-manager", version, validate: schemaValidator(validateValues) });
}

/** The chart values the platform runs with; `values` in the options is deep-merged over them. */
export const defaults = {
  crds: { enabled: true, keep: true },
  replicaCount: 2,
  podDisruptionBudget: { enabled: true },
  global: { leaderElection: { namespace: NAMESPACE } },
  // The chart's ServiceMonitor scrapes the controller; the monitoring CRDs component serves it.
  prometheus: { enabled: true, servicemonitor: { enabled: true } },
  resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { memory: "256Mi" } },
  webhook: { replicaCount: 2, podDisruptionBudget: { enabled: true }, resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { memory: "128Mi" } } },
  cainjector: { resources: { requests: { cpu: "50m", memory: "128Mi" }, limits: { memory: "256Mi" } } },
} satisfies CertManagerValues;

/** cert-manager's dashboard on grafana.com (for whoever provisions Grafana). */
export const dashboards: readonly GrafanaDashboard[] = [{ id: 20842, revision: 3, title: "Cert-manager-Kubernetes" }];

/**
 * The chart ships no alerts: the controller absent, a certificate within a week of expiry (it
 * should have renewed 15 days before), and a certificate that stays not ready.
 */
export function certManagerAlerts(namespace: string): PrometheusRule {
  return alertRules({
    name: "cert-manager",
    namespace,
    groups: [
      {
        name: "cert-manager",
        interval: "30s",
        alerts: [
          {
            alert: "CertManagerAbsent",
            expr: `absent(up{namespace="${namespace}", service="cert-manager"} == 1)`,
            for: "5m",
            severity: "critical",
            summary: "cert-manager is down",
            description: "No cert-manager controller has answered for 5 minutes: certificates are neither issued nor renewed",
          },
          {
            alert: "CertificateExpiringSoon",
            expr: "certmanager_certificate_expiration_timestamp_seconds - time() < 7 * 24 * 3600",
            for: "1h",
            severity: "warning",
            summary: "A certificate expires within 7 days",
            description: "Certificate {{ $labels.namespace }}/{{ $labels.name }} expires within 7 days and has not been renewed (renewal starts 15 days before)",
          },
          {
            alert: "CertificateNotReady",
            expr: 'max by (namespace, name) (certmanager_certificate_ready_status{condition="False"}) == 1',
            for: "15m",
            severity: "warning",
            summary: "A certificate is not ready",
            description: "Certificate {{ $labels.namespace }}/{{ $labels.name }} has not been ready for 15 minutes",
          },
        ],
      },
    ],
  });
}

/** The kinds the chart's CRDs serve that the platform uses. */
export const CRDS = ["cert-manager.io/Certificate", "cert-manager.io/ClusterIssuer", "cert-manager.io/Issuer", "acme.cert-manager.io/Challenge", "acme.cert-manager.io/Order"] as const;

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
  /** The chart's ServiceMonitor and the alerts. Default true. */
  monitoring?: boolean;
  /** Chart values, deep-merged over `defaults`. */
  values?: DeepPartial<CertManagerValues>;
}

/** What the issuers component gives its dependants. */
export interface IssuerOutputs {
  /** The Secret holding the wildcard certificate (written by cert-manager once it is issued). */
  readonly wildcardSecret: ObjectRef;
  /** The wildcard certificate's names, for the listeners that serve it. */
  readonly wildcardNames: readonly string[];
  /** ClusterIssuer names by ACME environment, for a component's own Certificates. */
  readonly clusterIssuers: Readonly<Record<AcmeEnvironment, string>>;
  /**
   * The platform's internal CA (see `internalCa`): server certificates of in-cluster services,
   * and, through `caTrust`, the CA a client in any namespace verifies them with.
   */
  readonly internalCa: ClusterIssuerRef;
}

/** The package's components: the controller (with its CRDs), then the issuers and the wildcard certificate. */
export type CertManager = {
  readonly controller: Component;
  readonly issuers: Component<IssuerOutputs>;
};

/**
 * cert-manager with Let's Encrypt ClusterIssuers (staging and production) solving DNS-01
 * through Cloudflare, and a wildcard certificate for the platform domain. The token reaches
 * the cluster only through an ExternalSecret from the secret store.
 */
export function certManager(o: CertManagerOptions, deps: { cilium: Component; coredns: Component; secretStore: SecretStore; monitoringCrds: Component }): CertManager {
  const domain = dnsName(o.domain);
  const monitoring = o.monitoring ?? true;
  const controller = component({
    name: "cert-manager",
    namespace: NAMESPACE,
    dependsOn: [deps.cilium, deps.coredns, deps.monitoringCrds],
    resources: [
      namespace(NAMESPACE),
      ...helmRelease({
        name: "cert-manager",
        namespace: NAMESPACE,
        chart: chart(o.version),
        defaults: monitoring ? defaults : merge<CertManagerValues>(defaults, { prometheus: { servicemonitor: { enabled: false } } }),
        values: o.values,
        crds: "CreateReplace",
      }),
      ...(monitoring ? [certManagerAlerts(NAMESPACE)] : []),
    ],
    healthChecks: [
      healthCheck(Deployment, "cert-manager", NAMESPACE),
      healthCheck(Deployment, "cert-manager-webhook", NAMESPACE),
      healthCheck(Deployment, "cert-manager-cainjector", NAMESPACE),
    ],
    provides: { crds: [...CRDS] },
    network: {
      namespace: NAMESPACE,
      // The API server calls the webhook; ACME, Cloudflare's API and its name servers (the DNS-01 self-check).
      apiServerIngress: true,
      egressFqdns: [
        {
          name: "allow-acme-cloudflare",
          hosts: [{ name: new URL(ACME_SERVERS.production).hostname }, { name: new URL(ACME_SERVERS.staging).hostname }, { name: "api.cloudflare.com" }],
          ports: [443],
        },
        { name: "allow-dns01-self-check", hosts: [{ pattern: "*.ns.cloudflare.com" }], ports: [{ port: 53, protocol: "ANY" }] },
      ],
    },
    package: pkg,
  });
  const token = { name: "cloudflare-api-token", key: "api-token" };
  const staging = letsEncryptIssuer("staging", { email: o.acmeEmail, dnsZones: [domain], token });
  const production = letsEncryptIssuer("production", { email: o.acmeEmail, dnsZones: [domain], token });
  const wildcardSecret = { name: "wildcard-tls", namespace: o.wildcardNamespace ?? "kube-system" };
  const wildcardNames = [`*.${domain}`, domain];
  const issuers = component({
    name: "cert-manager-issuers",
    namespace: NAMESPACE,
    dependsOn: [controller, deps.secretStore],
    resources: [
      externalSecret({ name: token.name, namespace: NAMESPACE, store: deps.secretStore.outputs.storeRef, data: { [token.key]: o.cloudflareToken } }),
      staging,
      production,
      wildcardCertificate({ domain, namespace: wildcardSecret.namespace, secretName: wildcardSecret.name, issuer: (o.wildcardIssuer ?? "production") === "production" ? production : staging }),
      ...internalCa(NAMESPACE),
    ],
    // The internal CA must be issued before any service asks it to sign.
    healthChecks: [healthCheck(Certificate, INTERNAL_CA, NAMESPACE)],
    outputs: { wildcardSecret, wildcardNames, clusterIssuers: { staging: "letsencrypt-staging", production: "letsencrypt-production" }, internalCa: internalCaIssuer },
    package: pkg,
  });
  return { controller, issuers };
}
