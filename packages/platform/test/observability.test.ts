import { port } from "@k8s-gitops/core";
import { VMAgent, VMAlert } from "@k8s-gitops/victoria-metrics";
import { describe, expect, it } from "vitest";
import { peerOf, sharedLayer, type PlatformValues } from "../src/index.ts";
import { apps, infra } from "./fixtures.ts";

// The typed flow of the global stores' address: infra's values hold it, apps takes it from
// there (as clusters/apps/values takes `site` from infra's), the shared layer hands it to the agent.
function appsLayer(infraValues: PlatformValues, tenant = apps.observability.tenant) {
  const values: PlatformValues = { ...apps, observability: { ...apps.observability, tenant, global: infraValues.observability.global } };
  return sharedLayer(values, { peers: [peerOf(infraValues)] });
}

/** A rendered Service, as plain data (the platform does not depend on kubernetes-models). */
interface PlainService {
  metadata: { name: string; namespace: string; annotations?: Record<string, string> };
  spec: { ports: { port: number; targetPort: number }[]; selector: Record<string, string> };
}
const servicesOf = (layer: ReturnType<typeof sharedLayer>): PlainService[] =>
  layer.observability.mesh.resources.filter((r) => r.kind === "Service").map((r) => JSON.parse(JSON.stringify(r)) as PlainService);

const agentOf = (layer: ReturnType<typeof sharedLayer>) => layer.observability.agent.resources.find((r): r is VMAgent => VMAgent.is(r))?.spec;

describe("observability", () => {
  it("remote-writes the apps cluster's metrics to infra's vminsert with the apps tenant", () => {
    const spec = agentOf(appsLayer(infra));
    expect(spec?.remoteWrite.map((w) => w.url)).toEqual(["http://vminsert-global.observability.svc:8480/insert/2/prometheus/api/v1/write"]);
    expect(spec?.externalLabels).toEqual({ cluster: "apps" });
  });

  it("follows infra's values when the global stores move or the tenant changes", () => {
    const moved: PlatformValues = {
      ...infra,
      observability: { ...infra.observability, global: { ...infra.observability.global, namespace: "metrics", metricsInsert: { name: "ingest", port: port(18480) } } },
    };
    const layer = appsLayer(moved, { id: 42, name: "apps-eu" });
    const spec = agentOf(layer);
    expect(spec?.remoteWrite.map((w) => w.url)).toEqual(["http://ingest.metrics.svc:18480/insert/42/prometheus/api/v1/write"]);
    expect(spec?.externalLabels).toEqual({ cluster: "apps-eu" });
    // The mesh-global Service the URL names exists on apps under the same name, namespace and port.
    const ingest = servicesOf(layer).find((s) => s.metadata.name === "ingest");
    expect(ingest?.metadata.namespace).toBe("metrics");
    expect(ingest?.metadata.annotations?.["service.cilium.io/global"]).toBe("true");
    expect(ingest?.spec.ports).toEqual([expect.objectContaining({ port: 18480, targetPort: 8480 })]);
    // VMAlert queries the same tenant.
    const alert = layer.observability.alert.resources.find((r): r is VMAlert => VMAlert.is(r))?.spec;
    expect(alert?.datasource.url).toBe("http://vmselect-global.metrics.svc:8481/select/42/prometheus");
  });

  it("renders the same mesh-global Services on both clusters, so neither needs to know which one runs the stores", () => {
    const onInfra = servicesOf(sharedLayer(infra, { peers: [peerOf(apps)] }));
    expect(onInfra.map((s) => s.metadata.name)).toEqual(["vmalertmanager-global", "vlsingle-global", "vminsert-global", "vmselect-global"]);
    expect(servicesOf(sharedLayer(apps, { peers: [peerOf(infra)] }))).toEqual(onInfra);
  });

  it("runs the operator on its CRDs and the prometheus-operator CRDs, and the agent on the operator", () => {
    const layer = sharedLayer(infra, { peers: [peerOf(apps)] });
    expect(layer.observability.operator.dependsOn).toEqual(expect.arrayContaining([layer.observability.crds, layer.monitoring.crds, layer.network.cilium]));
    expect(layer.observability.agent.dependsOn).toEqual([layer.observability.operator]);
  });
});
