import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2";
import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { HTTPRoute } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { ANNOTATIONS, cluster, ConfigError, port, render, type Resource } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import type { SecretStoreRef } from "@k8s-gitops/external-secrets";
import { testGateways } from "@k8s-gitops/gateway/testing";
import { ConfigMap, PersistentVolumeClaim } from "kubernetes-models/v1";
import { describe, expect, it } from "vitest";
import { ALL_CLUSTERS_UID, defaults, grafana, GRAFANA_COM_DASHBOARDS, shippedDashboards, type Datasource, type GrafanaOptions } from "../src/index.ts";

const gateways = testGateways();
const secretStore = standIn<{ storeRef: SecretStoreRef }>("external-secrets-store", { outputs: { storeRef: { kind: "ClusterSecretStore", name: "onepassword" } } });
const monitoringCrds = standIn("prometheus-operator-crds", { provides: { crds: ["monitoring.coreos.com/ServiceMonitor", "monitoring.coreos.com/PrometheusRule"] } });
// The gateways' own stand-in Cilium: a cluster has one.
const cilium = gateways.dependsOn.find((c) => c.name === "cilium") ?? standIn("cilium");
const base = { cilium, coredns: standIn("coredns"), secretStore, gateways, storage: standIn("rook-ceph-cluster") };
const deps = { ...base, monitoringCrds };
const stores = {
  namespace: "observability",
  metricsSelect: { name: "vmselect-global", port: port(8481) },
  logs: { name: "vlsingle-global", port: port(9428) },
};
const options: GrafanaOptions = {
  cluster: "infra",
  hostname: "grafana.monosense.io",
  stores,
  tenants: [
    { id: 1, name: "infra" },
    { id: 2, name: "apps" },
  ],
  defaultTenant: "infra",
  admin: { item: "kubernetes/infra/grafana-admin" },
  storage: { storageClass: "rook-ceph-block", size: "10Gi" },
};
const find = <T extends Resource>(rs: readonly Resource[], is: (r: unknown) => r is T, name?: string): T | undefined =>
  rs.filter(is).find((r) => name === undefined || r.metadata?.name === name);
type Values = { datasources: { "datasources.yaml": { datasources: Datasource[] } }; dashboards: Record<string, Record<string, { gnetId: number; datasource: { name: string; value: string }[] }>> } & Record<string, unknown>;
const valuesOf = (c: ReturnType<typeof grafana>) => find(c.resources, (r): r is HelmRelease => HelmRelease.is(r))?.spec?.values as Values | undefined;
const sources = (c: ReturnType<typeof grafana>) => valuesOf(c)?.datasources["datasources.yaml"].datasources ?? [];

describe("grafana", () => {
  const g = grafana(options, deps);

  it("reads each tenant's metrics at vmselect and logs at VictoriaLogs, from the typed store endpoints", () => {
    expect(sources(g).map((d) => [d.uid, d.type, d.url, d.isDefault ?? false])).toEqual([
      ["vm-apps", "prometheus", "http://vmselect-global.observability.svc:8481/select/2/prometheus", false],
      ["vm-infra", "prometheus", "http://vmselect-global.observability.svc:8481/select/1/prometheus", true],
      [ALL_CLUSTERS_UID, "prometheus", "http://vmselect-global.observability.svc:8481/select/multitenant/prometheus", false],
      ["vl-apps", "victoriametrics-logs-datasource", "http://vlsingle-global.observability.svc:9428", false],
      ["vl-infra", "victoriametrics-logs-datasource", "http://vlsingle-global.observability.svc:9428", false],
    ]);
    const logs = sources(g).find((d) => d.uid === "vl-apps");
    expect(logs?.jsonData).toMatchObject({ httpHeaderName1: "AccountID" });
    expect(logs?.secureJsonData).toMatchObject({ httpHeaderValue1: "2" });
  });

  it("follows the store endpoints: another namespace and port give other URLs, and the egress follows them", () => {
    const other = grafana({ ...options, stores: { namespace: "metrics", metricsSelect: { name: "vmselect", port: port(9000) }, logs: { name: "logs", port: port(9001) } } }, deps);
    expect(sources(other).find((d) => d.uid === "vm-infra")?.url).toBe("http://vmselect.metrics.svc:9000/select/1/prometheus");
    expect(sources(other).find((d) => d.uid === "vl-infra")?.url).toBe("http://logs.metrics.svc:9001");
    expect(other.network?.egressTo).toEqual([{ namespace: "metrics", ports: [9000, 9001] }]);
  });

  it("declares no scrape ingress of its own (the baseline's rule admits the metrics agent)", () => {
    expect(g.network?.ingressFrom).toBeUndefined();
  });

  it("takes the admin from 1Password and keeps no credential in its values", () => {
    const es = find(g.resources, (r): r is ExternalSecret => ExternalSecret.is(r), "grafana-admin");
    expect(es?.spec?.secretStoreRef).toEqual({ kind: "ClusterSecretStore", name: "onepassword" });
    expect(es?.spec?.data).toEqual([
      { secretKey: "admin-password", remoteRef: { key: "kubernetes/infra/grafana-admin", property: "password" } },
      { secretKey: "admin-user", remoteRef: { key: "kubernetes/infra/grafana-admin", property: "username" } },
    ]);
    expect(valuesOf(g)).toMatchObject({ admin: { existingSecret: "grafana-admin" } });
    expect(JSON.stringify(valuesOf(g))).not.toMatch(/adminPassword/);
  });

  it("serves on the internal gateway, admitting the gateway's Envoy only to Grafana's port", () => {
    const route = find(g.resources, (r): r is HTTPRoute => HTTPRoute.is(r));
    expect(route?.spec?.hostnames).toEqual(["grafana.monosense.io"]);
    expect(route?.spec?.parentRefs?.[0]?.name).toBe("cilium-gateway-internal");
    expect(route?.spec?.rules?.[0]?.backendRefs?.[0]).toMatchObject({ name: "grafana", port: 80 });
    const cnp = find(g.resources, (r): r is CiliumNetworkPolicy => CiliumNetworkPolicy.is(r));
    expect(cnp?.spec?.ingress).toEqual([{ fromEntities: ["ingress"], toPorts: [{ ports: [{ port: "3000", protocol: "TCP" }] }] }]);
    expect(g.outputs.url).toBe("https://grafana.monosense.io");
    expect(() => grafana({ ...options, hostname: "grafana.other.example" }, deps)).toThrow(/not covered by gateway/);
  });

  it("keeps its database on a classified claim of the storage class", () => {
    const pvc = find(g.resources, (r): r is PersistentVolumeClaim => PersistentVolumeClaim.is(r));
    expect(pvc?.spec?.storageClassName).toBe("rook-ceph-block");
    expect(pvc?.metadata?.annotations?.[ANNOTATIONS.classification]).toBe("internal");
    expect(valuesOf(g)).toMatchObject({ persistence: { enabled: true, existingClaim: "grafana" }, replicas: 1, deploymentStrategy: { type: "Recreate" } });
    expect(g.dependsOn).toContain(base.storage);
  });

  it("ships the old repository's own dashboards as sidecar ConfigMaps and the grafana.com ones by id, bound to the default tenant", () => {
    const maps = g.resources.filter((r): r is ConfigMap => ConfigMap.is(r));
    expect(maps.map((m) => m.metadata?.name).sort()).toEqual(shippedDashboards().map((d) => `grafana-dashboard-${d.uid}`).sort());
    expect(maps.length).toBe(5);
    for (const m of maps) {
      expect(m.metadata?.labels).toEqual({ grafana_dashboard: "1" });
      const model = JSON.parse(Object.values(m.data ?? {})[0] ?? "{}") as { dashboard?: unknown; title?: string };
      expect(model.dashboard).toBeUndefined();
      expect(model.title).not.toMatch(/\$\{CLUSTER\}/);
    }
    const remote = valuesOf(g)?.dashboards ?? {};
    expect(Object.values(remote).flatMap((p) => Object.values(p).map((d) => d.gnetId)).sort((a, b) => a - b)).toEqual(GRAFANA_COM_DASHBOARDS.map((d) => d.gnetId).sort((a, b) => a - b));
    expect(remote["grafana-com-observability"]?.["fluent-bit"]?.datasource).toEqual([{ name: "DS_PROMETHEUS", value: "vm-infra" }]);
  });

  it("signs in with an OIDC client when given one, its secret from 1Password", () => {
    const oidc = {
      issuerUrl: "https://auth.monosense.io/realms/platform" as const,
      clientId: "grafana",
      secret: { item: "kubernetes/infra/keycloak/grafana", property: "client-secret" },
      redirectUris: ["https://grafana.monosense.io/login/generic_oauth" as const],
    };
    const withOidc = grafana({ ...options, oidc }, deps);
    expect(valuesOf(withOidc)?.["grafana.ini"]).toMatchObject({
      "auth.generic_oauth": { enabled: true, client_id: "grafana", auth_url: "https://auth.monosense.io/realms/platform/protocol/openid-connect/auth" },
    });
    expect(valuesOf(withOidc)?.envValueFrom).toEqual({ GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET: { secretKeyRef: { name: "grafana-oidc", key: "client-secret" } } });
    expect(find(withOidc.resources, (r): r is ExternalSecret => ExternalSecret.is(r), "grafana-oidc")?.spec?.data?.[0]?.remoteRef).toEqual({ key: "kubernetes/infra/keycloak/grafana", property: "client-secret" });
    expect(withOidc.network?.egressFqdns?.map((f) => f.name)).toContain("allow-oidc-issuer");
    expect(valuesOf(g)?.["grafana.ini"]).not.toHaveProperty("auth.generic_oauth");
  });

  it("merges a nested override over the defaults, keeping the siblings", () => {
    const v = valuesOf(grafana({ ...options, values: { sidecar: { dashboards: { searchNamespace: "grafana" } } } }, deps));
    expect(v?.sidecar).toEqual({ ...defaults.sidecar, dashboards: { ...defaults.sidecar.dashboards, searchNamespace: "grafana" } });
    expect(v?.resources).toEqual(defaults.resources);
  });

  it("monitors Grafana by default and refuses monitoring without the CRDs", () => {
    expect(valuesOf(g)).toMatchObject({ serviceMonitor: { enabled: true } });
    expect(find(g.resources, (r): r is PrometheusRule => PrometheusRule.is(r))?.spec?.groups?.[0]?.rules?.[0]?.alert).toBe("GrafanaDown");
    expect(() => grafana(options, base)).toThrow(/monitoring needs the prometheus-operator CRDs/);
  });

  it("refuses a default tenant it does not read, and a tenant listed twice", () => {
    expect(() => grafana({ ...options, defaultTenant: "edge" }, deps)).toThrow(ConfigError);
    expect(() => grafana({ ...options, tenants: [...options.tenants, { id: 1, name: "infra" }] }, deps)).toThrow(/listed twice/);
  });

  it("renders in a cluster with its dependencies", () => {
    const files = [...render(cluster({ name: "infra", values: {}, components: [...gateways.dependsOn, base.coredns, secretStore, base.storage, monitoringCrds, gateways, g] })).files.keys()].filter((p) => p.startsWith("components/grafana/"));
    expect(files).toContain("components/grafana/helmrelease-grafana.yaml");
    expect(files).toContain("components/grafana/httproute-grafana.yaml");
    expect(files).toContain("components/grafana/configmap-grafana-dashboard-global-overview.yaml");
  });
});
