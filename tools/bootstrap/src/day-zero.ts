import { ConfigError, topologicalOrder, type Cluster, type Component } from "@k8s-gitops/core";
import { phase1 } from "./crds.ts";
import { phase4 } from "./flux.ts";
import { phase2 } from "./network.ts";
import { readme } from "./readme.ts";
import { phase3 } from "./secrets.ts";
import { OP_FUNCTIONS, q, script, scriptHeader } from "./shell.ts";
import { phase0, talosconfigHeader, talosHeader } from "./talos.ts";
import { FLUX_VERSION, type DayZeroOptions, type Phase } from "./types.ts";

/** Day zero of a cluster: the phases, each with its files and commands, in the order they run. */
export interface DayZero {
  readonly cluster: string;
  readonly kubeContext: string;
  readonly fluxVersion: string;
  /** The OCI URL and tag phase 4 points Flux at. */
  readonly source: string;
  readonly phases: readonly Phase[];
}

/**
 * The day-zero path of a cluster, generated from the very components (and their values) Flux
 * manages afterwards: the Talos nodes (0), the CRDs of the bootstrap-phase-1 components (1), the
 * bootstrap-phase-2 releases (2), every component's bootstrap Secrets from 1Password (3), then
 * Flux with the artifact's source and root Kustomization (4). Deterministic: the same cluster and
 * options give the same phases.
 */
export function dayZero(cluster: Cluster, options: DayZeroOptions): DayZero {
  if (!options.vault) throw new ConfigError("the 1Password vault of the bootstrap secrets is empty: pass options.vault (the values' secrets.vault)", { cluster: cluster.name, field: "vault" });
  const ordered = topologicalOrder(cluster.components);
  const inPhase = (p: 1 | 2): Component[] => ordered.filter((c) => c.bootstrapPhase === p);
  // A day-zero component installed before one it depends on would start without it.
  for (const c of ordered) {
    for (const d of c.dependsOn) {
      if (c.bootstrapPhase !== undefined && (d.bootstrapPhase === undefined || d.bootstrapPhase > c.bootstrapPhase)) {
        throw new ConfigError(
          `bootstrap phase ${c.bootstrapPhase} depends on component ${d.name}, which day zero installs ${d.bootstrapPhase === undefined ? "not at all (Flux does, later)" : `in phase ${d.bootstrapPhase}`}`,
          { cluster: cluster.name, component: c.name, field: "bootstrapPhase" },
        );
      }
    }
  }
  const kubeContext = options.kubeContext ?? `admin@${cluster.name}`;
  const fluxVersion = options.fluxVersion ?? FLUX_VERSION;
  const p0 = phase0(cluster.name, options.talos, kubeContext);
  const { healthCommand, ...zero } = p0;
  const { source, ...p4 } = phase4(cluster, { fluxVersion, vault: options.vault, registry: options.registry });
  return {
    cluster: cluster.name,
    kubeContext,
    fluxVersion,
    source,
    phases: [
      zero,
      phase1(cluster.name, inPhase(1)),
      phase2(cluster.name, inPhase(2), healthCommand),
      phase3(cluster.name, options.vault, ordered.filter((c) => c.bootstrapSecrets.length > 0), ordered),
      p4,
    ],
  };
}

/** The run.sh of a phase, as written into its folder. */
export function phaseScript(d: DayZero, p: Phase): string {
  const readsOnePassword = p.phase === 3 || (p.phase === 0 && p.files.size > 0) || p.commands.some((c) => c.includes("op read"));
  const talos = p.phase === 0 && p.files.size > 0 ? talosHeader(d.cluster) : p.commands.some((c) => c.includes("$TALOSCONFIG")) ? talosconfigHeader(d.cluster) : [];
  const extra = [...talos, ...(readsOnePassword ? OP_FUNCTIONS : [])];
  return script(scriptHeader({ cluster: d.cluster, title: `phase ${p.phase}, ${p.title}`, kubeContext: d.kubeContext, extra }), p.commands);
}

/** bootstrap.sh: every phase in order, or from phase N on (`./bootstrap.sh 3` resumes at the secrets). */
function bootstrapScript(d: DayZero): string {
  return `#!/usr/bin/env bash
# Day zero of cluster ${d.cluster}: runs the phases in order. Written by \`gitops bootstrap\`; do not edit.
# Usage: ./bootstrap.sh [FIRST_PHASE]   (default 0; every phase can be run again)
set -euo pipefail
cd "$(dirname "\${BASH_SOURCE[0]}")"
from="\${1:-0}"
case "$from" in ${d.phases.map((p) => p.phase).join("|")}) ;; *) echo "usage: $0 [${d.phases.map((p) => p.phase).join("|")}]" >&2; exit 2 ;; esac
for phase in ${d.phases.map((p) => q(p.dir)).join(" ")}; do
  if (( \${phase%%-*} < from )); then continue; fi
  printf '\\n=== %s ===\\n' "$phase" >&2
  bash "./$phase/run.sh"
done
printf '\\n=== cluster ${d.cluster} is up; Flux reconciles from ${d.source} ===\\n' >&2
`;
}

/**
 * The dist/bootstrap/ tree (path -> content, sorted): README.md, bootstrap.sh and one folder per
 * phase with its files and run.sh. Scripts are the files whose names end in .sh (mode 0755).
 */
export function dayZeroFiles(d: DayZero): Map<string, string> {
  const files = new Map<string, string>([
    ["README.md", readme(d)],
    ["bootstrap.sh", bootstrapScript(d)],
  ]);
  for (const p of d.phases) {
    for (const [path, content] of p.files) {
      if (path === "run.sh") throw new ConfigError(`phase ${p.dir} has a file named run.sh, which is its script's name`, { cluster: d.cluster });
      files.set(`${p.dir}/${path}`, content);
    }
    files.set(`${p.dir}/run.sh`, phaseScript(d, p));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The dry run: every phase, what it needs, and every command, without running anything. */
export function dryRun(d: DayZero): string {
  const out: string[] = [`Day zero of cluster ${d.cluster} (context ${d.kubeContext}, Flux ${d.fluxVersion}, source ${d.source})`, ""];
  for (const p of d.phases) {
    out.push(`phase ${p.phase} ${p.dir}: ${p.title}`);
    for (const n of p.needs) out.push(`  needs: ${n}`);
    out.push(`  files: ${p.files.size}`);
    for (const c of p.commands) out.push(...c.split("\n").map((l, i) => `  ${i === 0 ? "$" : " "} ${l}`));
    out.push("");
  }
  return out.join("\n");
}

/** The phases as JSON-ready data: files by path with their sizes (CRDs run to megabytes), commands in full. */
export function dayZeroJson(d: DayZero): object {
  return {
    cluster: d.cluster,
    kubeContext: d.kubeContext,
    fluxVersion: d.fluxVersion,
    source: d.source,
    phases: d.phases.map((p) => ({
      phase: p.phase,
      name: p.name,
      dir: p.dir,
      title: p.title,
      needs: p.needs,
      does: p.does,
      files: Object.fromEntries([...p.files].map(([path, content]) => [path, { bytes: Buffer.byteLength(content) }])),
      commands: p.commands,
    })),
  };
}
