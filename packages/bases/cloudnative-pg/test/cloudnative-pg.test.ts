import { PodMonitor, PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { cluster, component, render } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import {
  Cluster,
  cnpgOperator,
  Database,
  database,
  defaults,
  FIXED_PARAMETERS,
  isFixedParameter,
  Pooler,
  pooler,
  postgresCluster,
  ScheduledBackup,
  type PostgresClusterOptions,
  type PostgresParameters,
} from "../src/index.ts";

const options: PostgresClusterOptions = {
  name: "db",
  namespace: "cnpg-system",
  instances: 3,
  postgresVersion: "16.8",
  storage: { storageClass: "openebs-local-nvme", size: "80Gi" },
  walStorage: { storageClass: "openebs-local-nvme", size: "20Gi" },
  store: { kind: "ClusterSecretStore", name: "onepassword" },
  superuser: { item: "kubernetes/infra/cloudnative-pg/superuser" },
  backup: {
    endpointUrl: "https://minio.example.org:9000",
    bucket: "backups",
    accessKeyId: { item: "kubernetes/infra/cloudnative-pg/minio", property: "ACCESS_KEY_ID" },
    secretAccessKey: { item: "kubernetes/infra/cloudnative-pg/minio", property: "SECRET_ACCESS_KEY" },
    schedule: "0 0 2 * * *",
    retention: "30d",
  },
  roles: [{ name: "harbor", credentials: { item: "kubernetes/infra/cloudnative-pg/harbor" } }],
};

describe("postgresCluster", () => {
  const pg = postgresCluster(options);

  it("archives to the object store, encrypted, with the retention given", () => {
    expect(Cluster.is(pg.cluster)).toBe(true);
    expect(pg.cluster.spec.backup).toMatchObject({
      barmanObjectStore: {
        destinationPath: "s3://backups/db",
        endpointURL: "https://minio.example.org:9000",
        s3Credentials: { accessKeyId: { name: "db-object-store", key: "ACCESS_KEY_ID" } },
        wal: { encryption: "AES256" },
        data: { encryption: "AES256" },
      },
      retentionPolicy: "30d",
    });
  });

  it("schedules base backups of the same cluster", () => {
    expect(ScheduledBackup.is(pg.scheduledBackup)).toBe(true);
    expect(pg.scheduledBackup.spec).toMatchObject({ schedule: "0 0 2 * * *", cluster: { name: "db" }, method: "barmanObjectStore" });
  });

  it("reads every credential from 1Password and wires each role to its Secret", () => {
    expect(pg.secrets.map((s) => s.metadata?.name)).toEqual(["db-superuser", "db-object-store", "db-harbor-credentials"]);
    expect(pg.cluster.spec.managed?.roles?.[0]).toMatchObject({ name: "harbor", login: true, superuser: false, passwordSecret: { name: "db-harbor-credentials" } });
    expect(pg.cluster.spec.superuserSecret).toEqual({ name: "db-superuser" });
  });

  it("validates against the CRD model", () => {
    expect(() => pg.cluster.validate()).not.toThrow();
    expect(() => pg.scheduledBackup.validate()).not.toThrow();
  });

  it("does not type a parameter the operator's webhook refuses, and refuses one that arrives through a cast", () => {
    // @ts-expect-error ssl is a fixed parameter: CloudNativePG always runs PostgreSQL with TLS.
    const typed: PostgresParameters = { ssl: "on" };
    expect(() => postgresCluster({ ...options, parameters: typed })).toThrowError(
      "Cluster/cnpg-system/db, field spec.postgresql.parameters.ssl: ssl is a fixed parameter: CloudNativePG's webhook refuses a Cluster that sets it",
    );
    const parsed = JSON.parse('{"ssl_prefer_server_ciphers":"on"}') as PostgresParameters;
    expect(() => postgresCluster({ ...options, parameters: parsed })).toThrowError(/ssl_prefer_server_ciphers is a fixed parameter/);
    expect(postgresCluster({ ...options, parameters: { ssl_min_protocol_version: "TLSv1.3" } }).cluster.spec.postgresql?.parameters).toEqual({ ssl_min_protocol_version: "TLSv1.3" });
  });

  it("rejects a five-field cron and more synchronous standbys than instances allow", () => {
    expect(() => postgresCluster({ ...options, backup: { ...options.backup, schedule: "0 2 * * *" } })).toThrowError(
      'Cluster/cnpg-system/db, field backup.schedule: backup schedule "0 2 * * *" must be a six-field cron',
    );
    expect(() => postgresCluster({ ...options, instances: 1, synchronous: { method: "any", number: 1, maxStandbyNamesFromCluster: 1, dataDurability: "required" } })).toThrowError(
      /synchronous.number 1 must be below instances 1/,
    );
  });
});

describe("postgresCluster monitoring", () => {
  it("selects the instances' exporter with a PodMonitor of its own (the Cluster's switch is deprecated) and alerts, by default", () => {
    const pg = postgresCluster(options);
    expect(pg.cluster.spec.monitoring?.enablePodMonitor).toBe(false);
    const monitor = pg.resources.find((r): r is PodMonitor => PodMonitor.is(r));
    expect(monitor?.spec).toEqual({ selector: { matchLabels: { "cnpg.io/cluster": "db", "cnpg.io/podRole": "instance" } }, podMetricsEndpoints: [{ port: "metrics" }] });
    const rule = pg.resources.find((r): r is PrometheusRule => PrometheusRule.is(r));
    const rules = rule?.spec.groups?.[0]?.rules ?? [];
    expect(rules.map((r) => r.alert)).toEqual([
      "CNPGClusterOffline",
      "CNPGClusterPrimaryMissing",
      "CNPGClusterHACritical",
      "CNPGClusterHAWarning",
      "CNPGReplicationLagHigh",
      "CNPGReplicationLagCritical",
      "CNPGBackupFailed",
      "CNPGBackupOverdue",
      "CNPGStorageNearFull",
      "CNPGConnectionsNearLimit",
      "CNPGTransactionIdWraparoundRisk",
    ]);
    for (const r of rules) {
      expect(r.expr).toContain('namespace="cnpg-system"');
      expect(["critical", "warning"]).toContain(r.labels?.["severity"]);
      expect(Object.keys(r.annotations ?? {})).toEqual(["summary", "description"]);
    }
    // Three instances: fewer than two streaming standbys is a warning.
    expect(rules.find((r) => r.alert === "CNPGClusterHAWarning")?.expr).toMatch(/< 2$/);
    expect(postgresCluster({ ...options, instances: 1 }).monitoring.flatMap((r) => (PrometheusRule.is(r) ? (r.spec.groups?.[0]?.rules ?? []) : [])).some((r) => r.alert?.startsWith("CNPGClusterHA"))).toBe(false);
    expect(() => rule?.validate()).not.toThrow();
  });

  it("has neither with monitoring: false", () => {
    const pg = postgresCluster({ ...options, monitoring: false });
    expect(pg.monitoring).toEqual([]);
    expect(pg.resources.some((r) => r.kind === "PodMonitor" || r.kind === "PrometheusRule")).toBe(false);
  });
});

describe("postgresCluster placement", () => {
  it("puts one instance per node, keeps the operator's budgets and serves the given server certificate", () => {
    const c = postgresCluster({ ...options, serverTls: { secretName: "pg-server-tls" } }).cluster;
    expect(c.spec.affinity).toEqual({ enablePodAntiAffinity: true, topologyKey: "kubernetes.io/hostname", podAntiAffinityType: "required" });
    expect(c.spec.enablePDB).toBe(true);
    expect(c.spec.certificates).toEqual({ serverTLSSecret: "pg-server-tls", serverCASecret: "pg-server-tls" });
    expect(postgresCluster(options).cluster.spec.certificates).toBeUndefined();
    expect(postgresCluster(options).cluster.spec.certificates).toBeUndefined();
  });
});

describe("postgresCluster recovery", () => {
  const restored = postgresCluster({ ...options, name: "db2", recovery: { from: "db", targetTime: "2026-11-29T08:00:00Z" } }).cluster;

  it("bootstraps from the object store folder the source cluster archives to, up to the target time", () => {
    expect(restored.spec.bootstrap).toEqual({ recovery: { source: "db", recoveryTarget: { targetTime: "2026-11-29T08:00:00Z" } } });
    expect(restored.spec.externalClusters).toEqual([
      {
        name: "db",
        barmanObjectStore: {
          destinationPath: "s3://backups/db",
          serverName: "db",
          endpointURL: "https://minio.example.org:9000",
          s3Credentials: { accessKeyId: { name: "db2-object-store", key: "ACCESS_KEY_ID" }, secretAccessKey: { name: "db2-object-store", key: "SECRET_ACCESS_KEY" } },
          wal: { maxParallel: 4 },
        },
      },
    ]);
    // It archives to its own folder, next to the one it restored from.
    expect(restored.spec.backup?.barmanObjectStore?.destinationPath).toBe("s3://backups/db2");
    expect(() => restored.validate()).not.toThrow();
    expect(postgresCluster(options).cluster.spec.bootstrap).toBeUndefined();
  });

  it("recovers to the end of the archive without a target, from another bucket when given", () => {
    const c = postgresCluster({ ...options, recovery: { from: "db", bucket: "old-backups" } }).cluster;
    expect(c.spec.bootstrap).toEqual({ recovery: { source: "db" } });
    expect(c.spec.externalClusters?.[0]?.barmanObjectStore?.destinationPath).toBe("s3://old-backups/db");
  });

  it("refuses to restore into the folder it would archive to, and a time without a zone", () => {
    expect(() => postgresCluster({ ...options, recovery: { from: "db" } })).toThrowError(
      'Cluster/cnpg-system/db, field recovery.from: recovery.from "db" is this cluster\'s own backup folder s3://backups/db',
    );
    expect(() => postgresCluster({ ...options, name: "db2", recovery: { from: "db", targetTime: "2026-11-29 08:00" } })).toThrowError(
      'Cluster/cnpg-system/db2, field recovery.targetTime: recovery.targetTime "2026-11-29 08:00" must be an RFC 3339 time with a zone',
    );
  });
});

describe("pooler", () => {
  const p = pooler({
    name: "harbor-pooler",
    namespace: "cnpg-system",
    cluster: "db",
    instances: 2,
    poolMode: "transaction",
    parameters: { max_client_conn: "200" },
    resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "500m", memory: "256Mi" } },
  });

  it("accepts TLS clients only, on the cluster's primary", () => {
    expect(Pooler.is(p.pooler)).toBe(true);
    expect(p.pooler.spec).toMatchObject({ cluster: { name: "db" }, type: "rw", instances: 2, pgbouncer: { poolMode: "transaction", parameters: { max_client_conn: "200" } } });
    expect(p.pooler.spec.pgbouncer.pg_hba).toEqual(["hostssl all all all scram-sha-256", "host all all all reject"]);
    expect(() => p.pooler.validate()).not.toThrow();
  });

  it("runs one pod per node with resources, and a budget for drains", () => {
    const spec = p.pooler.spec.template?.spec;
    expect(spec?.containers).toEqual([{ name: "pgbouncer", resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "500m", memory: "256Mi" } } }]);
    expect(spec?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution).toEqual([
      { labelSelector: { matchLabels: { "cnpg.io/poolerName": "harbor-pooler" } }, topologyKey: "kubernetes.io/hostname" },
    ]);
    expect(p.pdb.spec).toEqual({ maxUnavailable: 1, selector: { matchLabels: { "cnpg.io/poolerName": "harbor-pooler" } } });
  });

  it("selects PgBouncer's exporter and alerts at its own pool sizes, by default", () => {
    expect(p.resources.find((r): r is PodMonitor => PodMonitor.is(r))?.spec.selector).toEqual({ matchLabels: { "cnpg.io/poolerName": "harbor-pooler" } });
    const rules = p.resources.find((r): r is PrometheusRule => PrometheusRule.is(r))?.spec.groups?.[0]?.rules ?? [];
    expect(rules.map((r) => r.alert)).toEqual(["CNPGPoolerNotHighlyAvailable", "CNPGPoolerClientsWaiting", "CNPGPoolerQueueDepthCritical", "CNPGPoolerConnectionsHigh"]);
    // max_client_conn 200: 80% of it; no default_pool_size given, so no pool-exhaustion alert.
    expect(rules[3]?.expr).toMatch(/> 160$/);
    expect(rules[0]?.expr).toBe('kube_deployment_status_replicas_available{namespace="cnpg-system", deployment="harbor-pooler"} < 2');
    const off = pooler({ name: "x-pooler", namespace: "cnpg-system", cluster: "db", instances: 2, poolMode: "session", resources: { requests: { cpu: "1", memory: "1Gi" }, limits: { cpu: "1", memory: "1Gi" } }, monitoring: false });
    expect(off.resources.map((r) => r.kind)).toEqual(["Pooler", "PodDisruptionBudget"]);
  });

  it("refuses a single pod and a name its cluster has", () => {
    const base = { name: "harbor-pooler", namespace: "cnpg-system", cluster: "db", poolMode: "session", resources: { requests: { cpu: "1", memory: "1Gi" }, limits: { cpu: "1", memory: "1Gi" } } } as const;
    expect(() => pooler({ ...base, instances: 1 })).toThrowError("Pooler/cnpg-system/harbor-pooler, field spec.instances: instances 1: a pooler needs at least 2 pods");
    expect(() => pooler({ ...base, name: "db", instances: 2 })).toThrowError("Pooler/cnpg-system/db, field metadata.name: the Pooler's name must differ from its cluster's (db)");
  });
});

describe("database", () => {
  it("is owned by the tenant's role, with its extensions, and kept when the object goes", () => {
    const d = database({ name: "gitlab", namespace: "cnpg-system", cluster: "db", owner: "gitlab", extensions: ["pg_trgm", "btree_gist"] });
    expect(Database.is(d)).toBe(true);
    expect(d.spec).toEqual({
      cluster: { name: "db" },
      name: "gitlab",
      owner: "gitlab",
      ensure: "present",
      databaseReclaimPolicy: "retain",
      extensions: [
        { name: "pg_trgm", ensure: "present" },
        { name: "btree_gist", ensure: "present" },
      ],
    });
    expect(() => d.validate()).not.toThrow();
  });
});

describe("cnpgOperator", () => {
  it("renders the operator with its CRDs from the pinned chart", () => {
    const base = { cilium: standIn("cilium"), coredns: standIn("coredns"), monitoringCrds: standIn("prometheus-operator-crds", { bootstrapPhase: 1 }) };
    const op = cnpgOperator({}, base);
    const db = component({ name: "db", namespace: "cnpg-system", resources: postgresCluster(options).resources, dependsOn: [op] });
    const tree = render(cluster({ name: "infra", values: {}, components: [base, op, db] }));
    const hr = parse(tree.files.get("components/cloudnative-pg/helmrelease-cloudnative-pg.yaml")!) as { spec: { values: { crds: { create: boolean } }; upgrade: { crds: string } } };
    expect(hr.spec.values.crds.create).toBe(true);
    expect(hr.spec.upgrade.crds).toBe("CreateReplace");
    expect(tree.files.has("components/db/cluster-db.yaml")).toBe(true);
    expect(tree.files.has("components/db/scheduledbackup-db-backup.yaml")).toBe(true);
  });
});

const opDeps = { cilium: standIn("cilium"), coredns: standIn("coredns"), monitoringCrds: standIn("prometheus-operator-crds", { bootstrapPhase: 1 }) };

describe("cnpgOperator values", () => {
  it("merges a nested override over the defaults, keeping the siblings", () => {
    const op = cnpgOperator({ values: { webhook: { mutating: { failurePolicy: "Ignore" } } } }, opDeps);
    const hr = op.resources.find((r) => r.kind === "HelmRelease") as { spec?: { values?: unknown } } | undefined;
    expect(hr?.spec?.values).toMatchObject({ webhook: { port: 9443, mutating: { create: true, failurePolicy: "Ignore" }, validating: defaults.webhook.validating } });
  });

  it("turns on the chart's PodMonitor and adds the operator's alerts by default, after the monitoring CRDs; neither with monitoring: false", () => {
    const op = cnpgOperator({}, opDeps);
    expect(op.dependsOn).toEqual([opDeps.cilium, opDeps.coredns, opDeps.monitoringCrds]);
    const values = (c: typeof op) => (c.resources.find((r) => r.kind === "HelmRelease") as { spec?: { values?: { monitoring?: unknown } } } | undefined)?.spec?.values?.monitoring;
    expect(values(op)).toEqual({ podMonitorEnabled: true });
    const rules = op.resources.find((r): r is PrometheusRule => PrometheusRule.is(r))?.spec.groups?.[0]?.rules ?? [];
    expect(rules.map((r) => [r.alert, r.labels?.["severity"]])).toEqual([
      ["CNPGOperatorDown", "critical"],
      ["CNPGOperatorNotHighlyAvailable", "warning"],
      ["CNPGOperatorHighRestarts", "warning"],
      ["CNPGReconciliationErrors", "warning"],
      ["CNPGWebhookErrors", "warning"],
    ]);
    expect(rules[1]?.expr).toMatch(/< 2$/);
    const off = cnpgOperator({ monitoring: false }, opDeps);
    expect(values(off)).toEqual({ podMonitorEnabled: false });
    expect(off.resources.some((r) => r.kind === "PrometheusRule")).toBe(false);
  });
});

describe("the fixed parameters", () => {
  it("are CloudNativePG 1.27's: the operator's own settings fixed, PostgreSQL defaults blocked, tuning free", () => {
    expect(FIXED_PARAMETERS.ssl).toBe("fixed");
    expect(FIXED_PARAMETERS.ssl_prefer_server_ciphers).toBe("fixed");
    expect(FIXED_PARAMETERS.listen_addresses).toBe("blocked");
    expect(isFixedParameter("max_connections")).toBe(false);
  });
});
