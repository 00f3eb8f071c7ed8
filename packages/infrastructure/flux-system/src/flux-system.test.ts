import { ANNOTATIONS, cluster, ConfigError, render } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import type { SecretStoreOutputs } from "@k8s-gitops/external-secrets";
import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { Kustomization } from "@kubernetes-models/flux-cd/kustomize.toolkit.fluxcd.io/v1";
import { OCIRepository } from "@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1";
import { PodMonitor, PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { describe, expect, it } from "vitest";
import { bootstrapObjects, FLUX_CONTENT_LAYER, fluxSync, type FluxSystemOptions } from "./index.ts";

const options: FluxSystemOptions = { robotAccountItem: "kubernetes/infra/harbor-robot-flux", verifyKey: { item: "kubernetes/gitops-signing-key", property: "public-key" } };
const secrets = standIn<SecretStoreOutputs>("external-secrets-store", { outputs: { storeRef: { kind: "ClusterSecretStore", name: "onepassword" } } });
const monitoringCrds = standIn("prometheus-operator-crds", { bootstrapPhase: 1 });
const deps = { secretStore: secrets, monitoringCrds };
const target = { name: "infra", artifact: { registry: "harbor.infra.monosense.io", repository: "k8s-gitops/cluster-infra" } };

describe("flux-system objects", () => {
  it("points the OCIRepository at the cluster's artifact, with the content layer and the pull secret", () => {
    const [source, root] = bootstrapObjects(target, options);
    expect(source).toBeInstanceOf(OCIRepository);
    const spec = (source as OCIRepository).spec!;
    expect(spec.url).toBe("oci://harbor.infra.monosense.io/k8s-gitops/cluster-infra");
    expect(spec.ref).toEqual({ tag: "main" });
    expect(spec.layerSelector).toEqual({ mediaType: FLUX_CONTENT_LAYER, operation: "extract" });
    expect(spec.secretRef).toEqual({ name: "flux-system-registry" });
    expect(spec.verify).toEqual({ provider: "cosign", secretRef: { name: "flux-system-cosign" } });
    expect(root).toBeInstanceOf(Kustomization);
    expect((root as Kustomization).spec?.path).toBe("./flux");
    expect((root as Kustomization).spec?.sourceRef).toEqual({ kind: "OCIRepository", name: "flux-system" });
    for (const o of [source, root]) expect(o?.metadata?.namespace).toBe("flux-system");
  });

  it("keeps the robot account's pull secret in sync through an external-secrets.io/v1 ExternalSecret", () => {
    const c = fluxSync(target, options, deps);
    const es = c.resources.find((r) => r instanceof ExternalSecret && r.metadata?.name === "flux-system-registry") as ExternalSecret;
    expect(es.apiVersion).toBe("external-secrets.io/v1");
    expect(es.spec?.target?.template?.type).toBe("kubernetes.io/dockerconfigjson");
    expect(es.spec?.target?.template?.data?.[".dockerconfigjson"]).toContain('"harbor.infra.monosense.io"');
    expect(es.spec?.data?.map((d) => d.remoteRef.key)).toEqual(["kubernetes/infra/harbor-robot-flux", "kubernetes/infra/harbor-robot-flux"]);
    expect(c.dependsOn).toEqual([secrets, monitoringCrds]);
    // It renders as part of a cluster (known kinds, namespaced objects in their namespace).
    const tree = render(cluster({ name: "infra", values: {}, components: [secrets, monitoringCrds, c], artifact: target.artifact }));
    expect([...tree.files.keys()]).toContain("components/flux-sync/externalsecret-flux-system-registry.yaml");
  });

  it("verifies every artifact with the pipeline's public key, which day zero creates and an ExternalSecret keeps", () => {
    const c = fluxSync(target, options, deps);
    const source = c.resources.find((r): r is OCIRepository => r instanceof OCIRepository);
    expect(source?.spec?.verify).toEqual({ provider: "cosign", secretRef: { name: "flux-system-cosign" } });
    const key = c.resources.find((r): r is ExternalSecret => r instanceof ExternalSecret && r.metadata?.name === "flux-system-cosign");
    expect(key?.spec?.data).toEqual([{ secretKey: "cosign.pub", remoteRef: { key: "kubernetes/gitops-signing-key", property: "public-key" } }]);
    expect(key?.spec?.target?.creationPolicy).toBe("Orphan");
    expect(c.bootstrapSecrets).toContainEqual({ namespace: "flux-system", name: "flux-system-cosign", data: { "cosign.pub": options.verifyKey } });
  });

  it("bootstraps with the flux-sync component's own objects, so Flux changes nothing when it takes over", () => {
    const sync = fluxSync(target, { ...options, tag: "production", interval: "5m" }, deps);
    const [source, root] = bootstrapObjects({ ...target, components: [secrets, monitoringCrds, sync] });
    expect(sync.resources).toContain(source);
    expect(sync.resources).toContain(root);
    expect((source as OCIRepository).spec?.ref).toEqual({ tag: "production" });
  });

  it("scrapes Flux's controllers and alerts on them by default, and neither with monitoring: false", () => {
    const c = fluxSync(target, options, deps);
    const monitor = c.resources.find((r): r is PodMonitor => PodMonitor.is(r));
    expect(monitor?.metadata?.namespace).toBe("flux-system");
    expect(monitor?.spec.podMetricsEndpoints).toEqual([{ port: "http-prom" }]);
    expect(monitor?.spec.selector.matchExpressions?.[0]).toMatchObject({ key: "app", operator: "In", values: expect.arrayContaining(["source-controller", "kustomize-controller", "helm-controller"]) });
    // flux install runs the pods, not an object of the artifact: the selector check cannot see them.
    expect(monitor?.metadata?.annotations?.[ANNOTATIONS.waive]).toMatch(/^scrape-selector=/);
    const rule = c.resources.find((r): r is PrometheusRule => PrometheusRule.is(r));
    expect(rule?.spec.groups?.[0]?.rules?.map((r) => [r.alert, r.labels?.["severity"], Object.keys(r.annotations ?? {})])).toEqual([
      ["FluxControllersAbsent", "critical", ["summary", "description"]],
      ["FluxControllerDown", "critical", ["summary", "description"]],
      ["FluxReconcileErrors", "warning", ["summary", "description"]],
    ]);
    // Day zero applies the source and the root Kustomization only.
    expect(bootstrapObjects({ ...target, components: [secrets, monitoringCrds, c] }).map((r) => r.kind)).toEqual(["OCIRepository", "Kustomization"]);
    expect(fluxSync(target, { ...options, monitoring: false }, deps).resources.map((r) => r.kind)).toEqual(["ExternalSecret", "ExternalSecret", "OCIRepository", "Kustomization"]);
  });

  it("names the cluster and what to set when the artifact target or a name is wrong", () => {
    expect(() => bootstrapObjects({ name: "apps", artifact: undefined }, options)).toThrow(/cluster apps.*no artifact target/);
    expect(() => bootstrapObjects(target, { ...options, tag: "not a tag" })).toThrow(ConfigError);
  });
});
