import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2";
import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { HTTPRoute } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1";
import { PrometheusRule, ServiceMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { ANNOTATIONS, cluster, ConfigError, render, RELOADER_AUTO, type Resource } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import type { SecretStoreRef } from "@k8s-gitops/external-secrets";
import { testGateways } from "@k8s-gitops/gateway/testing";
import { Deployment } from "kubernetes-models/apps/v1";
import { ConfigMap, PersistentVolumeClaim, Service } from "kubernetes-models/v1";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { distributionRegistry, HTTP_PORT, METRICS_PORT, PATHS, type DistributionRegistryOptions, type RegistryConfig } from "../src/index.ts";

const gateways = testGateways();
const secretStore = standIn<{ storeRef: SecretStoreRef }>("external-secrets-store", { outputs: { storeRef: { kind: "ClusterSecretStore", name: "onepassword" } } });
const monitoringCrds = standIn("prometheus-operator-crds", { bootstrapPhase: 1, provides: { crds: ["monitoring.coreos.com/ServiceMonitor", "monitoring.coreos.com/PrometheusRule"] } });
const deps = { gateways, secretStore, storage: standIn("rook-ceph-cluster"), monitoringCrds };
const options: DistributionRegistryOptions = {
  cluster: "infra",
  hostname: "registry.monosense.io",
  htpasswd: { item: "kubernetes/infra/artifact-registry", property: "htpasswd" },
  storage: { storageClass: "rook-ceph-block" },
};
const all = <T extends Resource>(rs: readonly Resource[], is: (r: unknown) => r is T): T[] => rs.filter(is);
const one = <T extends Resource>(rs: readonly Resource[], is: (r: unknown) => r is T): T => {
  const found = all(rs, is);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const configOf = (rs: readonly Resource[]) => parse(one(rs, (r): r is ConfigMap => ConfigMap.is(r)).data?.["config.yml"] ?? "") as RegistryConfig;

describe("distributionRegistry", () => {
  const c = distributionRegistry(options, deps);

  it("renders in a cluster with its dependencies: one file per object, no Secret among them", () => {
    const files = render(cluster({ name: "infra", values: {}, components: [...gateways.dependsOn, deps, c] })).files;
    const mine = [...files.keys()].filter((p) => p.startsWith("components/artifact-registry/")).sort();
    expect(mine).toEqual([
      "components/artifact-registry/ciliumnetworkpolicy-allow-gateway-ingress.yaml",
      "components/artifact-registry/configmap-artifact-registry-config.yaml",
      "components/artifact-registry/deployment-artifact-registry.yaml",
      "components/artifact-registry/externalsecret-artifact-registry-htpasswd.yaml",
      "components/artifact-registry/httproute-artifact-registry.yaml",
      "components/artifact-registry/kustomization.yaml",
      "components/artifact-registry/namespace-artifact-registry.yaml",
      "components/artifact-registry/persistentvolumeclaim-artifact-registry.yaml",
      "components/artifact-registry/prometheusrule-artifact-registry.yaml",
      "components/artifact-registry/service-artifact-registry.yaml",
      "components/artifact-registry/servicemonitor-artifact-registry.yaml",
    ]);
    for (const [path, text] of files) {
      expect(text, path).not.toMatch(/^kind: Secret$/m);
      // A bcrypt hash ($2y$/$2b$/$2a$) anywhere would be a leaked htpasswd entry.
      expect(text, path).not.toMatch(/\$2[aby]\$/);
    }
  });

  it("takes the htpasswd file from 1Password and mounts it where the configuration reads it", () => {
    const es = one(c.resources, (r): r is ExternalSecret => ExternalSecret.is(r));
    expect(es.spec?.secretStoreRef).toEqual({ kind: "ClusterSecretStore", name: "onepassword" });
    expect(es.spec?.target?.name).toBe("artifact-registry-htpasswd");
    expect(es.spec?.data).toEqual([{ secretKey: "htpasswd", remoteRef: { key: "kubernetes/infra/artifact-registry", property: "htpasswd" } }]);
    const pod = one(c.resources, (r): r is Deployment => Deployment.is(r)).spec?.template.spec;
    const volume = pod?.volumes?.find((v) => v.secret);
    expect(volume?.secret).toEqual({ secretName: "artifact-registry-htpasswd", items: [{ key: "htpasswd", path: "htpasswd" }] });
    const mount = pod?.containers[0]?.volumeMounts?.find((m) => m.name === volume?.name);
    expect(`${mount?.mountPath}/htpasswd`).toBe(configOf(c.resources).auth.htpasswd.path);
    expect(mount?.readOnly).toBe(true);
  });

  it("configures Distribution for TLS at the gateway, metrics on the debug port, deletion off", () => {
    const config = configOf(c.resources);
    expect(config.http).toMatchObject({ addr: `:${HTTP_PORT}`, host: "https://registry.monosense.io", debug: { addr: `:${METRICS_PORT}`, prometheus: { enabled: true, path: "/metrics" } } });
    expect(config.storage).toMatchObject({ filesystem: { rootdirectory: PATHS.data }, delete: { enabled: false } });
    expect(config.health.storagedriver.enabled).toBe(true);
    expect(configOf(distributionRegistry({ ...options, deleteEnabled: true }, deps).resources).storage.delete.enabled).toBe(true);
  });

  it("runs one restricted, read-only pod from a pinned image, rolled by a config change or a new htpasswd", () => {
    const d = one(c.resources, (r): r is Deployment => Deployment.is(r));
    expect(d.spec?.replicas).toBe(1);
    expect(d.spec?.strategy?.type).toBe("Recreate");
    expect(d.metadata?.annotations).toMatchObject(RELOADER_AUTO);
    const pod = d.spec?.template.spec;
    const container = pod?.containers[0];
    expect(container?.image).toBe("docker.io/library/registry:3.1.1");
    expect(container?.command).toEqual(["registry", "serve", PATHS.configFile]);
    expect(pod?.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } });
    expect(container?.securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ["ALL"] } });
    expect(container?.resources?.requests).toEqual({ cpu: "10m", memory: "64Mi" });
    expect(container?.readinessProbe?.httpGet).toEqual({ path: "/", port: "http" });
    expect(container?.livenessProbe?.tcpSocket).toEqual({ port: "http" });
    expect(pod?.automountServiceAccountToken).toBe(false);
    const digest = d.spec?.template.metadata?.annotations?.["checksum/config"];
    const other = one(distributionRegistry({ ...options, deleteEnabled: true }, deps).resources, (r): r is Deployment => Deployment.is(r));
    expect(other.spec?.template.metadata?.annotations?.["checksum/config"]).not.toBe(digest);
    expect(c.healthChecks).toEqual([{ apiVersion: "apps/v1", kind: "Deployment", name: "artifact-registry", namespace: "artifact-registry" }]);
  });

  it("serves registry.<domain> on the internal gateway, to the registry port only", () => {
    const route = one(c.resources, (r): r is HTTPRoute => HTTPRoute.is(r));
    expect(route.spec?.hostnames).toEqual(["registry.monosense.io"]);
    expect(route.spec?.parentRefs).toEqual([{ group: "gateway.networking.k8s.io", kind: "Gateway", name: "cilium-gateway-internal", namespace: "kube-system", sectionName: "https" }]);
    expect(route.spec?.rules?.[0]?.backendRefs).toEqual([{ kind: "Service", name: "artifact-registry", port: HTTP_PORT, weight: 1 }]);
    expect(c.outputs.host).toBe("registry.monosense.io");
    const svc = one(c.resources, (r): r is Service => Service.is(r));
    expect(svc.spec?.ports?.map((p) => [p.name, p.port])).toEqual([
      ["http", HTTP_PORT],
      ["metrics", METRICS_PORT],
    ]);
  });

  it("lets only the gateway in, and nothing out but DNS", () => {
    const policy = one(c.resources, (r): r is CiliumNetworkPolicy => CiliumNetworkPolicy.is(r));
    expect(policy.spec?.ingress).toEqual([{ fromEntities: ["ingress"], toPorts: [{ ports: [{ port: String(HTTP_PORT), protocol: "TCP" }] }] }]);
    expect(c.network).toEqual({ namespace: "artifact-registry", kubeApi: false, internal: false });
  });

  it("scrapes the debug port and alerts on it, after the monitoring CRDs; monitoring: false drops both", () => {
    const sm = one(c.resources, (r): r is ServiceMonitor => ServiceMonitor.is(r));
    const svc = one(c.resources, (r): r is Service => Service.is(r));
    expect(sm.spec.selector.matchLabels).toEqual(svc.metadata?.labels);
    expect(sm.spec.endpoints?.[0]).toMatchObject({ port: "metrics", path: "/metrics" });
    const rule = one(c.resources, (r): r is PrometheusRule => PrometheusRule.is(r));
    expect(rule.spec.groups?.flatMap((g) => g.rules?.map((x) => [x.alert, x.labels?.severity]) ?? [])).toEqual([
      ["ArtifactRegistryDown", "critical"],
      ["ArtifactRegistryServerErrors", "warning"],
      ["ArtifactRegistryVolumeNearFull", "warning"],
    ]);
    expect(c.dependsOn).toContain(monitoringCrds);
    const quiet = distributionRegistry({ ...options, monitoring: false }, deps);
    expect(all(quiet.resources, (r): r is ServiceMonitor => ServiceMonitor.is(r))).toEqual([]);
    expect(all(quiet.resources, (r): r is PrometheusRule => PrometheusRule.is(r))).toEqual([]);
  });

  it("keeps its blobs on a classified claim of the given class, 10Gi unless told", () => {
    const pvc = one(c.resources, (r): r is PersistentVolumeClaim => PersistentVolumeClaim.is(r));
    expect(pvc.spec?.storageClassName).toBe("rook-ceph-block");
    expect(pvc.spec?.resources?.requests).toEqual({ storage: "10Gi" });
    expect(pvc.metadata?.annotations?.[ANNOTATIONS.classification]).toBe("internal");
    expect(c.dependsOn).toContain(deps.storage);
    const big = one(distributionRegistry({ ...options, storage: { storageClass: "x", size: "20Gi" } }, deps).resources, (r): r is PersistentVolumeClaim => PersistentVolumeClaim.is(r));
    expect(big.spec?.resources?.requests).toEqual({ storage: "20Gi" });
  });

  it("refuses a host the certificate does not cover, a wildcard, a bad size and an empty htpasswd field", () => {
    expect(() => distributionRegistry({ ...options, hostname: "registry.infra.monosense.io" }, deps)).toThrowError(/registry\.infra\.monosense\.io is not covered/);
    expect(() => distributionRegistry({ ...options, hostname: "*.monosense.io" }, deps)).toThrowError(/is a wildcard/);
    expect(() => distributionRegistry({ ...options, hostname: "Registry" }, deps)).toThrowError(ConfigError);
    expect(() => distributionRegistry({ ...options, storage: { storageClass: "x", size: "0Gi" } }, deps)).toThrowError(/not a whole number of Gi/);
    expect(() => distributionRegistry({ ...options, htpasswd: { item: "", property: "htpasswd" } }, deps)).toThrowError(/needs a 1Password item/);
  });
});
