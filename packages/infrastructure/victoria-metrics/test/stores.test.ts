import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2";
import { ANNOTATIONS, type Resource } from "@k8s-gitops/core";
import { Service } from "kubernetes-models/v1";
import { describe, expect, it } from "vitest";
import {
  GLOBAL_ROLE_LABEL,
  MESH_GLOBAL_ANNOTATION,
  meshServices,
  VLSingle,
  vlSingle,
  VMAlertmanager,
  VMAlertmanagerConfig,
  vmAlertmanager,
  VMCluster,
  vmCluster,
  VMRule,
  type AlertReceiver,
  type VmAlertmanagerOptions,
  type VmClusterOptions,
} from "../src/index.ts";
import { global, on, secretStore, storage } from "./fixtures.ts";

const pick = <T extends Resource>(rs: readonly Resource[], is: (r: Resource) => r is T): T[] => rs.filter(is);
const volumes = { storageClass: "rook-ceph-block", size: "50Gi" } as const;
const clusterOptions: VmClusterOptions = { global, retention: "30d", replicationFactor: 2, storage: volumes };
const metrics = vmCluster(clusterOptions, { ...on, storage });
const vmc = pick(metrics.resources, (r): r is VMCluster => VMCluster.is(r))[0];

describe("vmCluster", () => {
  it("keeps the configured retention and replication on Ceph block volumes, one vmstorage per node", () => {
    expect(vmc?.spec).toMatchObject({ retentionPeriod: "30d", replicationFactor: 2, useStrictSecurity: true });
    expect(vmc?.spec.vmstorage?.replicaCount).toBe(3);
    expect(vmc?.spec.vmstorage?.storage?.volumeClaimTemplate).toEqual({ spec: { storageClassName: "rook-ceph-block", accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "50Gi" } } } });
    expect(vmc?.spec.vmstorage?.affinity).toEqual({
      podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: "kubernetes.io/hostname", labelSelector: { matchLabels: { "app.kubernetes.io/name": "vmstorage", "app.kubernetes.io/instance": "fleet" } } }] },
    });
    for (const part of [vmc?.spec.vmstorage, vmc?.spec.vmselect, vmc?.spec.vminsert]) expect(part?.podDisruptionBudget).toEqual({ maxUnavailable: 1 });
    expect(metrics.dependsOn).toContain(storage);
    expect(vmc?.metadata?.annotations?.[ANNOTATIONS.classification]).toBe("internal");
  });

  it("follows other values", () => {
    const c = vmCluster({ ...clusterOptions, retention: "90d", replicationFactor: 3, replicas: { storage: 4 } }, { ...on, storage });
    expect(pick(c.resources, (r): r is VMCluster => VMCluster.is(r))[0]?.spec).toMatchObject({ retentionPeriod: "90d", replicationFactor: 3, vmstorage: { replicaCount: 4 } });
  });

  it("gives typed URLs for a tenant through the global Services", () => {
    expect(metrics.outputs.selectUrl(1)).toBe("http://vmselect-global.observability.svc:8481/select/1/prometheus");
    expect(metrics.outputs.insertUrl(2)).toBe("http://vminsert-global.observability.svc:8480/insert/2/prometheus");
  });

  it("admits writers and readers on vminsert and vmselect only", () => {
    const c = vmCluster({ ...clusterOptions, clients: { query: ["observability", "grafana"] } }, { ...on, storage });
    expect(c.network?.ingressFrom).toEqual([
      { namespace: "observability", ports: [8480], localPods: { [GLOBAL_ROLE_LABEL]: "metrics-insert" } },
      { namespace: "grafana", ports: [8481], localPods: { [GLOBAL_ROLE_LABEL]: "metrics-select" } },
      { namespace: "observability", ports: [8481], localPods: { [GLOBAL_ROLE_LABEL]: "metrics-select" } },
    ]);
  });

  it("ships alert rules on its components' jobs", () => {
    const exprs = pick(metrics.resources, (r): r is VMRule => VMRule.is(r)).flatMap((r) => r.spec.groups.flatMap((g) => g.rules.map((x) => String(x.expr))));
    expect(exprs.some((e) => e.includes('vm_free_disk_space_bytes{job="vmstorage-fleet"}'))).toBe(true);
    expect(exprs.some((e) => e.includes('job=~"vminsert-fleet|vmselect-fleet|vmstorage-fleet"'))).toBe(true);
  });

  it("rejects a replication factor the vmstorage pods cannot hold, and a malformed retention", () => {
    expect(() => vmCluster({ ...clusterOptions, replicationFactor: 4 }, { ...on, storage })).toThrow(/replicationFactor 4 needs at least as many vmstorage pods, there are 3/);
    expect(() => vmCluster({ ...clusterOptions, replicationFactor: 0 }, { ...on, storage })).toThrow(/replicationFactor 0 must be a positive integer/);
    expect(() => vmCluster({ ...clusterOptions, retention: "30x" as "30d" }, { ...on, storage })).toThrow(/retention "30x"/);
  });
});

describe("meshServices", () => {
  const mesh = meshServices(global, on);
  const services = pick(mesh.resources, (r): r is Service => Service.is(r));

  it("renders the global stores' Services, mesh-global, under the values' names and ports", () => {
    expect(services.map((s) => [s.metadata?.name, s.metadata?.namespace, s.spec?.ports?.[0]?.port, s.spec?.ports?.[0]?.targetPort])).toEqual([
      ["vmalertmanager-global", "observability", 9093, 9093],
      ["vlsingle-global", "observability", 9428, 9428],
      ["vminsert-global", "observability", 8480, 8480],
      ["vmselect-global", "observability", 8481, 8481],
    ]);
    for (const s of services) expect(s.metadata?.annotations?.[MESH_GLOBAL_ANNOTATION]).toBe("true");
  });

  it("selects exactly the pods the stores' builders label", () => {
    const selector = (name: string) => services.find((s) => s.metadata?.name === name)?.spec?.selector;
    const logs = pick(vlSingle({ global, retention: "30d", storage: volumes }, { ...on, storage }).resources, (r): r is VLSingle => VLSingle.is(r))[0];
    const am = pick(
      vmAlertmanager({ global, receivers: [{ name: "null", kind: "null" }], defaultReceiver: "null", routes: [], storage: volumes }, { ...on, secretStore, storage }).resources,
      (r): r is VMAlertmanager => VMAlertmanager.is(r),
    )[0];
    expect(vmc?.spec.vminsert?.podMetadata?.labels).toEqual(selector("vminsert-global"));
    expect(vmc?.spec.vmselect?.podMetadata?.labels).toEqual(selector("vmselect-global"));
    expect(logs?.spec?.podMetadata?.labels).toEqual(selector("vlsingle-global"));
    expect(am?.spec.podMetadata?.labels).toEqual(selector("vmalertmanager-global"));
  });

  it("rejects two endpoints with one name", () => {
    expect(() => meshServices({ ...global, logs: global.metricsInsert }, on)).toThrow(/two global endpoints are both named vminsert-global/);
  });
});

describe("vlSingle", () => {
  const logs = vlSingle({ global, retention: "30d", storage: { storageClass: "rook-ceph-block", size: "100Gi" } }, { ...on, storage });
  const store = pick(logs.resources, (r): r is VLSingle => VLSingle.is(r))[0];

  it("keeps the retention on a Ceph block volume, its data classified", () => {
    expect(store?.spec).toMatchObject({ retentionPeriod: "30d", storage: { storageClassName: "rook-ceph-block", resources: { requests: { storage: "100Gi" } } } });
    expect(store?.metadata?.annotations?.[ANNOTATIONS.classification]).toBe("confidential");
  });

  it("gives its query and ingestion URLs through the global Service", () => {
    expect(logs.outputs).toEqual({ queryUrl: "http://vlsingle-global.observability.svc:9428", insertUrl: "http://vlsingle-global.observability.svc:9428/insert/jsonline" });
  });
});

describe("vmAlertmanager", () => {
  const receivers: AlertReceiver[] = [
    { name: "null", kind: "null" },
    { name: "ops", kind: "webhook", url: { item: "kubernetes/infra/alertmanager", property: "webhook-url" } },
  ];
  const options: VmAlertmanagerOptions = { global, receivers, defaultReceiver: "null", routes: [{ receiver: "ops", match: { severity: "critical" } }], storage: volumes };
  const am = vmAlertmanager(options, { ...on, secretStore, storage });

  it("routes by labels to typed receivers, for alerts of every namespace", () => {
    const config = pick(am.resources, (r): r is VMAlertmanagerConfig => VMAlertmanagerConfig.is(r))[0];
    expect(config?.spec?.route).toEqual({ receiver: "null", group_by: ["alertname", "cluster", "namespace"], routes: [{ receiver: "ops", matchers: ['severity="critical"'] }] });
    expect(config?.spec?.receivers).toEqual([{ name: "null" }, { name: "ops", webhook_configs: [{ url_secret: { name: "alertmanager-receivers", key: "ops-url" }, send_resolved: true }] }]);
    expect(pick(am.resources, (r): r is VMAlertmanager => VMAlertmanager.is(r))[0]?.spec.disableNamespaceMatcher).toBe(true);
  });

  it("takes the webhook URL from 1Password through the secret store", () => {
    const es = pick(am.resources, (r): r is ExternalSecret => ExternalSecret.is(r))[0];
    expect(es?.spec?.secretStoreRef).toEqual({ kind: "ClusterSecretStore", name: "onepassword" });
    expect(es?.spec?.data).toEqual([{ secretKey: "ops-url", remoteRef: { key: "kubernetes/infra/alertmanager", property: "webhook-url" } }]);
    expect(am.dependsOn).toContain(secretStore);
  });

  it("opens HTTPS to the receivers' declared hosts only, or anywhere outside when they declare none", () => {
    const world = pick(am.resources, (r): r is CiliumNetworkPolicy => CiliumNetworkPolicy.is(r));
    expect(world.map((p) => p.spec?.egress)).toEqual([[{ toEntities: ["world"], toPorts: [{ ports: [{ port: "443", protocol: "TCP" }] }] }]]);
    const hosted = vmAlertmanager(
      { ...options, receivers: [{ name: "null", kind: "null" }, { name: "ops", kind: "webhook", url: { item: "x", property: "y" }, hosts: [{ name: "hooks.example.com" }] }] },
      { ...on, secretStore, storage },
    );
    expect(pick(hosted.resources, (r): r is CiliumNetworkPolicy => CiliumNetworkPolicy.is(r))).toEqual([]);
    expect(hosted.network?.egressFqdns).toEqual([{ name: "allow-alertmanager-receivers", hosts: [{ name: "hooks.example.com" }], ports: [443] }]);
  });

  it("rejects unknown receivers, duplicate names and routes that match everything", () => {
    const deps = { ...on, secretStore, storage };
    expect(() => vmAlertmanager({ ...options, defaultReceiver: "pager" }, deps)).toThrow(/default receiver pager is not one of the receivers \(null, ops\)/);
    expect(() => vmAlertmanager({ ...options, routes: [{ receiver: "pager", match: { severity: "critical" } }] }, deps)).toThrow(/route 0 sends to pager/);
    expect(() => vmAlertmanager({ ...options, receivers: [...receivers, { name: "ops", kind: "null" }] }, deps)).toThrow(/two receivers are named ops/);
    expect(() => vmAlertmanager({ ...options, routes: [{ receiver: "ops", match: {} }] }, deps)).toThrow(/route 0 matches every alert/);
    expect(() => vmAlertmanager({ ...options, routes: [{ receiver: "ops", match: { "bad-label": "x" } }] }, deps)).toThrow(/"bad-label", which is not a label name/);
  });
});
