import { cidr, cluster, render, type Component, type OidcClient } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { dragonfly as dragonflyInstance } from "@k8s-gitops/dragonfly";
import type { SecretStoreOutputs } from "@k8s-gitops/external-secrets";
import { networkPolicies } from "@k8s-gitops/network-policies";
import { sharedPostgres } from "@k8s-gitops/postgres-shared";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { databaseOf, type TenantDatabase, dragonfly, from, fromGateway, gateway, internet, kubeApi, objectStore, oidc, postgres, registry, tenant, type TenantOptions } from "../src/index.ts";

const cilium = standIn("cilium");
const secretStore = standIn<SecretStoreOutputs>("external-secrets-store", { outputs: { storeRef: { kind: "ClusterSecretStore", name: "onepassword" } } });
const cnpgOperator = standIn("cloudnative-pg");
const dragonflyOperator = standIn("dragonfly-operator");
const storage = standIn("openebs");
const monitoringCrds = standIn("prometheus-operator-crds");
const internalCa = { name: "platform-internal-ca", kind: "ClusterIssuer", group: "cert-manager.io" } as const;
const issuers = standIn("cert-manager-issuers", {
  outputs: { wildcardSecret: { namespace: "kube-system", name: "wildcard-tls" }, wildcardNames: ["*.monosense.io"], clusterIssuers: { staging: "letsencrypt-staging", production: "letsencrypt-production" }, internalCa },
});
const pgDeps = { cnpgOperator, secretStore, storage, issuers, monitoringCrds };
const cacheDeps = { dragonflyOperator, issuers, secretStore, monitoringCrds };
const pool = { maxClientConn: 100, defaultPoolSize: 10, minPoolSize: 2, reservePoolSize: 2 };

const gitlabSpec = { name: "gitlab", namespace: "gitlab-system", database: { poolMode: "transaction", pool, extensions: ["pg_trgm"] } } as const;
const harborSpec = { name: "harbor", namespace: "harbor", database: { poolMode: "transaction", pool } } as const;

function databases(extra: readonly { name: "wiki"; namespace: string; database: TenantDatabase }[] = []) {
  return sharedPostgres(
    {
      name: "postgres-apps",
      storageClass: "ceph-block",
      secretsPath: "kubernetes/apps/cloudnative-pg",
      tenants: [databaseOf(gitlabSpec), databaseOf(harborSpec), ...extra.map((e) => databaseOf(e))],
      backup: { endpointUrl: "https://s3.monosense.io:9000", bucket: "monosense-cnpg", schedule: "0 0 2 * * *" },
      data: { classification: "confidential", frameworks: ["gdpr"] },
    },
    pgDeps,
  );
}

const cache = (t: string, tenantNamespace: string) =>
  dragonflyInstance({ name: `dragonfly-${t}`, namespace: `dragonfly-${t}`, tenantNamespace, passwordItem: `kubernetes/apps/dragonfly/${t}` }, cacheDeps);

const pg = databases();
const caches = { gitlab: cache("gitlab", "gitlab-system"), harbor: cache("harbor", "harbor") };
const issuer: OidcClient = {
  issuerUrl: "https://sso.monosense.io/realms/platform",
  clientId: "gitlab",
  secret: { item: "kubernetes/apps/gitlab/oidc", property: "client_secret" },
  redirectUris: ["https://gitlab.monosense.io/users/auth/openid_connect/callback"],
};

const sizing = {
  quota: { requests: { cpu: "4", memory: "8Gi" }, limits: { cpu: "8", memory: "16Gi" }, pods: 20, persistentVolumeClaims: 2, storage: "60Gi" },
  limits: { defaultRequest: { cpu: "100m", memory: "128Mi" }, default: { cpu: "500m", memory: "512Mi" }, max: { cpu: "2", memory: "4Gi" } },
} as const satisfies Pick<TenantOptions, "quota" | "limits">;

const gitlabTenant = tenant(
  {
    name: "gitlab",
    namespace: "gitlab-system",
    podSecurity: "baseline",
    ...sizing,
    allowances: [postgres(pg, "gitlab"), dragonfly(caches.gitlab), objectStore("https://s3.monosense.io:9000"), oidc(issuer), gateway(), fromGateway([8181]), from("gitlab-runner", [8181])],
  },
  { cilium },
);

type Policy = { kind: string; metadata: { name: string; namespace: string; labels?: Record<string, string> }; spec: Record<string, unknown>; rules?: unknown };

/** Every object rendered into a namespace, across all components of a small cluster with its network-policies component. */
function rendered(components: readonly Component[]): Map<string, Policy[]> {
  const guards = components.filter((c) => c.network);
  const policies = networkPolicies({ apiServerCidrs: [cidr("10.25.11.0/24")] }, { cilium, guards });
  const stand = [cilium, secretStore, cnpgOperator, dragonflyOperator, storage, issuers, monitoringCrds];
  const tree = render(cluster({ name: "apps", values: {}, components: [...stand, ...components, policies] }));
  const byNs = new Map<string, Policy[]>();
  for (const [path, text] of tree.files) {
    if (!path.startsWith("components/")) continue;
    for (const doc of text.split(/^---$/m).filter((d) => d.trim())) {
      const o = parse(doc) as Policy;
      const ns = o.metadata?.namespace ?? (o.kind === "Namespace" ? o.metadata.name : "");
      byNs.set(ns, [...(byNs.get(ns) ?? []), o]);
    }
  }
  return byNs;
}

const egressPeers = (objs: readonly Policy[]) =>
  objs
    .filter((p) => p.kind === "NetworkPolicy" && (p.spec.policyTypes as string[]).includes("Egress") && p.metadata.name.startsWith("allow-to-"))
    .flatMap((p) =>
      (p.spec.egress as { to: { namespaceSelector: { matchLabels: Record<string, string> }; podSelector?: { matchLabels: Record<string, string> } }[]; ports?: { port: number }[] }[]).map((e) => ({
        namespace: e.to[0]!.namespaceSelector.matchLabels["kubernetes.io/metadata.name"],
        pods: e.to[0]!.podSelector?.matchLabels,
        ports: e.ports?.map((x) => x.port),
      })),
    );

describe("tenant", () => {
  const byNs = rendered([pg, caches.gitlab, caches.harbor, gitlabTenant]);
  const gitlab = byNs.get("gitlab-system") ?? [];

  it("renders its namespace with the stated Pod Security level, a quota and container limits", () => {
    const ns = gitlab.find((o) => o.kind === "Namespace")!;
    expect(ns.metadata.labels).toMatchObject({ "pod-security.kubernetes.io/enforce": "baseline", "k8s-gitops.io/tenant": "gitlab" });
    const quota = gitlab.find((o) => o.kind === "ResourceQuota")!;
    expect(quota.spec.hard).toEqual({
      "requests.cpu": "4",
      "requests.memory": "8Gi",
      "limits.cpu": "8",
      "limits.memory": "16Gi",
      pods: "20",
      persistentvolumeclaims: "2",
      "requests.storage": "60Gi",
      "services.loadbalancers": "0",
      "services.nodeports": "0",
    });
    const limits = gitlab.find((o) => o.kind === "LimitRange")!;
    expect(limits.spec.limits).toEqual([{ type: "Container", defaultRequest: { cpu: "100m", memory: "128Mi" }, default: { cpu: "500m", memory: "512Mi" }, max: { cpu: "2", memory: "4Gi" } }]);
  });

  it("reaches its own pooler and its own Dragonfly, and no other tenant's", () => {
    expect(gitlab.some((p) => p.metadata.name === "default-deny-all-egress")).toBe(true);
    expect(egressPeers(gitlab)).toEqual([
      { namespace: "cnpg-system", pods: { "cnpg.io/poolerName": "gitlab-pooler" }, ports: [5432] },
      { namespace: "dragonfly-gitlab", pods: undefined, ports: [6379] },
    ]);
    // Nothing towards Harbor's cache namespace or Harbor's pooler.
    expect(JSON.stringify(gitlab)).not.toMatch(/harbor/);
    // The server sides admit it: Harbor's cache admits only harbor.
    const harborCache = (byNs.get("dragonfly-harbor") ?? []).filter((p) => p.metadata.name.startsWith("allow-from-"));
    expect(harborCache.map((p) => p.metadata.name).sort()).toEqual(["allow-from-dragonfly-operator-system", "allow-from-harbor"]);
  });

  it("reaches outside the cluster only by what it declares", () => {
    const fqdn = gitlab.filter((p) => p.kind === "CiliumNetworkPolicy" && JSON.stringify(p.spec).includes("toFQDNs"));
    expect(fqdn.map((p) => [p.metadata.name, (p.spec.egress as { toFQDNs: unknown }[])[0]!.toFQDNs])).toEqual([
      ["allow-object-store", [{ matchName: "s3.monosense.io" }]],
      ["allow-oidc-issuer", [{ matchName: "sso.monosense.io" }]],
    ]);
    // No Kubernetes API: it did not ask.
    expect(gitlab.some((p) => p.metadata.name === "allow-kube-api-egress")).toBe(false);
    const names = gitlab.filter((p) => p.kind.endsWith("NetworkPolicy")).map((p) => `${p.kind}/${p.metadata.name}`);
    expect(names.sort()).toEqual(
      [
        "CiliumNetworkPolicy/allow-dns-egress",
        "CiliumNetworkPolicy/allow-gateway-egress",
        "CiliumNetworkPolicy/allow-gateway-ingress",
        "CiliumNetworkPolicy/allow-internal",
        "CiliumNetworkPolicy/allow-object-store",
        "CiliumNetworkPolicy/allow-oidc-issuer",
        "CiliumNetworkPolicy/default-deny-all",
        "NetworkPolicy/allow-dns-egress",
        "NetworkPolicy/allow-from-gitlab-runner",
        "NetworkPolicy/allow-internal",
        "NetworkPolicy/allow-to-cnpg-system",
        "NetworkPolicy/allow-to-dragonfly-gitlab",
        "NetworkPolicy/default-deny-all-egress",
        "NetworkPolicy/default-deny-all-ingress",
      ].sort(),
    );
    const ingress = gitlab.find((p) => p.metadata.name === "allow-gateway-ingress")!;
    expect(ingress.spec.ingress).toEqual([{ fromEntities: ["ingress"], toPorts: [{ ports: [{ port: "8181", protocol: "TCP" }] }] }]);
  });

  it("trusts its providers' CA in its own namespace, once per issuer, and depends on the providers", () => {
    // The pooler and the cache are both signed by the internal CA: one trust Secret.
    expect(gitlabTenant.outputs.trusted).toEqual([{ issuer: internalCa, secret: "platform-internal-ca-trust", key: "ca.crt" }]);
    const certs = gitlab.filter((o) => o.kind === "Certificate");
    expect(certs.map((c) => c.spec)).toEqual([
      {
        secretName: "platform-internal-ca-trust",
        commonName: "platform-internal-ca-trust.gitlab-system",
        duration: "2160h",
        renewBefore: "720h",
        privateKey: { algorithm: "ECDSA", size: 256, rotationPolicy: "Always" },
        usages: ["digital signature", "client auth"],
        issuerRef: internalCa,
      },
    ]);
    expect(gitlabTenant.dependsOn).toEqual([cilium, pg, caches.gitlab]);
  });

  it("adds a new tenant in one call: namespace, quota, limits, policies and its database", () => {
    const wikiSpec = { name: "wiki", namespace: "wiki", database: { poolMode: "transaction", pool } } as const;
    const db = databases([wikiSpec]);
    const wiki = tenant({ ...wikiSpec, podSecurity: "restricted", ...sizing, allowances: [postgres(db, "wiki"), registry("harbor.infra.monosense.io"), internet([443])] }, { cilium });
    const out = rendered([db, wiki]);
    const objs = out.get("wiki") ?? [];
    expect(objs.filter((o) => ["Namespace", "ResourceQuota", "LimitRange"].includes(o.kind)).map((o) => o.kind).sort()).toEqual(["LimitRange", "Namespace", "ResourceQuota"]);
    expect(egressPeers(objs)).toEqual([{ namespace: "cnpg-system", pods: { "cnpg.io/poolerName": "wiki-pooler" }, ports: [5432] }]);
    const cnpg = out.get("cnpg-system") ?? [];
    expect(cnpg.some((o) => o.kind === "Database" && o.metadata.name === "wiki")).toBe(true);
    expect(cnpg.some((o) => o.kind === "Pooler" && o.metadata.name === "wiki-pooler")).toBe(true);
    expect(cnpg.find((o) => o.metadata.name === "allow-from-wiki-to-wiki-pooler" || o.metadata.name === "allow-from-wiki")).toBeDefined();
  });

  it("asks for the Kubernetes API only when it declares it", () => {
    const runner = tenant({ name: "runner", namespace: "runner", podSecurity: "baseline", ...sizing, allowances: [kubeApi(), internet()] }, { cilium });
    expect(runner.network?.kubeApi).toBe(true);
    expect(gitlabTenant.network?.kubeApi).toBe(false);
    expect(runner.dependsOn).toEqual([cilium]);
  });

  it("refuses a connection its provider does not admit", () => {
    expect(() => tenant({ name: "intruder", namespace: "intruder", podSecurity: "restricted", ...sizing, allowances: [dragonfly(caches.harbor)] }, { cilium })).toThrowError(
      /component tenant-intruder, field allowances\[0\]: dragonfly-harbor admits no pods of namespace intruder on port 6379/,
    );
    expect(() => tenant({ name: "gitlab", namespace: "elsewhere", podSecurity: "restricted", ...sizing, allowances: [postgres(pg, "gitlab")] }, { cilium })).toThrowError(
      /postgres-shared admits no pods of namespace elsewhere to its pods cnpg.io\/poolerName=gitlab-pooler on port 5432/,
    );
  });

  it("refuses sizes that cannot work and allowances that clash", () => {
    const base = { name: "x", namespace: "x", podSecurity: "restricted", allowances: [] } as const;
    expect(() => tenant({ ...base, ...sizing, quota: { ...sizing.quota, requests: { cpu: "10", memory: "1Gi" } } }, { cilium })).toThrowError(/field quota.requests.cpu: quota.requests.cpu 10 exceeds quota.limits.cpu 8/);
    expect(() => tenant({ ...base, ...sizing, limits: { ...sizing.limits, default: { cpu: "4", memory: "512Mi" } } }, { cilium })).toThrowError(/limits.default.cpu 4 exceeds limits.max.cpu 2/);
    expect(() => tenant({ ...base, ...sizing, allowances: [internet(), internet([443])] }, { cilium })).toThrowError(/two allowances are named "internet"/);
    expect(() => tenant({ ...base, ...sizing, allowances: [from("x", [80])] }, { cilium })).toThrowError(/names the tenant's own namespace/);
  });
});
