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
