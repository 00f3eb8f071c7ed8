import type { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { cidr, ConfigError, type Cidr, type OnePasswordField } from "@k8s-gitops/core";
import { externalSecret, type SecretStoreRef } from "@k8s-gitops/external-secrets";
import type { PersistentVolumeClaim } from "kubernetes-models/v1";
import { ReplicationSource, type ResticRetain } from "./replication-source.ts";

/** A restic repository on an S3-compatible object store; the credentials stay in 1Password. */
export interface ResticRepository {
  /** The object store's endpoint; https for regulated data (the compliance check reads it). */
  endpoint: `http://${string}` | `https://${string}`;
  bucket: string;
  /** The restic repository password (encrypts every snapshot; losing it loses the backups). */
  password: OnePasswordField;
  accessKeyId: OnePasswordField;
  secretAccessKey: OnePasswordField;
  /** The store the ExternalSecret reads from (the secret store component's output). */
  store: SecretStoreRef;
}

export interface VolumeBackupOptions {
  /** Five-field cron, e.g. "0 3 * * *". */
  schedule: string;
  /** restic forget policy; at least one count. */
  retention: ResticRetain;
  repository: ResticRepository;
  /** The claim's CSI snapshot class: the mover reads a snapshot (default), else a clone. */
  snapshotClass?: string;
  /** Class for the temporary copy and the restic cache (default: the claim's). */
  storageClass?: string;
  cacheCapacity?: string;
  /** The mover's user and group, when the claim's files are not root's. */
  moverSecurityContext?: { runAsUser: number; runAsGroup: number; fsGroup: number };
}

/** What `volumeBackup` makes: the objects, and the egress the claim's namespace needs. */
export interface VolumeBackup {
  readonly replicationSource: ReplicationSource;
  readonly secret: ExternalSecret;
  readonly resources: readonly [ExternalSecret, ReplicationSource];
  /** For the owning component's `network.egressCidrs` (the mover runs in the claim's namespace), when the endpoint is an address. */
  readonly egressCidr: { name: string; cidrs: readonly Cidr[]; ports: readonly number[] } | undefined;
}

const CRON5 = /^(\S+\s+){4}\S+$/;
const COUNTS = ["hourly", "daily", "weekly", "monthly", "yearly"] as const;

/**
 * A restic backup of a claim with VolSync: a ReplicationSource on a schedule and the
 * ExternalSecret of its repository (RESTIC_REPOSITORY written in the template, so the build can
 * see where backups go; the password and keys from 1Password). restic encrypts every snapshot.
 */
export function volumeBackup(pvc: PersistentVolumeClaim, o: VolumeBackupOptions): VolumeBackup {
  const name = pvc.metadata?.name;
  const namespace = pvc.metadata?.namespace;
  if (!name || !namespace) throw new ConfigError("the claim needs a name and a namespace", { object: `PersistentVolumeClaim/${namespace ?? "?"}/${name ?? "?"}`, field: "metadata" });
  const where = { object: `ReplicationSource/${namespace}/${name}` };
  if (!CRON5.test(o.schedule.trim())) throw new ConfigError(`schedule "${o.schedule}" is not a five-field cron (e.g. "0 3 * * *")`, { ...where, field: "spec.trigger.schedule" });
  for (const k of COUNTS) {
    const n = o.retention[k];
    if (n !== undefined && (!Number.isInteger(n) || n < 1)) throw new ConfigError(`retain.${k} ${n} is not a positive count`, { ...where, field: `spec.restic.retain.${k}` });
  }
  if (!COUNTS.some((k) => o.retention[k] !== undefined) && o.retention.within === undefined) {
    throw new ConfigError("no retention: restic would keep every snapshot forever", { ...where, field: "spec.restic.retain" });
  }
  const endpoint = new URL(o.repository.endpoint);
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(o.repository.bucket)) {
    throw new ConfigError(`"${o.repository.bucket}" is not an S3 bucket name`, { object: `ExternalSecret/${namespace}/${name}-restic`, field: "spec.target.template.data.RESTIC_REPOSITORY" });
  }
  const secretName = `${name}-restic`;
  const secret = externalSecret({
    name: secretName,
    namespace,
    store: o.repository.store,
    data: { RESTIC_PASSWORD: o.repository.password, AWS_ACCESS_KEY_ID: o.repository.accessKeyId, AWS_SECRET_ACCESS_KEY: o.repository.secretAccessKey },
  });
  // One repository per claim: restic locks a repository while it writes.
  const repository = `s3:${endpoint.origin}/${o.repository.bucket}/${namespace}/${name}`;
  const spec = secret.spec;
  if (!spec) throw new ConfigError("externalSecret() made no spec", { object: `ExternalSecret/${namespace}/${secretName}`, field: "spec" });
  // The repository URL is not a secret: written in the template, the build can check where backups go.
  spec.target = { ...spec.target, template: { engineVersion: "v2", mergePolicy: "Merge", data: { RESTIC_REPOSITORY: repository } } };
  const snapshot = o.snapshotClass !== undefined;
  const replicationSource = new ReplicationSource({
    metadata: { name, namespace },
    spec: {
      sourcePVC: name,
      trigger: { schedule: o.schedule.trim() },
      restic: {
        repository: secretName,
        copyMethod: snapshot ? "Snapshot" : "Clone",
        ...(snapshot ? { volumeSnapshotClassName: o.snapshotClass } : {}),
        ...(o.storageClass ? { storageClassName: o.storageClass, cacheStorageClassName: o.storageClass } : {}),
        ...(o.cacheCapacity ? { cacheCapacity: o.cacheCapacity } : {}),
        pruneIntervalDays: 7,
        retain: Object.fromEntries(Object.entries(o.retention).filter(([, v]) => v !== undefined)),
        ...(o.moverSecurityContext ? { moverSecurityContext: o.moverSecurityContext } : {}),
      },
    },
  });
  const port = endpoint.port ? Number(endpoint.port) : endpoint.protocol === "https:" ? 443 : 80;
  const egressCidr = /^\d+\.\d+\.\d+\.\d+$/.test(endpoint.hostname) ? { name: "allow-restic-object-store", cidrs: [cidr(`${endpoint.hostname}/32`)], ports: [port] } : undefined;
  return { replicationSource, secret, resources: [secret, replicationSource], egressCidr };
}
