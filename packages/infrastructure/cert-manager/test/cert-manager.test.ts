import { Certificate, ClusterIssuer } from "@kubernetes-models/cert-manager/cert-manager.io/v1";
import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { cluster, ConfigError, render, type DeepPartial } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { externalSecrets } from "@k8s-gitops/external-secrets";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ACME_SERVERS, caTrust, certManager, defaults, INTERNAL_CA, type CertManager, type CertManagerValues } from "../src/index.ts";

const base = { cilium: standIn("cilium"), coredns: standIn("coredns"), monitoringCrds: standIn("prometheus-operator-crds", { bootstrapPhase: 1 }) };
const secrets = externalSecrets(
  { connectHost: "http://opconnect.monosense.dev", vault: "Infra", connectToken: { name: "t", key: "token", from: { item: "op", property: "token" } } },
  base,
);
const deps = { ...base, secretStore: secrets.store };
const options = { acmeEmail: "admin@monosense.io", domain: "monosense.io", cloudflareToken: { item: "kubernetes/infra/cert-manager/cloudflare", property: "credential" } };

describe("certManager", () => {
  const cm = certManager(options, deps);

  it("issues from Let's Encrypt staging and production through Cloudflare DNS-01", () => {
    const issuers = cm.issuers.resources.filter((r): r is ClusterIssuer => ClusterIssuer.is(r) && r.spec?.acme !== undefined);
    expect(issuers.map((i) => [i.metadata?.name, i.spec?.acme?.server])).toEqual([
      ["letsencrypt-staging", ACME_SERVERS.staging],
      ["letsencrypt-production", ACME_SERVERS.production],
    ]);
    for (const i of issuers) {
      expect(i.spec?.acme?.email).toBe("admin@monosense.io");
      expect(i.spec?.acme?.solvers?.[0]).toEqual({
        selector: { dnsZones: ["monosense.io"] },
        dns01: { cloudflare: { apiTokenSecretRef: { name: "cloudflare-api-token", key: "api-token" } } },
      });
    }
  });

  it("runs the platform's internal CA, and a client in another namespace trusts it through a certificate of its own", () => {
    const byName = (name: string) => cm.issuers.resources.find((r): r is ClusterIssuer => ClusterIssuer.is(r) && r.metadata?.name === name);
    expect(byName("platform-internal-ca-root")?.spec?.selfSigned).toEqual({});
    expect(byName(INTERNAL_CA)?.spec?.ca).toEqual({ secretName: INTERNAL_CA });
    const root = cm.issuers.resources.find((r): r is Certificate => Certificate.is(r) && r.metadata?.name === INTERNAL_CA);
    // A CA ClusterIssuer reads its key from cert-manager's own namespace.
    expect(root?.metadata?.namespace).toBe("cert-manager");
    expect(root?.spec).toMatchObject({ isCA: true, secretName: INTERNAL_CA, issuerRef: { name: "platform-internal-ca-root", kind: "ClusterIssuer" } });
    expect(cm.issuers.outputs.internalCa).toEqual({ name: INTERNAL_CA, kind: "ClusterIssuer", group: "cert-manager.io" });
    expect(cm.issuers.healthChecks).toContainEqual(expect.objectContaining({ kind: "Certificate", name: INTERNAL_CA }));
    const trust = caTrust({ name: "postgres-ca", namespace: "harbor", issuer: cm.issuers.outputs.internalCa });
    expect(trust.metadata).toEqual({ name: "postgres-ca", namespace: "harbor" });
    expect(trust.spec).toMatchObject({ secretName: "postgres-ca", issuerRef: { name: INTERNAL_CA, kind: "ClusterIssuer" }, usages: ["digital signature", "client auth"] });
  });

  it("takes the Cloudflare token from 1Password through the secret store, never inline", () => {
    const es = cm.issuers.resources.find((r): r is ExternalSecret => ExternalSecret.is(r));
    expect(es?.spec?.secretStoreRef).toEqual(secrets.store.outputs.storeRef);
    expect(es?.spec?.data).toEqual([{ secretKey: "api-token", remoteRef: { key: "kubernetes/infra/cert-manager/cloudflare", property: "credential" } }]);
    expect(cm.issuers.dependsOn).toContain(secrets.store);
    expect(cm.issuers.dependsOn).toContain(cm.controller);
  });

  it("issues the wildcard certificate for the domain into the gateways' namespace", () => {
    const cert = cm.issuers.resources.find((r): r is Certificate => Certificate.is(r));
    expect(cert?.metadata?.namespace).toBe("kube-system");
    expect(cert?.spec).toMatchObject({ secretName: "wildcard-tls", dnsNames: ["*.monosense.io", "monosense.io"], issuerRef: { name: "letsencrypt-production", kind: "ClusterIssuer" } });
    expect(cm.issuers.outputs.wildcardSecret).toEqual({ name: "wildcard-tls", namespace: "kube-system" });
  });

  it("renders with the store it depends on", () => {
    const tree = render(cluster({ name: "infra", values: {}, components: [base, secrets, cm] }));
    expect([...tree.files.keys()].filter((p) => p.startsWith("components/cert-manager/"))).toEqual([
      "components/cert-manager/helmrelease-cert-manager.yaml",
      "components/cert-manager/kustomization.yaml",
      "components/cert-manager/namespace-cert-manager.yaml",
      "components/cert-manager/ocirepository-cert-manager.yaml",
      "components/cert-manager/prometheusrule-cert-manager.yaml",
    ]);
  });

  it("is scraped and alerts by default, after the monitoring CRDs; monitoring: false leaves out the ServiceMonitor and the alerts", () => {
    expect(cm.controller.dependsOn).toEqual([base.cilium, base.coredns, base.monitoringCrds]);
    const values = (c: CertManager) => (parse(render(cluster({ name: "infra", values: {}, components: [base, secrets, c] })).files.get("components/cert-manager/helmrelease-cert-manager.yaml")!) as { spec: { values: CertManagerValues } }).spec.values;
    expect(values(cm).prometheus).toEqual({ enabled: true, servicemonitor: { enabled: true } });
    const rule = cm.controller.resources.find((r): r is PrometheusRule => PrometheusRule.is(r));
    expect(rule?.spec.groups?.[0]?.rules?.map((r) => [r.alert, r.labels?.["severity"], Object.keys(r.annotations ?? {})])).toEqual([
      ["CertManagerAbsent", "critical", ["summary", "description"]],
      ["CertificateExpiringSoon", "warning", ["summary", "description"]],
      ["CertificateNotReady", "warning", ["summary", "description"]],
    ]);
    const off = certManager({ ...options, monitoring: false }, deps);
    expect(values(off).prometheus).toEqual({ enabled: true, servicemonitor: { enabled: false } });
    expect(off.controller.resources.some((r) => r.kind === "PrometheusRule")).toBe(false);
  });

  it("rejects a domain that is not a DNS name and a chart version range", () => {
    expect(() => certManager({ ...options, domain: "Monosense.IO" }, deps)).toThrowError(ConfigError);
    expect(() => certManager({ ...options, version: "^1.19.0" }, deps)).toThrowError(/not an exact version/);
  });

  it("checks the merged values against the chart's schema at build time, naming the field", () => {
    const escaped = JSON.parse('{"replicaCount":"two","replicas":2}') as DeepPartial<CertManagerValues>;
    expect(() => certManager({ ...options, values: escaped }, deps)).toThrowError(
      /HelmRelease\/cert-manager\/cert-manager, field spec\.values\.(replicaCount|replicas): chart cert-manager v1\.19\.0: .* \(and 1 more: (replicaCount|replicas)\)/,
    );
  });

  it("merges a nested override over the defaults, keeping the siblings (the webhook keeps its PDB and resources)", () => {
    const tuned = certManager({ ...options, values: { webhook: { replicaCount: 3 } } }, deps);
    const tree = render(cluster({ name: "infra", values: {}, components: [base, secrets, tuned] }));
    const hr = parse(tree.files.get("components/cert-manager/helmrelease-cert-manager.yaml")!) as { spec: { values: typeof defaults } };
    expect(hr.spec.values.webhook).toEqual({ ...defaults.webhook, replicaCount: 3 });
    expect(hr.spec.values.replicaCount).toBe(2);
  });
});
