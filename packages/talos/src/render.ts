import { ConfigError, type RenderedTree } from "@k8s-gitops/core";
import { Document, isScalar, visit } from "yaml";
import type { TalosClusterConfig } from "./config.ts";
import type { TalosDocument } from "./generated/config.ts";
import { talosReadme } from "./readme.ts";
import { schematicYaml } from "./schematic.ts";
import { TALOS_FILES } from "./files.ts";
import { validateDocument } from "./validate.ts";

/** Documents that break the Talos schema; `errors` holds each with its node, file and field. */
export class TalosValidationError extends ConfigError {
  readonly errors: readonly ConfigError[];

  constructor(errors: readonly ConfigError[]) {
    super(`${errors.length} Talos schema error${errors.length === 1 ? "" : "s"}:\n${errors.map((e) => `  - ${e.message}`).join("\n")}`);
    this.name = "TalosValidationError";
    this.errors = errors;
  }
}

/** One document as YAML; file permissions in octal (0o644), as people read them. */
function documentYaml(doc: TalosDocument): string {
  const d = new Document(doc, { version: "1.2", aliasDuplicateObjects: false });
  visit(d, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === "permissions" && isScalar(pair.value)) pair.value.format = "OCT";
    },
  });
  return d.toString({ lineWidth: 0, indent: 2, indentSeq: true });
}

/** A multi-document patch file as talosctl reads it, with a header saying what it is for. */
export function patchYaml(header: string, docs: readonly TalosDocument[]): string {
  return `# ${header}\n${docs.map((d) => `---\n${documentYaml(d)}`).join("")}`;
}

/**
 * The cluster's Talos output folder as a path -> content map: README.md, schematic.yaml, the
 * shared and per-role patches and nodes/<hostname>.yaml. Every document is checked against the
 * Talos schema first; a TalosValidationError lists all violations.
 */
export function renderTalos(config: TalosClusterConfig): RenderedTree {
  const name = config.cluster;
  const patches: { file: string; header: string; docs: readonly TalosDocument[]; object: string }[] = [
    { file: TALOS_FILES.shared, header: `every ${name} node: talosctl gen config --config-patch @${TALOS_FILES.shared}`, docs: config.shared, object: TALOS_FILES.shared },
    {
      file: TALOS_FILES.controlPlane,
      header: `${name} control-plane nodes: talosctl gen config --config-patch-control-plane @${TALOS_FILES.controlPlane}`,
      docs: config.controlPlane,
      object: TALOS_FILES.controlPlane,
    },
    ...(config.worker
      ? [{ file: TALOS_FILES.worker, header: `${name} workers: talosctl gen config --config-patch-worker @${TALOS_FILES.worker}`, docs: config.worker, object: TALOS_FILES.worker }]
      : []),
    ...config.nodes.map(({ node, documents }) => {
      const file = TALOS_FILES.node(node.hostname);
      const header = `${node.hostname} (${node.ip}, ${node.role}): talosctl machineconfig patch <${node.role}.yaml> --patch @${file}`;
      return { file, header, docs: documents, object: `node ${node.hostname} (${file})` };
    }),
  ];
  const errors = patches.flatMap((p) => p.docs.flatMap((doc) => validateDocument(doc, { cluster: name, object: p.object })));
  if (errors.length > 0) throw new TalosValidationError(errors);
  const files = new Map<string, string>([
    [TALOS_FILES.readme, talosReadme(config)],
    [TALOS_FILES.schematic, schematicYaml(config.schematic)],
    ...patches.map((p): [string, string] => [p.file, patchYaml(p.header, p.docs)]),
  ]);
  return { cluster: name, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), packages: new Map() };
}
