import type { TalosClusterValues, TalosOptions } from "@k8s-gitops/talos";

/** The five day-zero phases, in the order they run. */
export const PHASES = [
  { phase: 0, name: "talos" },
  { phase: 1, name: "crds" },
  { phase: 2, name: "network" },
  { phase: 3, name: "secrets" },
  { phase: 4, name: "flux" },
] as const;

export type PhaseNumber = (typeof PHASES)[number]["phase"];
export type PhaseName = (typeof PHASES)[number]["name"];

/** One phase of day zero: the files it applies and the commands its run.sh runs, in order. */
export interface Phase {
  readonly phase: PhaseNumber;
  readonly name: PhaseName;
  /** Its folder under dist/bootstrap: `<phase>-<name>`. */
  readonly dir: string;
  readonly title: string;
  /** What it needs before it starts (tools, access, the phases before it), for the README. */
  readonly needs: readonly string[];
  /** What it does, one line each, for the README. */
  readonly does: readonly string[];
  /** Path in the phase folder -> content: exactly what the commands apply. */
  readonly files: ReadonlyMap<string, string>;
  /** Bash commands, run in order from the phase folder (run.sh: set -euo pipefail). */
  readonly commands: readonly string[];
}

/**
 * Where the cluster's Talos secrets bundle is in 1Password. `fields`: the item holds one field
 * per bundle entry (the layout the old repository's template read, CLUSTER_ID, MACHINE_CA_CRT and
 * so on), and day zero assembles the bundle from them; `bundle`: one field holds the whole
 * `talosctl gen secrets` output.
 */
export type TalosSecretsSource = { readonly layout: "fields" } | { readonly layout: "bundle"; readonly field: string };

export interface TalosBootstrap {
  /** The cluster's values as @k8s-gitops/talos reads them (the same values the cluster's components use). */
  readonly values: TalosClusterValues;
  /** Nodes, network, schematic, versions (default: the inventory's, as `gitops talos`). */
  readonly options?: TalosOptions;
  /** Default: `{ layout: "fields" }`, the item's layout today. */
  readonly secrets?: TalosSecretsSource;
}

/**
 * Where phase 4 points the cluster's Flux: a registry and repository other than the cluster's
 * own artifact target, for the day the registry the cluster normally pulls from (Harbor on apps
 * for infra, the registry on infra for apps) is down, or on the fleet's cold start. The artifact must be
 * pushed there first (`gitops push --registry HOST --repository REPO`).
 */
export interface ArtifactRegistry {
  /** host[:port], served over HTTPS. */
  readonly registry: string;
  readonly repository: string;
  /**
   * 1Password item (in the options' vault) with `username` and `password` fields for this
   * registry. Without it the cluster's pull secret is left as phase 3 made it (an anonymous
   * pull when its host does not match).
   */
  readonly credentials?: string;
}

export interface DayZeroOptions {
  /** The 1Password vault the bootstrap Secrets are read from (the cluster values' `secrets.vault`). */
  readonly vault: string;
  /** The cluster's Talos configuration; without it phase 0 only checks that the Kubernetes API answers. */
  readonly talos?: TalosBootstrap;
  /** Phase 4 pulls from here instead of the cluster's artifact target (recovery). */
  readonly registry?: ArtifactRegistry;
  /**
   * The cluster's declared fallback registry: not used unless asked for (`gitops bootstrap
   * --recovery` passes it as `registry`), so a normal day zero always pulls from the cluster's
   * own registry, and the fallback is typed and reviewed instead of typed in during an outage.
   */
  readonly recovery?: ArtifactRegistry;
  /** kubectl/helm/flux context (default `admin@<cluster>`, the context `talosctl kubeconfig` writes). */
  readonly kubeContext?: string;
  /** The Flux release `flux install` installs (default FLUX_VERSION). */
  readonly fluxVersion?: string;
}

/**
 * The Flux release day zero installs: the one whose CRDs are vendored (vendor/crds/flux/2.7.2)
 * and whose schemas the validator checks the artifact against.
 */
export const FLUX_VERSION = "v2.7.2";

/** Flux's default controllers: OCIRepository is served by source-controller, so no extra one is needed. */
export const FLUX_COMPONENTS = ["source-controller", "kustomize-controller", "helm-controller", "notification-controller"] as const;
