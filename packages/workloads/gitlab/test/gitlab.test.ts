import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { cidr, cluster, render, type Component, type OidcClient } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { dragonfly as dragonflyInstance } from "@k8s-gitops/dragonfly";
import type { SecretStoreOutputs } from "@k8s-gitops/external-secrets";
import { testGateways } from "@k8s-gitops/gateway/testing";
import { networkPolicies } from "@k8s-gitops/network-policies";
import { sharedPostgres } from "@k8s-gitops/postgres-shared";
import { dragonfly, postgres } from "@k8s-gitops/tenant";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { gitlab, type GitLabOptions, type GitLabValues } from "../src/index.ts";

const gateways = testGateways("apps");
const cilium = gateways.dependsOn.find((c) => c.name === "cilium")!;
const secretStore = standIn<SecretStoreOutputs>("external-secrets-store", { outputs: { storeRef: { kind: "ClusterSecretStore", name: "onepassword" } } });
const monitoringCrds = standIn("prometheus-operator-crds");
const storage = standIn("rook-ceph-cluster");
const cnpgOperator = standIn("cloudnative-pg");
const dragonflyOperator = standIn("dragonfly-operator");
const internalCa = { name: "platform-internal-ca", kind: "ClusterIssuer", group: "cert-manager.io" } as const;
const issuers = standIn("cert-manager-internal-ca", {
  outputs: { wildcardSecret: { namespace: "kube-system", name: "wildcard-tls" }, wildcardNames: ["*.monosense.io"], clusterIssuers: { staging: "letsencrypt-staging", production: "letsencrypt-production" }, internalCa },
});
const pool = { maxClientConn: 300, defaultPoolSize: 25, minPoolSize: 10, reservePoolSize: 10 };

function databases(namespace = "cnpg-system") {
  const deps = { cnpgOperator, secretStore, storage, issuers, monitoringCrds };
  return sharedPostgres(
    {
      name: "postgres-apps",
      namespace,
      storageClass: "ceph-block",
      secretsPath: "kubernetes/apps/cloudnative-pg",
      tenants: [
        { name: "gitlab", namespace: "gitlab-system", poolMode: "transaction", pool },
        { name: "harbor", namespace: "harbor", poolMode: "transaction", pool },
      ],
      backup: { endpointUrl: "https://s3.monosense.io:9000", bucket: "monosense-cnpg", schedule: "0 0 2 * * *" },
      data: { classification: "confidential", frameworks: ["gdpr"] },
    },
    deps,
  );
}
const cacheDeps = { dragonflyOperator, issuers, secretStore, monitoringCrds };
const cache = (t: string, ns: string) => dragonflyInstance({ name: `dragonfly-${t}`, namespace: `dragonfly-${t}`, tenantNamespace: ns, passwordItem: `kubernetes/apps/dragonfly/${t}` }, cacheDeps);
const pg = databases();
const caches = { gitlab: cache("gitlab", "gitlab-system"), harbor: cache("harbor", "harbor") };

const sso: OidcClient = {
  issuerUrl: "https://sso.monosense.io/realms/platform",
  clientId: "gitlab",
  secret: { item: "kubernetes/apps/gitlab/oidc", property: "client_secret" },
  redirectUris: ["https://gitlab.monosense.io/users/auth/openid_connect/callback"],
};

function options(over: Partial<GitLabOptions> = {}): GitLabOptions {
  return {
    domain: "monosense.io",
    host: "gitlab.monosense.io",
    registryHost: "gitlab-registry.monosense.io",
    gateway: "external",
    database: postgres(pg, "gitlab"),
    cache: dragonfly(caches.gitlab),
    objectStore: { endpoint: "https://s3.monosense.io:9000", credentials: "kubernetes/apps/gitlab/s3" },
    oidc: sso,
    rootPassword: { item: "kubernetes/apps/gitlab/root", property: "password" },
    storageClass: "ceph-block",
    data: { classification: "confidential", frameworks: ["gdpr"] },
    ...over,
  };
}
const deps = { cilium, secretStore, gateways, monitoringCrds, storage };
/** The cluster's metrics agent, as the platform passes it to the baseline. */
const agent = { namespace: "observability", podLabels: { "app.kubernetes.io/name": "vmagent" } };

type Obj = { kind: string; metadata: { name: string; namespace?: string; annotations?: Record<string, string> }; spec: Record<string, unknown> };

function tree(components: readonly Component[]): Obj[] {
  const guards = components.filter((c) => c.network);
  const policies = networkPolicies({ apiServerCidrs: [cidr("10.25.11.0/24")], scrapers: [agent] }, { cilium, guards });
  const stand = [...gateways.dependsOn, gateways, secretStore, monitoringCrds, storage, cnpgOperator, dragonflyOperator, issuers];
  const out = render(cluster({ name: "apps", values: {}, components: [...stand, ...components, policies] }));
  return [...out.files.entries()].filter(([p]) => p.startsWith("components/")).flatMap(([, text]) => text.split(/^---$/m).filter((d) => d.trim()).map((d) => parse(d) as Obj));
}

function valuesOf(c: Component): GitLabValues {
  const hr = c.resources.find((r): r is HelmRelease => HelmRelease.is(r))!;
  return hr.spec?.values as GitLabValues;
}

describe("gitlab", () => {
  const g = gitlab(options(), deps);
  const objs = tree([pg, caches.gitlab, caches.harbor, g.tenant, g.gitlab]);
  const inNs = (ns: string) => objs.filter((o) => o.metadata?.namespace === ns || (o.kind === "Namespace" && o.metadata?.name === ns));

  it("feeds the typed connections into the chart's values", () => {
    const v = valuesOf(g.gitlab);
    expect(v.global?.psql).toEqual({
      preparedStatements: false,
      host: "gitlab-pooler.cnpg-system.svc",
      port: 5432,
      database: "gitlab",
      username: "gitlab",
      password: { useSecret: true, secret: "gitlab-postgres-password", key: "password" },
    });
    expect(v.global?.redis).toEqual({ host: "dragonfly-gitlab.dragonfly-gitlab.svc", port: 6379, scheme: "rediss", auth: { enabled: true, secret: "gitlab-redis-password", key: "password" } });
    expect(v.global?.certificates).toEqual({ customCAs: [{ secret: "platform-internal-ca-trust", keys: ["ca.crt"] }] });
    expect(v.global?.extraEnv).toEqual({ PGSSLMODE: "verify-full", PGSSLROOTCERT: "/etc/ssl/certs/ca-certificates.crt" });
    expect(v.global?.hosts).toEqual({ https: true, domain: "monosense.io", gitlab: { name: "gitlab.monosense.io" }, registry: { name: "gitlab-registry.monosense.io" } });
    // What the old repository forgot to turn off stays off.
    expect([v.installCertmanager, v["gitlab-runner"]?.install, v.global?.kas?.enabled, v.global?.minio?.enabled, v.postgresql?.install, v.redis?.install]).toEqual([false, false, false, false, false, false]);
  });

  it("follows a changed connection: another database namespace changes the values and the policy", () => {
    const moved = databases("databases");
    const g2 = gitlab(options({ database: postgres(moved, "gitlab") }), deps);
    expect(valuesOf(g2.gitlab).global?.psql?.host).toBe("gitlab-pooler.databases.svc");
    expect(g2.tenant.network?.egressTo).toContainEqual({ namespace: "databases", podLabels: { "cnpg.io/poolerName": "gitlab-pooler" }, ports: [5432] });
    expect(g2.gitlab.dependsOn).toContain(moved);
    const http = gitlab(options({ objectStore: { endpoint: "http://10.25.11.3:9000", credentials: "kubernetes/apps/gitlab/s3" } }), deps);
    expect(http.tenant.network?.egressCidrs).toEqual([{ name: "allow-object-store", cidrs: ["10.25.11.3/32"], ports: [9000] }]);
  });

  it("keeps sibling defaults under a nested override", () => {
    const v = valuesOf(gitlab(options({ values: { gitlab: { webservice: { maxReplicas: 5 } } } }), deps).gitlab);
    expect(v.gitlab?.webservice).toMatchObject({ minReplicas: 2, maxReplicas: 5, workerProcesses: 2 });
  });

  it("reaches its pooler, its Dragonfly, the object store and the issuer only", () => {
    const gl = inNs("gitlab-system");
    const egress = gl
      .filter((o) => o.kind === "NetworkPolicy" && o.metadata.name.startsWith("allow-to-"))
      .map((o) => (o.spec.egress as { to: { namespaceSelector: { matchLabels: Record<string, string> }; podSelector?: unknown }[]; ports: unknown }[])[0]);
    expect(egress).toEqual([
      { to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "cnpg-system" } }, podSelector: { matchLabels: { "cnpg.io/poolerName": "gitlab-pooler" } } }], ports: [{ protocol: "TCP", port: 5432 }] },
      { to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "dragonfly-gitlab" } } }], ports: [{ protocol: "TCP", port: 6379 }] },
    ]);
    const fqdns = gl.filter((o) => o.kind === "CiliumNetworkPolicy" && JSON.stringify(o.spec).includes("toFQDNs")).map((o) => o.metadata.name);
    expect(fqdns).toEqual(["allow-object-store", "allow-oidc-issuer"]);
    expect(JSON.stringify(gl)).not.toMatch(/harbor/);
    // The gateways reach Workhorse and the registry.
    const ingress = gl.find((o) => o.metadata.name === "allow-gateway-ingress")!;
    expect(JSON.stringify(ingress.spec)).toContain('"8181"');
  });

  it("declares no scrape ingress of its own: the baseline's rule admits the metrics agent", () => {
    expect(g.tenant.network?.ingressFrom).toEqual([]);
    const gl = inNs("gitlab-system");
    expect(gl.filter((o) => o.metadata.name.startsWith("allow-from-"))).toEqual([]);
    expect(gl.filter((o) => o.metadata.name.startsWith("allow-metrics-scrape-from-")).map((o) => o.metadata.name)).toEqual(["allow-metrics-scrape-from-observability"]);
  });

  it("routes its web and registry hosts on the chosen gateway", () => {
    const routes = g.gitlab.resources.filter((r) => r.kind === "HTTPRoute").map((r) => JSON.parse(JSON.stringify(r)) as { metadata: { name: string }; spec: { parentRefs: { name: string }[]; hostnames: string[]; rules: { backendRefs: { name: string; port: number }[] }[] } });
    expect(routes.map((r) => [r.metadata.name, r.spec.parentRefs[0]!.name, r.spec.hostnames, r.spec.rules[0]!.backendRefs[0]])).toEqual([
      ["gitlab-web", "cilium-gateway-external", ["gitlab.monosense.io"], { kind: "Service", name: "gitlab-webservice-default", port: 8181, weight: 1 }],
      ["gitlab-registry", "cilium-gateway-external", ["gitlab-registry.monosense.io"], { kind: "Service", name: "gitlab-registry", port: 5000, weight: 1 }],
    ]);
    expect(() => gitlab(options({ host: "gitlab.apps.monosense.io" }), deps)).toThrowError(/gitlab.apps.monosense.io is not covered by gateway cilium-gateway-external's certificate/);
  });

  it("reads every secret from 1Password: the servers' own items, the object store in three formats", () => {
    const es = inNs("gitlab-system").filter((o) => o.kind === "ExternalSecret");
    const byName = Object.fromEntries(es.map((e) => [e.metadata.name, e.spec as { data: { secretKey: string; remoteRef: { key: string; property: string } }[]; target: { template?: { data: Record<string, string> } } }]));
    expect(Object.keys(byName).sort()).toEqual(["gitlab-object-storage", "gitlab-oidc", "gitlab-postgres-password", "gitlab-redis-password", "gitlab-root-password"]);
    expect(byName["gitlab-postgres-password"]!.data).toEqual([{ secretKey: "password", remoteRef: { key: "kubernetes/apps/cloudnative-pg/gitlab", property: "password" } }]);
    expect(byName["gitlab-redis-password"]!.data).toEqual([{ secretKey: "password", remoteRef: { key: "kubernetes/apps/dragonfly/gitlab", property: "password" } }]);
    const s3 = byName["gitlab-object-storage"]!.target.template!.data;
    expect(s3.connection).toContain("endpoint: https://s3.monosense.io:9000\n");
    expect(s3.registry).toContain("  bucket: gitlab-registry\n");
    expect(s3.registry).toContain("  secure: true\n");
    expect(s3.s3cfg).toContain("host_base = s3.monosense.io:9000\n");
    expect(s3.s3cfg).toContain("use_https = True\n");
    expect(byName["gitlab-oidc"]!.target.template!.data.provider).toContain("issuer: https://sso.monosense.io/realms/platform\n");
  });

  it("classifies its data, alerts, and waits for its tenant, the monitoring CRDs and its servers", () => {
    const hr = inNs("gitlab-system").find((o) => o.kind === "HelmRelease")!;
    expect(hr.metadata.annotations).toMatchObject({ "k8s-gitops.io/data-classification": "confidential", "k8s-gitops.io/compliance": "gdpr" });
    const rule = inNs("gitlab-system").find((o) => o.kind === "PrometheusRule")!;
    const alerts = (rule.spec.groups as { rules: { alert: string; labels: { severity: string } }[] }[]).flatMap((gr) => gr.rules);
    expect(alerts.map((a) => a.alert)).toEqual(["GitLabWebUnavailable", "GitLabSidekiqQueueBacklog", "GitLabDatabaseConnectionsDead", "GitLabRedisErrors", "GitLabObjectStorageErrors", "GitLabHighErrorRate"]);
    expect(alerts.every((a) => a.labels.severity)).toBe(true);
    expect(g.gitlab.dependsOn).toEqual([g.tenant, secretStore, gateways, monitoringCrds, storage, pg, caches.gitlab]);
    expect(g.gitlab.healthChecks.map((h) => `${h.kind}/${h.name}`)).toEqual(["HelmRelease/gitlab", "Deployment/gitlab-webservice-default", "Deployment/gitlab-sidekiq-all-in-1-v2"]);
    expect(inNs("gitlab-system").filter((o) => o.kind === "Namespace")).toHaveLength(1);
  });

  it("refuses what cannot work", () => {
    expect(() => gitlab(options({ registryHost: "gitlab.monosense.io" }), deps)).toThrowError(/the web and registry hosts are both gitlab.monosense.io/);
    expect(() => gitlab(options({ oidc: { ...sso, redirectUris: ["https://other.monosense.io/cb"] } }), deps)).toThrowError(/allows no redirect URI on https:\/\/gitlab.monosense.io\//);
    expect(() => gitlab(options({ database: postgres(pg, "harbor") }), deps)).toThrowError(/postgres-shared admits no pods of namespace gitlab-system to its pods cnpg.io\/poolerName=harbor-pooler on port 5432/);
  });
});
