import type { Image } from "@k8s-gitops/oci";
import { ENV, REGISTRY_FLAGS, REGISTRY_HELP } from "../artifact-options.ts";
import { progress, type Command } from "../command.ts";
import type { SourceInfo } from "../git.ts";
import { loadClusterPackage, parseFlags, UsageError } from "../load.ts";

export const command: Command = {
  name: "push",
  summary: "build a cluster's artifact and push it to its OCI registry (Harbor), tagged per commit and per branch",
  help: `Usage: gitops push [--cluster DIR] [options]

Builds the cluster package in DIR (render, validate, pack: the same steps as gitops build) and
pushes its Flux artifact to the cluster's registry with the OCI distribution API:
  1. each blob (config, content layer) is checked with HEAD and uploaded only if missing;
  2. the manifest is stored by digest once every blob is there;
  3. then the tags: sha-<commit> (one per commit, never moved) and the branch's moving tag
     (main for main). The cluster's OCIRepository follows the moving tag (ref.tag: main).
An interrupted push leaves no tag pointing at missing content; running it again uploads only
what is still missing. Transient failures (connection reset, 5xx, 429, timeouts) are retried
with exponential backoff; 401/403 and digest mismatches are not.

Options:
  --cluster DIR        the cluster package folder (default .)
  --out DIR            build output folder (default <cluster>/dist)
  --layout DIR         push this OCI layout (tag = cluster name) instead of building
  --tag TAG            an extra tag to write after the two above (repeatable via commas)
  --branch NAME        branch for the revision and moving tag (default: git, or $${ENV.branch})
  --allow-dirty        push even with uncommitted changes (the revision then does not
                       describe the content)
  --json               print the result as JSON on stdout
${REGISTRY_HELP}

The commit, its time and the repository URL come from git, or from ${ENV.commit},
${ENV.created}, ${ENV.source} and ${ENV.branch} (CI with a detached checkout).

Exit codes: 0 pushed, 1 failed (the message says what and what to do), 2 usage error.
`,
  async run(argv) {
    const { flags } = parseFlags(argv, { cluster: "string", out: "string", layout: "string", tag: "string", branch: "string", "allow-dirty": "boolean", json: "boolean", ...REGISTRY_FLAGS });
    // The build reads the branch like CI sets it, so the flag goes where the variable would.
    if (typeof flags.branch === "string") process.env[ENV.branch] = flags.branch;
    const pkg = await loadClusterPackage(String(flags.cluster ?? "."));
    const [{ formatRef, pushImage, readLayout }, { buildCluster }, { pushTags }, { registryClient, registryTarget, userFacing }] = await Promise.all([
      import("@k8s-gitops/oci"),
      import("../build.ts"),
      import("../git.ts"),
      import("../registry.ts"),
    ]);
    const name = pkg.cluster.name;
    const target = registryTarget(pkg, flags);
    try {
      let image: Image;
      let source: SourceInfo | undefined;
      if (typeof flags.layout === "string") {
        image = readLayout(flags.layout, name);
      } else {
        const built = await buildCluster(pkg, typeof flags.out === "string" ? flags.out : undefined);
        image = built.artifact.image;
        source = built.artifact.source;
      }
      const revision = image.manifest.annotations?.["org.opencontainers.image.revision"] ?? "";
      const m = /^(.+)@sha1:([0-9a-f]{40})$/.exec(revision);
      if (!m || /^0+$/.test(m[2] ?? "")) {
        throw new UsageError(`cluster ${name}: the artifact has no git revision (built outside a git checkout?): build from a checkout, or set ${ENV.commit} and ${ENV.branch}`);
      }
      if (source?.dirty && !flags["allow-dirty"]) {
        throw new UsageError(`cluster ${name}: the work tree has uncommitted changes, so the revision would not describe the content: commit first, or pass --allow-dirty`);
      }
      const { commitTag, movingTag } = pushTags({ branch: m[1] ?? "", commit: m[2] ?? "" });
      const extra = typeof flags.tag === "string" ? flags.tag.split(",").filter(Boolean) : [];
      const tags = [...new Set([commitTag, movingTag, ...extra])];
      const client = registryClient(target, flags, "push");
      progress(`[${name}] pushing ${image.digest} to ${formatRef(target)}`);
      const report = await pushImage(client, target.repository, image, tags, (msg) => progress(`[${name}] ${msg}`));
      const kb = (report.bytesUploaded / 1024).toFixed(1);
      progress(`[${name}] pushed ${formatRef({ ...target, digest: report.digest })}: ${report.uploaded.length} blob(s) uploaded (${kb} KiB), ${report.present.length} already there; tags ${report.tags.join(", ")}`);
      if (flags.json) process.stdout.write(`${JSON.stringify({ cluster: name, ...target, ...report })}\n`);
      return 0;
    } catch (err) {
      const message = userFacing(err);
      if (message === undefined || err instanceof UsageError) throw err;
      process.stderr.write(`gitops push: cluster ${name}: push to ${formatRef(target)} failed: ${message}\n`);
      return 1;
    }
  },
};
