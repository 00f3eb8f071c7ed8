import { cluster, component, render } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { Cluster, cnpgOperator, defaults, FIXED_PARAMETERS, isFixedParameter, postgresCluster, ScheduledBackup, type PostgresClusterOptions, type PostgresParameters } from "../src/index.ts";

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

describe("cnpgOperator", () => {
  it("renders the operator with its CRDs from the pinned chart", () => {
    const base = { cilium: standIn("cilium"), coredns: standIn("coredns") };
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

describe("cnpgOperator values", () => {
  it("merges a nested override over the defaults, keeping the siblings", () => {
    const op = cnpgOperator({ values: { webhook: { mutating: { failurePolicy: "Ignore" } } } }, { cilium: standIn("cilium"), coredns: standIn("coredns") });
    const hr = op.resources.find((r) => r.kind === "HelmRelease") as { spec?: { values?: unknown } } | undefined;
    expect(hr?.spec?.values).toMatchObject({ webhook: { port: 9443, mutating: { create: true, failurePolicy: "Ignore" }, validating: defaults.webhook.validating } });
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
