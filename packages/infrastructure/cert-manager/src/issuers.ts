import { Certificate, ClusterIssuer } from "@kubernetes-models/cert-manager/cert-manager.io/v1";

/** The Let's Encrypt ACME endpoints: staging for trying things out, production for real certificates. */
export const ACME_SERVERS = {
  staging: "https://acme-staging-v02.api.letsencrypt.org/directory",
  production: "https://acme-v02.api.letsencrypt.org/directory",
} as const;

export type AcmeEnvironment = keyof typeof ACME_SERVERS;

/** Where the DNS-01 solver finds the Cloudflare API token (a Secret in the cert-manager namespace). */
export interface CloudflareTokenSecret {
  name: string;
  key: string;
}

export function letsEncryptIssuer(env: AcmeEnvironment, o: { email: string; dnsZones: readonly string[]; token: CloudflareTokenSecret }): ClusterIssuer {
  return new ClusterIssuer({
    metadata: { name: `letsencrypt-${env}` },
    spec: {
      acme: {
        email: o.email,
        server: ACME_SERVERS[env],
        privateKeySecretRef: { name: `letsencrypt-${env}-account-key` },
        solvers: [
          {
            selector: { dnsZones: [...o.dnsZones] },
            dns01: { cloudflare: { apiTokenSecretRef: { name: o.token.name, key: o.token.key } } },
          },
        ],
      },
    },
  });
}

/** A wildcard certificate for `*.domain` and `domain`, renewed 15 days before its 90 days end. */
export function wildcardCertificate(o: { domain: string; namespace: string; secretName: string; issuer: ClusterIssuer }): Certificate {
  return new Certificate({
    metadata: { name: o.secretName, namespace: o.namespace, labels: { "app.kubernetes.io/name": o.secretName, "app.kubernetes.io/component": "tls" } },
    spec: {
      secretName: o.secretName,
      duration: "2160h",
      renewBefore: "360h",
      issuerRef: { name: o.issuer.metadata?.name ?? "", kind: "ClusterIssuer", group: "cert-manager.io" },
      commonName: `*.${o.domain}`,
      dnsNames: [`*.${o.domain}`, o.domain],
      privateKey: { algorithm: "RSA", size: 2048, rotationPolicy: "Always" },
      usages: ["digital signature", "key encipherment", "server auth"],
    },
  });
}

/** A ClusterIssuer as a Certificate's `issuerRef` names it. */
export interface ClusterIssuerRef {
  readonly name: string;
  readonly kind: "ClusterIssuer";
  readonly group: "cert-manager.io";
}

/** The platform's internal CA: its ClusterIssuer and the Secret (in cert-manager's namespace) holding its key. */
export const INTERNAL_CA = "platform-internal-ca";

const clusterIssuerRef = (name: string): ClusterIssuerRef => ({ name, kind: "ClusterIssuer", group: "cert-manager.io" });

/**
 * The platform's internal CA: a self-signed root (ECDSA P-256, ten years, in cert-manager's
 * namespace, where a CA ClusterIssuer reads its key) and the ClusterIssuer that signs with it.
 * Services inside the cluster (database poolers, caches) take their server certificates from it,
 * and a client in any namespace gets the CA through `caTrust`.
 */
export function internalCa(namespace: string): [ClusterIssuer, Certificate, ClusterIssuer] {
  const root = `${INTERNAL_CA}-root`;
  return [
    new ClusterIssuer({ metadata: { name: root }, spec: { selfSigned: {} } }),
    new Certificate({
      metadata: { name: INTERNAL_CA, namespace },
      spec: {
        isCA: true,
        commonName: "k8s-gitops platform internal CA",
        secretName: INTERNAL_CA,
        duration: "87600h",
        renewBefore: "8760h",
        privateKey: { algorithm: "ECDSA", size: 256 },
        issuerRef: clusterIssuerRef(root),
      },
    }),
    new ClusterIssuer({ metadata: { name: INTERNAL_CA }, spec: { ca: { secretName: INTERNAL_CA } } }),
  ];
}

/** The internal CA's ClusterIssuer, for a component's own Certificates. */
export const internalCaIssuer: ClusterIssuerRef = clusterIssuerRef(INTERNAL_CA);

/**
 * How a client trusts a server whose CA lives in another namespace (a pod cannot mount another
 * namespace's Secret): a short-lived client certificate from the same CA issuer, in the client's
 * own namespace, whose Secret carries the CA as `ca.crt`. The client mounts that key.
 */
export function caTrust(o: { name: string; namespace: string; issuer: ClusterIssuerRef }): Certificate {
  return new Certificate({
    metadata: { name: o.name, namespace: o.namespace },
    spec: {
      secretName: o.name,
      commonName: `${o.name}.${o.namespace}`,
      duration: "2160h",
      renewBefore: "720h",
      privateKey: { algorithm: "ECDSA", size: 256, rotationPolicy: "Always" },
      usages: ["digital signature", "client auth"],
      issuerRef: { ...o.issuer },
    },
  });
}
