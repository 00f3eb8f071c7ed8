import { emitJson, type Command } from "../command.ts";
import { loadClusterPackage, parseFlags } from "../load.ts";
import { CACHE_HELP } from "../validate-cache.ts";

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
  --json          print { cluster, out, files, objects, manifest, layer } as JSON on stdout
  --no-cache      parse every file in the validation, without the parse cache

The build validates the files it packs, in memory, and writes dist/ as a whole: into a staging
folder beside it, renamed into place at the end. A failure or a kill leaves the previous dist/
as it was. Exit codes: 0 built, 1 invalid (the report says what), 2 usage error.

${CACHE_HELP}
`,
  async run(argv) {
    const { flags } = parseFlags(argv, { cluster: "string", out: "string", json: "boolean", "no-cache": "boolean" });
    // The build pipeline (core, the OCI code, the validator) loads with the command, not with the CLI.
    const [pkg, { buildCluster }] = await Promise.all([loadClusterPackage(String(flags.cluster ?? ".")), import("../build.ts")]);
    const built = await buildCluster(pkg, typeof flags.out === "string" ? flags.out : undefined, { cache: !flags["no-cache"] });
    if (flags.json) {
      const image = built.artifact.image;
      emitJson({ cluster: pkg.cluster.name, out: built.outDir, files: built.tree.files.size, objects: built.objects, manifest: image.digest, layer: image.manifest.layers[0]?.digest });
    }
    return 0;
  },
};
