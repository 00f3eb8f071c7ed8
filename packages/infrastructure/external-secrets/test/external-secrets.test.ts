import { ClusterSecretStore, ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { cluster, render } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { defaults, externalSecret, externalSecrets } from "../src/index.ts";

const options = {
  connectHost: "http://opconnect.monosense.dev",
  vault: "Infra",
  connectToken: { name: "onepassword-connect-token", key: "token", from: { item: "shared-1password", property: "OP_CONNECT_TOKEN" } },
} as const;
const cilium = standIn("cilium", { bootstrapPhase: 2 });
const coredns = standIn("coredns", { bootstrapPhase: 2 });
const monitoringCrds = standIn("prometheus-operator-crds", { bootstrapPhase: 1 });
const deps = { cilium, coredns, monitoringCrds };

type HelmReleaseFile = { spec: { values: Record<string, unknown>; upgrade: { crds: string } } };

describe("externalSecrets", () => {
  it("splits the operator and the store, the store depending on the operator", () => {
    const eso = externalSecrets(options, deps);
    expect(eso.store.dependsOn).toEqual([eso.operator]);
    expect(eso.operator.dependsOn).toEqual([cilium, coredns, monitoringCrds]);
    expect(eso.store.outputs.storeRef).toEqual({ kind: "ClusterSecretStore", name: "onepassword" });
    expect(eso.operator.provides.crds).toContain("external-secrets.io/ClusterSecretStore");
  });

  it("points the 1Password ClusterSecretStore (external-secrets.io/v1) at Connect and the vault", () => {
    const store = externalSecrets(options, deps).store.resources[0];
    expect(ClusterSecretStore.is(store)).toBe(true);
    expect(store?.apiVersion).toBe("external-secrets.io/v1");
    expect((store as ClusterSecretStore).spec?.provider?.onepassword).toEqual({
      connectHost: "http://opconnect.monosense.dev",
      vaults: { Infra: 1 },
      auth: { secretRef: { connectTokenSecretRef: { name: "onepassword-connect-token", namespace: "external-secrets", key: "token" } } },
    });
  });

  it("declares the Connect token as a day-zero secret of the store, by its 1Password field only", () => {
    expect(externalSecrets(options, deps).store.bootstrapSecrets).toEqual([
      { namespace: "external-secrets", name: "onepassword-connect-token", data: { token: { item: "shared-1password", property: "OP_CONNECT_TOKEN" } } },
    ]);
  });

  it("pins the chart and installs its CRDs with it", () => {
    const eso = externalSecrets(options, deps);
    const tree = render(cluster({ name: "infra", values: {}, components: [cilium, coredns, monitoringCrds, eso] }));
    const source = parse(tree.files.get("components/external-secrets/ocirepository-external-secrets.yaml")!) as { spec: { url: string; ref: { tag: string } } };
    expect(source.spec).toMatchObject({ url: "oci://ghcr.io/external-secrets/charts/external-secrets", ref: { tag: "0.20.4" } });
    const hr = parse(tree.files.get("components/external-secrets/helmrelease-external-secrets.yaml")!) as HelmReleaseFile;
    expect(hr.spec.values).toEqual(defaults);
    expect(hr.spec.upgrade.crds).toBe("CreateReplace");
  });

  it("merges a nested override over the defaults, keeping the siblings", () => {
    const eso = externalSecrets({ ...options, values: { metrics: { service: { port: 9090 } }, replicaCount: 3 } }, deps);
    const hr = parse(render(cluster({ name: "infra", values: {}, components: [cilium, coredns, monitoringCrds, eso] })).files.get("components/external-secrets/helmrelease-external-secrets.yaml")!) as HelmReleaseFile;
    expect(hr.spec.values).toMatchObject({ replicaCount: 3, installCRDs: true, metrics: { service: { enabled: true, port: 9090 } } });
  });

  it("is scraped (controller, webhook, cert controller) and alerts by default; monitoring: false leaves out the ServiceMonitors and alerts", () => {
    const values = (o: typeof options & { monitoring?: boolean }) =>
      (parse(render(cluster({ name: "infra", values: {}, components: [cilium, coredns, monitoringCrds, externalSecrets(o, deps)] })).files.get("components/external-secrets/helmrelease-external-secrets.yaml")!) as HelmReleaseFile).spec.values;
    expect(values(options)).toMatchObject({
      serviceMonitor: { enabled: true, renderMode: "failIfMissing" },
      metrics: { service: { enabled: true } },
      webhook: { metrics: { service: { enabled: true } } },
      certController: { metrics: { service: { enabled: true } } },
    });
    const rule = externalSecrets(options, deps).operator.resources.find((r): r is PrometheusRule => PrometheusRule.is(r));
    expect(rule?.spec.groups?.[0]?.rules?.map((r) => [r.alert, r.labels?.["severity"], Object.keys(r.annotations ?? {})])).toEqual([
      ["ExternalSecretsOperatorDown", "critical", ["summary", "description"]],
      ["ExternalSecretNotReady", "warning", ["summary", "description"]],
      ["ExternalSecretSyncErrors", "warning", ["summary", "description"]],
    ]);
    // The error counter only grows: alert on its increase, not its value.
    expect(rule?.spec.groups?.[0]?.rules?.[2]?.expr).toContain("increase(externalsecret_sync_calls_error[15m])");
    expect(values({ ...options, monitoring: false })).toMatchObject({ serviceMonitor: { enabled: false } });
    expect(externalSecrets({ ...options, monitoring: false }, deps).operator.resources.some((r) => r.kind === "PrometheusRule")).toBe(false);
  });

  it("allows egress to exactly the Connect host and port", () => {
    expect(externalSecrets({ ...options, connectHost: "https://connect.example.org:8443" }, deps).operator.network?.egressFqdns).toEqual([
      { name: "allow-onepassword-connect", hosts: [{ name: "connect.example.org" }], ports: [8443] },
    ]);
  });
});

describe("externalSecret", () => {
  it("maps Secret keys to 1Password fields, sorted", () => {
    const es = externalSecret({
      name: "db",
      namespace: "apps",
      store: { kind: "ClusterSecretStore", name: "onepassword" },
      data: { password: { item: "kubernetes/apps/db", property: "password" }, username: { item: "kubernetes/apps/db", property: "username" } },
    });
    expect(ExternalSecret.is(es)).toBe(true);
    expect(es.spec?.data?.map((d) => d.secretKey)).toEqual(["password", "username"]);
    expect(es.spec?.target).toEqual({ name: "db", creationPolicy: "Owner" });
    expect(es.spec?.secretStoreRef).toEqual({ kind: "ClusterSecretStore", name: "onepassword" });
  });
});
