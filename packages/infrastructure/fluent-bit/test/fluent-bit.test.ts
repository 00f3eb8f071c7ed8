import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { PodMonitor, PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { cluster, ConfigError, port, render, type Resource } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { Namespace } from "kubernetes-models/v1";
import { describe, expect, it } from "vitest";
import {
  ClusterFilter,
  ClusterInput,
  ClusterOutput,
  defaults,
  FluentBit,
  fluentBit,
  instanceRetention,
  logRetention,
  TALOS_KERNEL_LOGGING_ARG,
  TALOS_LOGS_ENDPOINT,
  TALOS_LOGS_PORT,
  type FluentBitOptions,
} from "../src/index.ts";

const base = { cilium: standIn("cilium"), coredns: standIn("coredns") };
const monitoringCrds = standIn("prometheus-operator-crds", {
  provides: { crds: ["monitoring.coreos.com/ServiceMonitor", "monitoring.coreos.com/PodMonitor", "monitoring.coreos.com/PrometheusRule"] },
});
const deps = { ...base, monitoringCrds };
const options: FluentBitOptions = {
  cluster: "apps",
  tenant: { id: 2, name: "apps" },
  logs: { namespace: "observability", name: "vlsingle-global", port: port(9428) },
  retention: logRetention("30d"),
};
const find = <T extends Resource>(rs: readonly Resource[], is: (r: unknown) => r is T, name?: string): T | undefined =>
  rs.filter(is).find((r) => name === undefined || r.metadata?.name === name);
const output = (g: ReturnType<typeof fluentBit>) => find(g.shipper.resources, (r): r is ClusterOutput => ClusterOutput.is(r))?.spec;
const operatorValues = (g: ReturnType<typeof fluentBit>) => find(g.operator.resources, (r): r is HelmRelease => HelmRelease.is(r))?.spec?.values;

describe("fluentBit", () => {
  const g = fluentBit(options, deps);

  it("ships to the tenant's VictoriaLogs: the Service of the global values, /insert/jsonline, AccountID and a cluster field", () => {
    expect(output(g)).toMatchObject({
      match: "*",
      http: {
        host: "vlsingle-global.observability.svc",
        port: 9428,
        format: "json_lines",
        headers: { AccountID: "2", ProjectID: "0" },
      },
    });
    expect(output(g)?.http?.uri).toMatch(/^\/insert\/jsonline\?_stream_fields=cluster,/);
    const cluster = find(g.shipper.resources, (r): r is ClusterFilter => ClusterFilter.is(r), "cluster");
    expect(cluster?.spec).toMatchObject({ match: "*", filters: [{ modify: { rules: [{ set: { cluster: "apps" } }] } }] });
    expect(g.shipper.outputs.logs.url).toBe(`http://vlsingle-global.observability.svc:9428${output(g)?.http?.uri}`);
  });

  it("follows the values: another tenant and another store give another AccountID, cluster field and address", () => {
    const other = fluentBit({ ...options, tenant: { id: 1, name: "infra" }, logs: { namespace: "logs", name: "victoria-logs", port: port(9000) } }, deps);
    expect(output(other)?.http).toMatchObject({ host: "victoria-logs.logs.svc", port: 9000, headers: { AccountID: "1" } });
    expect(find(other.shipper.resources, (r): r is ClusterFilter => ClusterFilter.is(r), "cluster")?.spec?.filters?.[0]?.modify?.rules).toEqual([{ set: { cluster: "infra" } }]);
    expect(other.operator.network?.egressTo).toEqual([{ namespace: "logs", ports: [9000] }]);
  });

  it("declares no scrape ingress of its own (the baseline's rule admits the metrics agent)", () => {
    expect(g.operator.network).toEqual({ namespace: "fluent-bit", egressTo: [{ namespace: "observability", ports: [9428] }] });
    expect(g.shipper.network?.ingressFrom ?? []).toEqual([]);
  });

  it("tails the container logs with Kubernetes metadata, and receives Talos' logs on the node-local port", () => {
    const inputs = g.shipper.resources.filter((r): r is ClusterInput => ClusterInput.is(r));
    expect(inputs.map((i) => i.metadata?.name)).toEqual(["containers", "talos"]);
    expect(inputs[0]?.spec?.tail).toMatchObject({ tag: "kube.*", path: "/var/log/containers/*.log", multilineParser: "cri" });
    expect(inputs[1]?.spec?.tcp).toEqual({ listen: "127.0.0.1", port: 6050, format: "json" });
    expect(find(g.shipper.resources, (r): r is ClusterFilter => ClusterFilter.is(r), "kubernetes")?.spec?.match).toBe("kube.*");
    const fb = find(g.shipper.resources, (r): r is FluentBit => FluentBit.is(r));
    expect(fb?.spec).toMatchObject({ hostNetwork: true, dnsPolicy: "ClusterFirstWithHostNet", fluentBitConfigName: "fluent-bit-config" });
    expect(TALOS_LOGS_PORT).toBe(6050);
    expect(TALOS_LOGS_ENDPOINT).toBe("tcp://127.0.0.1:6050/");
    expect(TALOS_KERNEL_LOGGING_ARG).toBe("talos.logging.kernel=tcp://127.0.0.1:6050/");
  });

  it("without Talos logs, runs on the pod network with no TCP input", () => {
    const podNet = fluentBit({ ...options, talosLogs: false }, deps);
    expect(find(podNet.shipper.resources, (r): r is FluentBit => FluentBit.is(r))?.spec?.hostNetwork).toBeUndefined();
    expect(podNet.shipper.resources.filter((r): r is ClusterInput => ClusterInput.is(r)).map((i) => i.metadata?.name)).toEqual(["containers"]);
  });

  it("runs the operator from the chart without its CRDs or its own pipeline, after the CRD component", () => {
    const hr = find(g.operator.resources, (r): r is HelmRelease => HelmRelease.is(r));
    expect(hr?.spec?.install?.crds).toBe("Skip");
    expect(hr?.spec?.upgrade?.crds).toBe("Skip");
    expect(operatorValues(g)).toMatchObject({ Kubernetes: false, fluentbit: { enable: false }, operator: { disableComponentControllers: "fluentd", serviceMonitor: { enable: true } } });
    expect(g.operator.dependsOn).toContain(g.crds);
    expect(g.shipper.dependsOn).toContain(g.operator);
    expect(g.crds.bootstrapPhase).toBe(1);
  });

  it("states the privileged namespace", () => {
    const ns = find(g.operator.resources, (r): r is Namespace => Namespace.is(r));
    expect(ns?.metadata?.labels?.["pod-security.kubernetes.io/enforce"]).toBe("privileged");
  });

  it("merges a nested operator override over the defaults, keeping the siblings", () => {
    const v = operatorValues(fluentBit({ ...options, operatorValues: { operator: { resources: { limits: { memory: "256Mi" } } } } }, deps));
    expect(v).toEqual({
      ...defaults,
      operator: { ...defaults.operator, serviceMonitor: { enable: true }, resources: { ...defaults.operator.resources, limits: { memory: "256Mi" } } },
    });
  });

  it("monitors Fluent Bit and alerts on lost logs; refuses monitoring without the CRDs", () => {
    expect(find(g.shipper.resources, (r): r is PodMonitor => PodMonitor.is(r))?.spec?.podMetricsEndpoints?.[0]).toMatchObject({ port: "metrics", path: "/api/v2/metrics/prometheus" });
    expect(find(g.shipper.resources, (r): r is PrometheusRule => PrometheusRule.is(r))?.spec?.groups?.[0]?.rules?.map((r) => r.alert)).toEqual(["FluentBitOutputErrors", "FluentBitRecordsDropped"]);
    expect(g.shipper.dependsOn).toContain(monitoringCrds);
    expect(() => fluentBit(options, base)).toThrow(/monitoring needs the prometheus-operator CRDs/);
    const off = fluentBit({ ...options, monitoring: false }, base);
    expect(off.shipper.resources.some((r) => PodMonitor.is(r) || PrometheusRule.is(r))).toBe(false);
  });

  it("refuses a tenant id VictoriaLogs cannot take", () => {
    expect(() => fluentBit({ ...options, tenant: { id: -1, name: "x" } }, deps)).toThrow(ConfigError);
  });

  it("tells the store its class and the retention it must keep", () => {
    expect(g.shipper.outputs.logs).toMatchObject({ tenant: { id: 2, name: "apps" }, classification: "confidential", retention: "30d" });
    const longer = fluentBit({ ...options, retention: logRetention("30d", { confidential: "90d", restricted: "1y" }) }, deps);
    expect(longer.shipper.outputs.logs.retention).toBe("90d");
  });

  it("renders in a cluster with its dependencies", () => {
    const files = [...render(cluster({ name: "apps", values: {}, components: [deps, g] })).files.keys()];
    expect(files).toContain("components/fluent-bit/fluentbit-fluent-bit.yaml");
    expect(files).toContain("components/fluent-bit/clusteroutput-victoria-logs.yaml");
    expect(files).toContain("components/fluent-operator/helmrelease-fluent-operator.yaml");
  });
});

describe("logRetention", () => {
  it("keeps every class for the base unless told otherwise, and refuses a sensitive class kept shorter", () => {
    expect(logRetention("30d", { restricted: "1y" })).toEqual({ public: "30d", internal: "30d", confidential: "30d", restricted: "1y" });
    expect(() => logRetention("30d", { confidential: "7d" })).toThrow(/confidential logs kept 7d, shorter than internal logs/);
    expect(instanceRetention(logRetention("7d", { confidential: "90d", restricted: "400d" }), ["internal", "restricted"])).toBe("400d");
  });
});
