import { emitJson, type Command } from "../command.ts";
import { core } from "../core.ts";
import { loadClusterPackage, parseFlags } from "../load.ts";

export const command: Command = {
  name: "render",
  summary: "print a cluster's rendered objects (all, one component, or the file list)",
  help: `Usage: gitops render [--cluster DIR] [--component NAME] [--list]

Prints the rendered YAML of the cluster package in DIR to stdout, as one multi-document
stream in file order, without writing anything.

Options:
  --cluster DIR      the cluster package folder (default .)
  --component NAME   only the files of that component
  --list             print the file paths only
  --json             { cluster, files: [{ path, content }] } as JSON (with --list, paths only)
`,
  async run(argv) {
    const { flags } = parseFlags(argv, { cluster: "string", component: "string", list: "boolean", json: "boolean" });
    const pkg = await loadClusterPackage(String(flags.cluster ?? "."));
    const tree = (await core()).render(pkg.cluster);
    const prefix = typeof flags.component === "string" ? `components/${flags.component}/` : "";
    const files = [...tree.files].filter(([p]) => p.startsWith(prefix));
    if (prefix && files.length === 0) {
      process.stderr.write(`gitops render: cluster ${pkg.cluster.name} has no component "${String(flags.component)}"\n`);
      return 1;
    }
    if (flags.json) {
      emitJson({ cluster: pkg.cluster.name, files: files.map(([path, content]) => (flags.list ? { path } : { path, content })) });
      return 0;
    }
    if (flags.list) process.stdout.write(files.map(([p]) => `${p}\n`).join(""));
    else process.stdout.write(files.map(([p, c]) => `---\n# ${p}\n${c}`).join(""));
    return 0;
  },
};
