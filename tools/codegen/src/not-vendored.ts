/**
 * API groups the platform uses whose CRDs cannot be vendored (their licence does not allow it in
 * this repository, see vendor/README.md). What the kinds table needs about them is written here
 * by hand: group, kind, served versions and scope are facts of the API, not text of the CRD.
 *
 * Their strict schema module under tools/validate/src/schema/generated/ is kept as committed:
 * codegen neither regenerates nor deletes it (it has no input to regenerate it from).
 */
export interface NotVendoredGroup {
  group: string;
  kinds: readonly string[];
  versions: readonly string[];
  scope: "Namespaced" | "Cluster";
  /** As the kinds table names a source: "<project>@<version>". */
  source: string;
  /** The committed schema module holding the kinds' schemas. */
  schema: string;
  /** Why the CRDs are not under vendor/. */
  reason: string;
}

export const NOT_VENDORED: readonly NotVendoredGroup[] = [
  {
    group: "volsync.backube",
    kinds: ["ReplicationDestination", "ReplicationSource"],
    versions: ["v1alpha1"],
    scope: "Namespaced",
    source: "volsync@0.16.0",
    schema: "volsync.backube",
    reason: "backube/volsync is AGPL-3.0",
  },
];
