import { emitJson, type Command } from "../command.ts";
import { core } from "../core.ts";
import { loadClusterPackage, parseFlags } from "../load.ts";

export const command: Command = {
  name: "graph",
  summary: "print a cluster's component dependency graph (text or Graphviz dot)",
  help: `Usage: gitops graph [--cluster DIR] [--dot]

Prints the components of the cluster package in DIR in the order Flux will apply them, each
with the components it waits for.

Options:
  --cluster DIR   the cluster package folder (default .)
  --dot           Graphviz dot instead of text
  --json          [{ name, dependsOn }] in apply order, as JSON
`,
  async run(argv) {
    const { flags } = parseFlags(argv, { cluster: "string", dot: "boolean", json: "boolean" });
    const { cluster } = await loadClusterPackage(String(flags.cluster ?? "."));
    const order = (await core()).topologicalOrder(cluster.components);
    if (flags.json) {
      emitJson({ cluster: cluster.name, components: order.map((c) => ({ name: c.name, dependsOn: c.dependsOn.map((d) => d.name).sort() })) });
      return 0;
    }
    if (flags.dot) {
      const edges = order.flatMap((c) => c.dependsOn.map((d) => `  "${c.name}" -> "${d.name}";`));
      process.stdout.write(`digraph "${cluster.name}" {\n  rankdir=RL;\n${order.map((c) => `  "${c.name}";`).join("\n")}\n${edges.join("\n")}\n}\n`);
      return 0;
    }
    for (const c of order) {
      const deps = c.dependsOn.map((d) => d.name).sort();
      process.stdout.write(`${c.name}${deps.length ? `  <- ${deps.join(", ")}` : ""}\n`);
    }
    return 0;
  },
};
