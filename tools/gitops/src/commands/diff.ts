import type { ExtractLimits, ImageRef } from "@k8s-gitops/oci";
import { REGISTRY_FLAGS, REGISTRY_HELP } from "../artifact-options.ts";
import { helpText, progress, useColour, type Command } from "../command.ts";
import { core } from "../core.ts";
import { loadClusterPackage, parseFlags, UsageError, type ClusterPackage } from "../load.ts";

type Flags = Record<string, string | boolean>;

function parseCount(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} ${text} is not a positive count`);
  return n;
}

/** The earlier artifact's files, and how to name it in the summary. */
/** Bounds on reading an artifact, from --max-size and --max-files. */
async function extractLimits(flags: Flags): Promise<ExtractLimits> {
  const { DEFAULT_EXTRACT_LIMITS } = await import("@k8s-gitops/oci");
  const { parseSize } = await import("../registry.ts");
  return {
    maxBytes: typeof flags["max-size"] === "string" ? parseSize(flags["max-size"], "--max-size") : DEFAULT_EXTRACT_LIMITS.maxBytes,
    maxFiles: typeof flags["max-files"] === "string" ? parseCount(flags["max-files"], "--max-files") : DEFAULT_EXTRACT_LIMITS.maxFiles,
  };
}

async function baseline(pkg: ClusterPackage, flags: Flags, limits: ExtractLimits): Promise<{ files: ReadonlyMap<string, Uint8Array>; label: string }> {
  const { artifactFiles, formatRef, parseImageRef, pullImage, readLayout, readTreeDir, RegistryError } = await import("@k8s-gitops/oci");
  const { registryClient, registryTarget } = await import("../registry.ts");
  if (typeof flags["against-tree"] === "string") {
    return { files: readTreeDir(flags["against-tree"]), label: flags["against-tree"] };
  }
  if (typeof flags["against-layout"] === "string") {
    const tag = typeof flags.tag === "string" ? flags.tag : pkg.cluster.name;
    const image = readLayout(flags["against-layout"], tag);
    return { files: artifactFiles(image, `OCI layout ${flags["against-layout"]}`, limits), label: `oci:${flags["against-layout"]}:${tag}` };
  }
  const ref: ImageRef =
    typeof flags.against === "string"
      ? parseImageRef(flags.against)
      : { ...(await registryTarget(pkg.cluster, flags)), tag: typeof flags.tag === "string" ? flags.tag : "main" };
  const reference = ref.digest ?? ref.tag;
  if (!reference) throw new UsageError(`--against ${String(flags.against)} names no tag or digest`);
  const client = registryClient(ref, flags, "pull");
  try {
    const image = await pullImage(client, ref.repository, reference);
    return { files: artifactFiles(image, formatRef({ ...ref, digest: image.digest }), limits), label: formatRef({ ...ref, digest: image.digest }) };
  } catch (err) {
    if (err instanceof RegistryError && err.kind === "not-found" && flags["missing-ok"]) {
      progress(`[${pkg.cluster.name}] ${formatRef(ref)} does not exist yet: comparing against an empty artifact`);
      return { files: new Map(), label: `${formatRef(ref)} (absent)` };
    }
    throw err;
  }
}

export const command: Command = {
  name: "diff",
  summary: "object-level diff of a cluster's fresh render against its artifact in the registry (or a local build)",
  help: `Usage: gitops diff [--cluster DIR] [--against REF | --against-layout DIR | --against-tree DIR] [options]

Renders the cluster package in DIR and compares it, object by object, with an earlier artifact:
by default the one the cluster runs, at tag main of its artifact repository. Objects are
matched by API group, kind, namespace and name, so a moved file or an apiVersion bump reads
as a change of the object. Prints a summary, the list of added, removed and changed objects,
then a unified YAML diff per object: what a reviewer reads on a pull request.

Options:
  --cluster DIR          the cluster package folder (default .)
  --tag TAG              tag to compare with (default main; with --against-layout the
                         layout's tag, default the cluster name)
  --against REF          another artifact: host[:port]/repository:tag or @sha256:digest
  --against-layout DIR   an OCI image layout, e.g. a previous build's dist/oci
  --against-tree DIR     a rendered tree folder, e.g. a previous build's dist/tree
  --layout DIR           the new side: this OCI layout (tag = cluster name) instead of a fresh
                         render, e.g. a pull request's dist/oci built without secrets
  --missing-ok           a tag that does not exist yet compares as an empty artifact
  --stat                 the summary and the list only, no YAML diffs
  --color                colour the diff (default when stdout is a terminal and NO_COLOR
                         is not set)
  --max-size SIZE        refuse an artifact whose content decompresses past SIZE
                         (default 256MiB): a small hostile layer can hold a huge file
  --max-files N          refuse an artifact of more than N files (default 20000)
${REGISTRY_HELP}

Exit codes: 0 no change, 1 changes, 2 or more an error (unreachable registry, missing tag,
bad credentials, invalid configuration).
`,
  async run(argv) {
    let name = "?";
    try {
      const { flags } = parseFlags(argv, {
        cluster: "string",
        tag: "string",
        against: "string",
        "against-layout": "string",
        "against-tree": "string",
        "missing-ok": "boolean",
        stat: "boolean",
        color: "boolean",
        layout: "string",
        "max-size": "string",
        "max-files": "string",
        ...REGISTRY_FLAGS,
      });
      const pkg = await loadClusterPackage(String(flags.cluster ?? "."));
      name = pkg.cluster.name;
      const { artifactFiles, diffTrees, formatDiff, readLayout } = await import("@k8s-gitops/oci");
      const limits = await extractLimits(flags);
      // --layout: the new side is a built artifact (a pull request's, diffed by a job that runs
      // none of the pull request's code), read under the same limits as the old side.
      const layout = typeof flags.layout === "string" ? flags.layout : undefined;
      const fresh = layout ? artifactFiles(readLayout(layout, name), `OCI layout ${layout}`, limits) : (await core()).render(pkg.cluster).files;
      const base = await baseline(pkg, flags, limits);
      const d = diffTrees(base.files, fresh, { before: base.label, after: layout ? `OCI layout ${layout}` : `cluster ${name} (fresh render)` });
      process.stdout.write(formatDiff(d, { title: `cluster ${name} against ${base.label}`, color: useColour(process.stdout, Boolean(flags.color)), stat: Boolean(flags.stat) }));
      return d.changes.length > 0 ? 1 : 0;
    } catch (err) {
      // Exit 1 means "changes": any failure must be 2, whatever threw it.
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(`gitops diff: cluster ${name}: ${message}\n`);
      if (err instanceof UsageError) process.stderr.write(`\n${await helpText(command)}`);
      return 2;
    }
  },
};
