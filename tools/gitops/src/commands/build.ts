import type { Command } from "../command.ts";
import { buildCluster } from "../build.ts";
import { loadClusterPackage, parseFlags } from "../load.ts";

export const command: Command = {
  name: "build",
  summary: "render a cluster package and write its artifact tree under dist/",
  help: `Usage: gitops build [--cluster DIR] [--out DIR]

Renders the cluster package in DIR (default: the current folder, as Nx runs it) and writes
dist/tree/: flux/ (one Flux Kustomization per component) and components/<name>/ (one YAML
file per object). The same input always gives the same bytes.

Options:
  --cluster DIR   the cluster package folder (default .)
  --out DIR       output folder (default <cluster>/dist)
`,
  async run(argv) {
    const { flags } = parseFlags(argv, { cluster: "string", out: "string" });
    const pkg = await loadClusterPackage(String(flags.cluster ?? "."));
    await buildCluster(pkg, typeof flags.out === "string" ? flags.out : undefined);
    return 0;
  },
};
