import type { Resource } from "@k8s-gitops/core";

type IObjectMeta = NonNullable<Resource["metadata"]>;

// VolSync's CRDs are AGPL-3.0 and not vendored (vendor/README.md), so no model is generated from
// them. These are hand-written types of the ReplicationSource fields this package sets, named
// as VolSync v0.16's API names them (volsync.backube/v1alpha1); every build still validates the
// rendered objects against the strict schema module of the kind.

/** How the mover gets a stable copy of the volume to back up. */
export type CopyMethod = "Snapshot" | "Clone" | "Direct";

/** restic's `forget` policy: how many snapshots of each period it keeps. */
export interface ResticRetain {
  hourly?: number;
  daily?: number;
  weekly?: number;
  monthly?: number;
  yearly?: number;
  /** Keep every snapshot younger than this (restic duration, e.g. 14d). */
  within?: string;
}

export interface ReplicationSourceSpec {
  /** The claim backed up, in the ReplicationSource's namespace. */
  sourcePVC: string;
  /** When it runs: a five-field cron. */
  trigger: { schedule: string };
  restic: {
    /** The Secret holding RESTIC_REPOSITORY, RESTIC_PASSWORD and the object store credentials. */
    repository: string;
    copyMethod: CopyMethod;
    /** The snapshot class of the claim's CSI driver (copyMethod Snapshot). */
    volumeSnapshotClassName?: string;
    /** Where the temporary copy and the restic cache are provisioned. */
    storageClassName?: string;
    cacheStorageClassName?: string;
    cacheCapacity?: string;
    pruneIntervalDays: number;
    retain: ResticRetain;
    moverSecurityContext?: { runAsUser: number; runAsGroup: number; fsGroup: number };
  };
}

export interface IReplicationSource {
  apiVersion: "volsync.backube/v1alpha1";
  kind: "ReplicationSource";
  metadata: IObjectMeta;
  spec: ReplicationSourceSpec;
}

/** A VolSync ReplicationSource (hand-typed, see above), a Resource for components. */
export class ReplicationSource implements IReplicationSource {
  static readonly apiVersion = "volsync.backube/v1alpha1";
  static readonly kind = "ReplicationSource";
  readonly apiVersion = ReplicationSource.apiVersion;
  readonly kind = ReplicationSource.kind;
  metadata: IObjectMeta;
  spec: ReplicationSourceSpec;

  constructor(data: Omit<IReplicationSource, "apiVersion" | "kind">) {
    this.metadata = data.metadata;
    this.spec = data.spec;
  }

  static is(value: unknown): value is ReplicationSource {
    return value instanceof ReplicationSource;
  }
}
