import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { TalosClusterValues } from "@k8s-gitops/talos";
import { progress, type Command } from "../command.ts";
import { parseFlags, UsageError } from "../load.ts";
import { importSource } from "../runtime.ts";

// @k8s-gitops/talos (with the schema validator) and the cluster's values load only when this
// command runs: every gitops start imports all command files.

export const command: Command = {
  name: "talos",
  summary: "write a cluster's Talos machine configuration patches (per node, shared, image schematic)",
  help: `Usage: gitops talos --cluster NAME [--out DIR]

Writes the Talos machine configuration of the cluster's nodes as patches for
talosctl, built from the node inventory (@k8s-gitops/inventory) and the cluster values
(clusters/<name>/values/values.ts), every document checked against the Talos config schema first:

  shared.yaml            every node            talosctl gen config --config-patch @shared.yaml
  controlplane.yaml      control-plane nodes   talosctl gen config --config-patch-control-plane @...
  nodes/<hostname>.yaml  one node              talosctl machineconfig patch <config> --patch @...
  schematic.yaml         the Image Factory schematic the installer image is built from
  README.md              the talosctl steps, and where the secrets come from

No file holds a secret: certificates, keys and tokens come from the cluster's secrets bundle
(talosctl gen secrets), kept outside git and passed to talosctl gen config --with-secrets.
The folder is replaced as a whole, so a node removed from the inventory leaves no patch behind.

Options:
  --cluster NAME   the cluster: a folder clusters/NAME with values/values.ts (required)
  --out DIR        output folder (default clusters/<name>/dist/talos in the repository)
  -h, --help       this text

Exit status: 0 written, 1 configuration error (an inventory rule or a schema violation, each
naming cluster, node, file and field), 2 usage error.
`,
  async run(argv) {
    const { flags, positionals } = parseFlags(argv, { cluster: "string", out: "string" });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const cluster = flags.cluster;
    if (typeof cluster !== "string") throw new UsageError("--cluster is required");
    const values = await loadClusterValues(cluster);
    const { defaultTalosDir, writeTalos } = await import("@k8s-gitops/talos");
    const dir = typeof flags.out === "string" ? resolve(flags.out) : defaultTalosDir(cluster);
    const files = writeTalos(values, dir);
    progress(`[${cluster}] wrote ${files.length} Talos files -> ${dir}`);
    for (const f of files) progress(`  ${f}`);
    return 0;
  },
};

/** The `values` export of clusters/<name>/values/values.ts, found from the working folder up. */
async function loadClusterValues(cluster: string): Promise<TalosClusterValues> {
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(cluster)) throw new UsageError(`--cluster "${cluster}" is not a cluster folder name`);
  let dir = process.cwd();
  for (;;) {
    const file = join(dir, "clusters", cluster, "values", "values.ts");
    if (existsSync(file)) {
      const mod = (await importSource(file)) as { values?: TalosClusterValues };
      if (!mod.values) throw new UsageError(`${file} has no "values" export`);
      return mod.values;
    }
    const up = resolve(dir, "..");
    if (up === dir) throw new UsageError(`no clusters/${cluster}/values/values.ts in ${process.cwd()} or above`);
    dir = up;
  }
}
