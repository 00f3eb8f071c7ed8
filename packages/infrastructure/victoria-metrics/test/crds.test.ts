import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { cluster, componentsOf, render, type Resource } from "@k8s-gitops/core";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CRDS, kubeStateMetrics, meshServices, nodeExporter, OPERATOR_VERSION, victoriaMetricsCrdObjects, vlSingle, vmAgent, vmAlert, vmAlertmanager, vmCluster } from "../src/index.ts";
import { base, crds, global, monitoringCrds, on, operator, secretStore, storage } from "./fixtures.ts";

const vendored = resolve(import.meta.dirname, "../../../../vendor/crds/victoriametrics-operator", OPERATOR_VERSION);
const shippedDir = resolve(import.meta.dirname, "../crds");

/** Everything the package builds, with every option that adds objects. */
function everything() {
  const tenant = { id: 1, name: "infra" };
  const volumes = { storageClass: "rook-ceph-block", size: "10Gi" } as const;
  return [
    crds,
    operator,
    vmAgent({ namespace: global.namespace, tenant, global }, on),
    vmAlert({ namespace: global.namespace, tenant, global }, on),
    meshServices(global, on),
    nodeExporter({}, { ...base, monitoringCrds, ...on }),
    kubeStateMetrics({ namespace: global.namespace }, { monitoringCrds, ...on }),
    vmCluster({ global, retention: "30d", replicationFactor: 2, storage: volumes }, { ...on, storage }),
    vmAlertmanager(
      {
        global,
        receivers: [
          { name: "null", kind: "null" },
          { name: "ops", kind: "webhook", url: { item: "kubernetes/infra/alertmanager", property: "webhook-url" } },
        ],
        defaultReceiver: "null",
        routes: [{ receiver: "ops", match: { severity: "critical" } }],
        storage: volumes,
      },
      { ...on, secretStore, storage },
    ),
    vlSingle({ global, retention: "30d", storage: volumes }, { ...on, storage }),
  ];
}

describe("victoriaMetricsCrds", () => {
  it("ships exactly the vendored CRDs, without status (crds/ is up to date with vendor/)", () => {
    const files = readdirSync(vendored).filter((f) => f.endsWith(".yaml")).sort();
    const shipped = readdirSync(shippedDir).filter((f) => f.endsWith(".json")).sort();
    expect(shipped).toEqual(files.map((f) => f.replace(/\.yaml$/, ".json")));
    for (const f of files) {
      const { status: _status, ...crd } = parse(readFileSync(join(vendored, f), "utf8")) as Record<string, unknown>;
      expect(JSON.parse(readFileSync(join(shippedDir, f.replace(/\.yaml$/, ".json")), "utf8"))).toEqual(crd);
    }
  });

  it("declares every kind its CRDs serve, is never pruned and is no bootstrap phase", () => {
    expect(victoriaMetricsCrdObjects().map((c) => `${c.spec.group}/${c.spec.names.kind}`).sort()).toEqual([...CRDS]);
    expect(crds.provides.crds).toEqual([...CRDS]);
    expect(crds.prune).toBe(false);
    expect(crds.bootstrapPhase).toBeUndefined();
  });

  it("provides every VictoriaMetrics kind the package renders, to every component that renders one", () => {
    const built = everything();
    const provided = new Set(crds.provides.crds);
    const dependsOnCrds = (c: (typeof built)[number]): boolean => c === crds || c.dependsOn.some(dependsOnCrds);
    const rendered = new Set<string>();
    for (const c of built) {
      for (const r of c.resources.filter((x: Resource) => x.apiVersion.startsWith("operator.victoriametrics.com/"))) {
        rendered.add(`operator.victoriametrics.com/${r.kind}`);
        expect(dependsOnCrds(c), `${c.name} renders ${r.kind} without depending on the CRDs`).toBe(true);
      }
    }
    expect([...rendered].sort()).toEqual(
      ["VLSingle", "VMAgent", "VMAlert", "VMAlertmanager", "VMAlertmanagerConfig", "VMCluster", "VMNodeScrape", "VMRule"].map((k) => `operator.victoriametrics.com/${k}`),
    );
    for (const kind of rendered) expect(provided.has(kind), kind).toBe(true);
  });

  it("renders one file per CRD in its own component, and the whole package in a cluster", () => {
    const components = [base.cilium, base.coredns, monitoringCrds, storage, secretStore, ...everything()];
    const files = [...render(cluster({ name: "test", values: {}, components: componentsOf(components) })).files.keys()];
    expect(files.filter((p) => p.startsWith("components/victoria-metrics-crds/customresourcedefinition-"))).toHaveLength(CRDS.length);
    expect(files).toContain("components/vmcluster/vmcluster-fleet.yaml");
  });
});
