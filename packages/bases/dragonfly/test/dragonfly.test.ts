import { internalCaIssuer, type IssuerOutputs } from "@k8s-gitops/cert-manager";
import { Certificate, Issuer } from "@kubernetes-models/cert-manager/cert-manager.io/v1";
import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { PodMonitor, PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { cluster, render, type Resource } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import type { SecretStoreOutputs } from "@k8s-gitops/external-secrets";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { defaults, Dragonfly, dragonfly, dragonflyOperator, type DragonflyInstanceOptions } from "../src/index.ts";

const monitoringCrds = standIn("prometheus-operator-crds", { bootstrapPhase: 1 });
const base = { cilium: standIn("cilium"), coredns: standIn("coredns"), monitoringCrds };
const secretStore = standIn<SecretStoreOutputs>("external-secrets-store", { outputs: { storeRef: { kind: "ClusterSecretStore", name: "onepassword" } } });
const issuers = standIn<IssuerOutputs>("cert-manager-issuers", {
  outputs: { wildcardSecret: { namespace: "kube-system", name: "wildcard-tls" }, wildcardNames: [], clusterIssuers: { staging: "s", production: "p" }, internalCa: internalCaIssuer },
});
const storage = standIn("openebs");
const operator = dragonflyOperator({ instanceNamespaces: ["dragonfly-harbor", "dragonfly-gitlab"] }, base);
const deps = { dragonflyOperator: operator, issuers, secretStore, storage, monitoringCrds };
const options: DragonflyInstanceOptions = { name: "dragonfly-harbor", namespace: "dragonfly-harbor", tenantNamespace: "harbor", passwordItem: "kubernetes/apps/dragonfly/harbor" };
const harbor = dragonfly(options, deps);
const find = <T extends Resource>(is: (r: Resource) => r is T, rs: readonly Resource[] = harbor.resources): T[] => rs.filter(is);
const valuesOf = (c: typeof operator) => find((r): r is HelmRelease => HelmRelease.is(r), c.resources)[0]?.spec?.values;

describe("dragonflyOperator", () => {
  it("installs the CRD from the chart and declares it", () => {
    expect(operator.provides.crds).toEqual(["dragonflydb.io/Dragonfly"]);
    expect(valuesOf(operator)).toMatchObject({ crds: { install: true, keep: true }, grafanaDashboard: { enabled: false } });
  });

  it("is scraped by the chart's ServiceMonitor, its metrics on the pod's address (no kube-rbac-proxy), and alerts; neither with monitoring: false", () => {
    expect(operator.dependsOn).toEqual([base.cilium, base.coredns, monitoringCrds]);
    expect(valuesOf(operator)).toMatchObject({ serviceMonitor: { enabled: true }, rbacProxy: { enabled: false } });
    expect(find((r): r is PrometheusRule => PrometheusRule.is(r), operator.resources)[0]?.spec.groups?.[0]?.rules?.map((r) => [r.alert, r.labels?.["severity"]])).toEqual([["DragonflyOperatorDown", "warning"]]);
    const off = dragonflyOperator({ instanceNamespaces: [], monitoring: false }, base);
    expect(valuesOf(off)).toMatchObject({ serviceMonitor: { enabled: false } });
    expect(off.resources.some((r) => r.kind === "PrometheusRule")).toBe(false);
  });

  it("reaches the instances' pods on the Redis and admin ports", () => {
    expect(operator.network?.egressTo).toEqual([
      { namespace: "dragonfly-gitlab", ports: [6379, 9999] },
      { namespace: "dragonfly-harbor", ports: [6379, 9999] },
    ]);
  });

  it("merges a nested override over the defaults, keeping the siblings", () => {
    const op = dragonflyOperator({ instanceNamespaces: [], values: { manager: { resources: { limits: { memory: "512Mi" } } } } }, base);
    expect(valuesOf(op)).toMatchObject({ manager: { resources: { requests: defaults.manager.resources.requests, limits: { cpu: "500m", memory: "512Mi" } }, securityContext: defaults.manager.securityContext } });
  });
});

describe("dragonfly", () => {
  const df = find((r): r is Dragonfly => Dragonfly.is(r))[0]!;

  it("runs 3 pods, one per node, with the password from 1Password and TLS", () => {
    expect(df.spec?.replicas).toBe(3);
    expect(df.spec?.image).toBe("docker.dragonflydb.io/dragonflydb/dragonfly:v1.34.1");
    expect(df.spec?.authentication).toEqual({ passwordFromSecret: { name: "dragonfly-harbor-auth", key: "password" } });
    expect(df.spec?.tlsSecretRef).toEqual({ name: "dragonfly-harbor-tls" });
    expect(df.spec?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.[0]?.topologyKey).toBe("kubernetes.io/hostname");
    expect(df.spec?.resources).toEqual({ requests: { cpu: "200m", memory: "512Mi" }, limits: { cpu: "1000m", memory: "2Gi" } });
    expect(() => df.validate()).not.toThrow();
    const es = harbor.resources.find((r) => r.kind === "ExternalSecret") as { spec?: { data?: unknown } } | undefined;
    expect(es?.spec?.data).toEqual([{ secretKey: "password", remoteRef: { key: "kubernetes/apps/dragonfly/harbor", property: "password" } }]);
  });

  it("serves a certificate of the platform's internal CA for the Service's names, a CA the tenant can trust from its own namespace", () => {
    const certs = find((r): r is Certificate => Certificate.is(r));
    expect(certs.map((c) => [c.metadata?.name, c.spec?.isCA ?? false, c.spec?.issuerRef])).toEqual([["dragonfly-harbor-tls", false, internalCaIssuer]]);
    expect(certs[0]?.spec?.dnsNames).toContain("dragonfly-harbor.dragonfly-harbor.svc");
    expect(find((r): r is Issuer => Issuer.is(r))).toEqual([]);
    expect(harbor.dependsOn).toContain(issuers);
  });

  it("leaves the disruption budget to the operator, whose pod labels its anti-affinity selects", () => {
    // A second budget on the same pods would make every eviction fail.
    expect(find((r): r is PodDisruptionBudget => PodDisruptionBudget.is(r))).toEqual([]);
    expect(df.spec?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.[0]?.labelSelector).toEqual({
      matchLabels: { app: "dragonfly-harbor", "app.kubernetes.io/name": "dragonfly" },
    });
    expect(df.spec?.podSecurityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 999, fsGroup: 999 });
  });

  it("lets in the operator and its tenant's namespace only", () => {
    expect(harbor.network).toEqual({
      namespace: "dragonfly-harbor",
      ingressFrom: [
        { namespace: "dragonfly-operator-system", ports: [6379, 9999] },
        { namespace: "harbor", ports: [6379] },
      ],
    });
  });

  it("gives its tenant typed connection facts", () => {
    expect(harbor.outputs.connection).toEqual({
      host: "dragonfly-harbor.dragonfly-harbor.svc",
      port: 6379,
      tls: true,
      password: { namespace: "dragonfly-harbor", name: "dragonfly-harbor-auth", key: "password", item: "kubernetes/apps/dragonfly/harbor" },
      ca: { issuer: internalCaIssuer, key: "ca.crt" },
    });
    // @ts-expect-error an instance has one connection, not one per tenant name.
    expect(harbor.outputs.connections).toBeUndefined();
  });

  it("snapshots to a volume of the storage class given", () => {
    const snap = find((r): r is Dragonfly => Dragonfly.is(r), dragonfly({ ...options, snapshot: { cron: "0 */6 * * *", storageClass: "openebs-local-nvme", size: "10Gi" } }, deps).resources)[0]!;
    expect(snap.spec?.snapshot).toEqual({
      cron: "0 */6 * * *",
      persistentVolumeClaimSpec: { accessModes: ["ReadWriteOnce"], storageClassName: "openebs-local-nvme", resources: { requests: { storage: "10Gi" } } },
    });
  });

  it("refuses one pod, a six-field snapshot cron and a snapshot without storage", () => {
    expect(() => dragonfly({ ...options, replicas: 1 }, deps)).toThrowError("Dragonfly/dragonfly-harbor/dragonfly-harbor, field spec.replicas: replicas 1: one pod has no replica to fail over to");
    expect(() => dragonfly({ ...options, snapshot: { cron: "0 0 */6 * * *", storageClass: "x", size: "1Gi" } }, deps)).toThrowError(/field spec.snapshot.cron: snapshot cron "0 0 \*\/6 \* \* \*" must have five fields/);
    expect(() => dragonfly({ ...options, snapshot: { cron: "0 */6 * * *", storageClass: "x", size: "1Gi" } }, { ...deps, storage: undefined })).toThrowError(/field spec.snapshot: a snapshot volume needs the storage component/);
  });

  it("is scraped on the admin port, where Dragonfly serves its metrics, and alerts, by default; neither with monitoring: false", () => {
    const monitor = find((r): r is PodMonitor => PodMonitor.is(r))[0];
    expect(monitor?.metadata).toEqual({ name: "dragonfly-harbor", namespace: "dragonfly-harbor" });
    expect(monitor?.spec).toEqual({ selector: { matchLabels: { app: "dragonfly-harbor", "app.kubernetes.io/name": "dragonfly" } }, podMetricsEndpoints: [{ port: "admin" }] });
    const rule = find((r): r is PrometheusRule => PrometheusRule.is(r))[0];
    expect(rule?.spec.groups?.map((g) => [g.name, g.rules?.map((r) => r.alert)])).toEqual([
      ["dragonfly.availability", ["DragonflyDown", "DragonflyNoPrimary", "DragonflyReplicaCountLow"]],
      ["dragonfly.performance", ["DragonflyMemoryHigh", "DragonflyMemoryCritical", "DragonflyCommandRateHigh"]],
      ["dragonfly.replication", ["DragonflyReplicationLagHigh", "DragonflyReplicationBroken", "DragonflyRoleChange"]],
    ]);
    for (const r of rule?.spec.groups?.flatMap((g) => g.rules ?? []) ?? []) {
      expect(r.expr).toContain('namespace="dragonfly-harbor"');
      expect(Object.keys(r.annotations ?? {})).toEqual(["summary", "description"]);
    }
    expect(rule?.spec.groups?.[0]?.rules?.[2]?.expr).toMatch(/< 3$/);
    // A snapshot volume brings its own alert.
    const snapshotted = dragonfly({ ...options, snapshot: { cron: "0 */6 * * *", storageClass: "openebs-local-nvme", size: "10Gi" } }, deps);
    expect(find((r): r is PrometheusRule => PrometheusRule.is(r), snapshotted.resources)[0]?.spec.groups?.[1]?.rules?.map((r) => r.alert)).toContain("DragonflySnapshotVolumeNearFull");
    expect(harbor.dependsOn).toContain(monitoringCrds);
    const off = dragonfly({ ...options, monitoring: false }, deps);
    expect(off.resources.some((r) => r.kind === "PodMonitor" || r.kind === "PrometheusRule")).toBe(false);
  });

  it("renders in a cluster after the operator", () => {
    const files = render(cluster({ name: "test", values: {}, components: [base, secretStore, issuers, storage, operator, harbor] })).files;
    const ks = parse(files.get("flux/dragonfly-harbor.yaml")!) as { spec: { dependsOn: { name: string }[] } };
    expect(ks.spec.dependsOn.map((d) => d.name)).toContain("dragonfly-operator");
    expect(files.has("components/dragonfly-harbor/dragonfly-dragonfly-harbor.yaml")).toBe(true);
  });
});
