import { Certificate } from "@kubernetes-models/cert-manager/cert-manager.io/v1";
import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2";
import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { HTTPRoute } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1";
import { PrometheusRule, ServiceMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { ANNOTATIONS, cluster, componentsOf, ConfigError, render, type Resource } from "@k8s-gitops/core";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { describe, expect, it } from "vitest";
import { Keycloak, NAMESPACE } from "../src/index.ts";
import { build, connection, deps, postgres, realm } from "./fixtures.ts";

const find = <T extends Resource>(rs: readonly Resource[], is: (r: Resource) => r is T): T[] => rs.filter(is);
const instanceOf = (rs: readonly Resource[]) => find(rs, (r): r is Keycloak => Keycloak.is(r))[0]!;

describe("keycloak: the instance", () => {
  const d = deps();
  const group = build({}, d);
  const { server } = group;
  const kc = instanceOf(server.resources);

  it("connects to the tenant's pooler with the connection's host, port and database", () => {
    expect(kc.spec?.db).toMatchObject({ vendor: "postgres", host: "keycloak-pooler.cnpg-system.svc", port: 5432, database: "keycloak" });
    expect(kc.spec?.db?.usernameSecret).toEqual({ name: "keycloak-db", key: "username" });
    // Session mode: 2 pods × 10 fit the pooler's default pool of 20.
    expect(kc.spec?.db?.poolMaxSize).toBe(10);
    expect(kc.spec?.additionalOptions).toContainEqual({ name: "db-url-properties", value: "?sslmode=verify-full&sslrootcert=/opt/keycloak/conf/db-ca/ca.crt" });
    expect(() => kc.validate()).not.toThrow();
  });

  it("follows the connection output: another tenant renders another database", () => {
    const moved = instanceOf(build({}, { postgres: postgres(connection("postgres-other", "keycloak", "pg-other")) }).server.resources);
    expect(moved.spec?.db).toMatchObject({ host: "keycloak-pooler.pg-other.svc", database: "keycloak" });
    const renamed = { ...connection(), host: "sso-pooler.cnpg-system.svc", port: 6432, database: "sso" };
    const other = build({}, { postgres: postgres(renamed) }).server;
    expect(instanceOf(other.resources).spec?.db).toMatchObject({ host: "sso-pooler.cnpg-system.svc", port: 6432, database: "sso" });
    expect(other.network?.egressTo).toEqual([{ namespace: "cnpg-system", podLabels: { "cnpg.io/poolerName": "sso-pooler" }, ports: [6432] }]);
    const es = find(other.resources, (r): r is ExternalSecret => ExternalSecret.is(r)).find((e) => e.metadata?.name === "keycloak-db");
    expect(es?.spec?.data?.map((x) => x.remoteRef.key)).toEqual(["kubernetes/apps/cloudnative-pg/keycloak", "kubernetes/apps/cloudnative-pg/keycloak"]);
  });

  it("verifies the pooler with the connection's CA, brought into its namespace and mounted alone", () => {
    const trust = find(server.resources, (r): r is Certificate => Certificate.is(r)).find((x) => x.metadata?.name === "keycloak-db-ca");
    expect(trust?.metadata?.namespace).toBe(NAMESPACE);
    expect(trust?.spec?.issuerRef).toEqual({ name: "postgres-apps-internal-ca", kind: "ClusterIssuer", group: "cert-manager.io" });
    const pod = kc.spec?.unsupported?.podTemplate?.spec;
    expect(pod?.volumes).toEqual([{ name: "db-ca", secret: { secretName: "keycloak-db-ca", items: [{ key: "ca.crt", path: "ca.crt" }] } }]);
    expect(pod?.containers?.[0]?.volumeMounts).toEqual([{ name: "db-ca", mountPath: "/opt/keycloak/conf/db-ca", readOnly: true }]);
    const other = build({}, { postgres: postgres(connection("postgres-other")) }).server;
    expect(find(other.resources, (r): r is Certificate => Certificate.is(r)).find((x) => x.metadata?.name === "keycloak-db-ca")?.spec?.issuerRef.name).toBe("postgres-other-internal-ca");
  });

  it("makes its own copy of the role's credentials and the bootstrap admin from 1Password", () => {
    const secrets = find(server.resources, (r): r is ExternalSecret => ExternalSecret.is(r));
    expect(secrets.map((e) => [e.metadata?.name, e.spec?.target?.name, e.spec?.data?.map((x) => `${x.secretKey}=${x.remoteRef.key}#${x.remoteRef.property}`)])).toEqual([
      ["keycloak-admin", "keycloak-admin", ["password=kubernetes/apps/keycloak/admin#password", "username=kubernetes/apps/keycloak/admin#username"]],
      ["keycloak-db", "keycloak-db", ["password=kubernetes/apps/cloudnative-pg/keycloak#password", "username=kubernetes/apps/cloudnative-pg/keycloak#username"]],
    ]);
    expect(kc.spec?.bootstrapAdmin).toEqual({ user: { secret: "keycloak-admin" } });
  });

  it("serves TLS with a certificate from the production ClusterIssuer for its host name", () => {
    const cert = find(server.resources, (r): r is Certificate => Certificate.is(r)).find((x) => x.metadata?.name === "sso-tls");
    expect(cert?.spec).toMatchObject({ secretName: "sso-tls", dnsNames: ["sso.monosense.io"], issuerRef: { name: "letsencrypt-production", kind: "ClusterIssuer" } });
    expect(kc.spec?.http).toEqual({ httpEnabled: true, tlsSecret: "sso-tls" });
    expect(kc.spec?.hostname).toEqual({ hostname: "https://sso.monosense.io", strict: true });
    expect(kc.spec?.proxy).toEqual({ headers: "xforwarded" });
  });

  it("is routed on the external gateway to its HTTP port, and lets only the gateway in there", () => {
    const [route] = find(server.resources, (r): r is HTTPRoute => HTTPRoute.is(r));
    expect(route?.spec?.parentRefs).toEqual([{ group: "gateway.networking.k8s.io", kind: "Gateway", name: "cilium-gateway-external", namespace: "kube-system", sectionName: "https" }]);
    expect(route?.spec?.hostnames).toEqual(["sso.monosense.io"]);
    expect(route?.spec?.rules?.[0]?.backendRefs).toEqual([{ kind: "Service", name: "keycloak-service", port: 8080, weight: 1 }]);
    const [cnp] = find(server.resources, (r): r is CiliumNetworkPolicy => CiliumNetworkPolicy.is(r));
    expect(cnp?.spec).toEqual({
      endpointSelector: { matchLabels: { app: "keycloak", "app.kubernetes.io/instance": "keycloak" } },
      ingress: [{ fromEntities: ["ingress"], toPorts: [{ ports: [{ port: "8080", protocol: "TCP" }] }] }],
    });
  });

  it("reaches exactly its pooler's namespace, pods and port; it declares no ingress (the scrape is the baseline's)", () => {
    expect(server.network).toEqual({
      namespace: NAMESPACE,
      egressTo: [{ namespace: "cnpg-system", podLabels: { "cnpg.io/poolerName": "keycloak-pooler" }, ports: [5432] }],
    });
  });

  it("classifies its data as confidential personal data (GDPR)", () => {
    expect(kc.metadata?.annotations).toMatchObject({ [ANNOTATIONS.classification]: "confidential", [ANNOTATIONS.compliance]: "gdpr" });
  });

  it("runs 2 pods on different nodes under the restricted standard, with a disruption budget", () => {
    expect(kc.spec?.instances).toBe(2);
    expect(kc.spec?.scheduling?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.[0]).toEqual({
      labelSelector: { matchLabels: { app: "keycloak", "app.kubernetes.io/instance": "keycloak" } },
      topologyKey: "kubernetes.io/hostname",
    });
    expect(kc.spec?.resources).toEqual({ requests: { cpu: "500m", memory: "1Gi" }, limits: { cpu: "2000m", memory: "2Gi" } });
    const pod = kc.spec?.unsupported?.podTemplate?.spec;
    expect(pod?.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } });
    expect(pod?.containers?.[0]?.securityContext).toMatchObject({ allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } });
    const [pdb] = find(server.resources, (r): r is PodDisruptionBudget => PodDisruptionBudget.is(r));
    expect(pdb?.spec).toEqual({ maxUnavailable: 1, selector: { matchLabels: { app: "keycloak", "app.kubernetes.io/instance": "keycloak" } } });
  });

  it("scrapes the management interface and alerts, after the monitoring CRDs", () => {
    const [sm] = find(server.resources, (r): r is ServiceMonitor => ServiceMonitor.is(r));
    expect(sm?.spec?.endpoints).toEqual([{ port: "management", path: "/metrics", scheme: "https", interval: "30s", scrapeTimeout: "10s", tlsConfig: { serverName: "sso.monosense.io" } }]);
    const [rule] = find(server.resources, (r): r is PrometheusRule => PrometheusRule.is(r));
    const alerts = rule?.spec?.groups?.flatMap((g) => g.rules?.map((x) => x.alert) ?? []);
    expect(alerts).toEqual([
      "KeycloakDown",
      "KeycloakNotHighlyAvailable",
      "KeycloakHighResponseTime",
      "KeycloakJVMMemoryHigh",
      "KeycloakJVMMemoryCritical",
      "KeycloakJVMGCPressure",
      "KeycloakDatabaseConnectionsHigh",
      "KeycloakDatabaseConnectionsExhausted",
    ]);
    expect(rule?.spec?.groups?.flatMap((g) => g.rules ?? []).every((x) => x.expr.toString().includes('job="keycloak-service",namespace="keycloak-system"'))).toBe(true);
    expect(server.dependsOn).toContain(d.prometheusOperatorCrds);
  });

  it("waits for the operator, the secret store, the issuers, the gateways and the database; it provides the operator's Services", () => {
    expect(server.dependsOn).toEqual([group.operator, d.secretStore, d.issuers, d.gateways, d.postgres, d.prometheusOperatorCrds]);
    expect(server.healthChecks).toEqual([{ apiVersion: "k8s.keycloak.org/v2alpha1", kind: "Keycloak", name: "keycloak", namespace: NAMESPACE }]);
    expect(server.provides.services).toEqual([
      { namespace: NAMESPACE, name: "keycloak-discovery" },
      { namespace: NAMESPACE, name: "keycloak-service" },
    ]);
    expect(server.outputs.url).toBe("https://sso.monosense.io");
  });

  it("renders with its dependencies in a cluster", () => {
    const all = componentsOf([group]);
    const components = [...new Set([...all.flatMap((c) => c.dependsOn.flatMap((x) => [...x.dependsOn, x])), ...all])];
    const tree = render(cluster({ name: "test", values: {}, components }));
    const files = [...tree.files.keys()];
    expect(files).toContain("components/keycloak/keycloak-keycloak.yaml");
    expect(files).toContain("components/keycloak-realm/keycloakrealmimport-platform-realm.yaml");
  });
});

describe("keycloak: rules", () => {
  it("rejects a realm served on another host", () => {
    expect(() => build({ hostname: "id.monosense.io" })).toThrow(ConfigError);
    expect(() => build({ hostname: "id.monosense.io" })).toThrow(/realm's host sso.monosense.io is not the instance's hostname id.monosense.io/);
  });

  it("rejects a single instance", () => {
    expect(() => build({ instances: 1 })).toThrow(/instances 1: one pod leaves logins down/);
  });

  it("rejects a database host that is not a Service name", () => {
    expect(() => build({}, { postgres: postgres({ ...connection(), host: "10.0.0.5" }) })).toThrow(/database host "10.0.0.5" is not a Service name/);
  });

  it("rejects a host the external gateway's certificate does not cover", () => {
    const deeper = "sso.apps.monosense.io";
    expect(() => build({ hostname: deeper, realm: { ...realm, host: deeper } })).toThrow(/sso.apps.monosense.io is not covered by gateway cilium-gateway-external's certificate/);
  });
});
