import { ENV } from "../artifact-options.ts";
import { progress, type Command } from "../command.ts";
import { core } from "../core.ts";
import { loadClusterPackage, parseFlags } from "../load.ts";

export const command: Command = {
  name: "pack",
  summary: "pack a cluster (or a rendered tree folder) into a Flux OCI artifact and print its digests",
  help: `Usage: gitops pack [--cluster DIR | --tree DIR] [--out DIR] [--tag TAG] [--json]

Packs the cluster package in DIR (rendered afresh, nothing else written) or an already
rendered tree folder into a Flux artifact: an OCI image manifest with config
application/vnd.cncf.flux.config.v1+json and one application/vnd.cncf.flux.content.v1.tar+gzip
layer, annotated with the source, the revision (<branch>@sha1:<commit>) and the commit time.
Prints the manifest and layer digests: the same tree and commit give the same digests on any
machine, in any folder, time zone or locale, which is how to check that an artifact in Harbor
was built from a given commit.

Options:
  --cluster DIR   the cluster package folder (default .)
  --tree DIR      pack this folder instead of rendering a cluster
  --out DIR       also write an OCI image layout there (read it with skopeo inspect --raw oci:DIR:TAG)
  --tag TAG       the layout's tag (default: the cluster name, or "artifact" with --tree)
  --json          print {manifest, layer, size} as JSON

The revision comes from git or ${ENV.commit}/${ENV.branch}/${ENV.created}/${ENV.source}.
`,
  async run(argv) {
    const { flags } = parseFlags(argv, { cluster: "string", tree: "string", out: "string", tag: "string", json: "boolean" });
    const [{ packArtifact, readTreeDir, writeLayout }, { packCluster }, { revisionOf, sourceInfo }] = await Promise.all([
      import("@k8s-gitops/oci"),
      import("../artifact.ts"),
      import("../git.ts"),
    ]);
    let image: ReturnType<typeof packArtifact>;
    let tag: string;
    if (typeof flags.tree === "string") {
      const source = sourceInfo(flags.tree);
      image = packArtifact(readTreeDir(flags.tree), { source: source.source, revision: revisionOf(source), created: source.created });
      tag = typeof flags.tag === "string" ? flags.tag : "artifact";
    } else {
      const pkg = await loadClusterPackage(String(flags.cluster ?? "."));
      image = packCluster(pkg, (await core()).render(pkg.cluster));
      tag = typeof flags.tag === "string" ? flags.tag : pkg.cluster.name;
    }
    const layer = image.manifest.layers[0]!;
    if (typeof flags.out === "string") {
      writeLayout(flags.out, image, [tag]);
      progress(`wrote OCI layout ${flags.out} (tag ${tag})`);
    }
    process.stdout.write(
      flags.json ? `${JSON.stringify({ manifest: image.digest, layer: layer.digest, size: layer.size })}\n` : `manifest ${image.digest}\nlayer    ${layer.digest} (${layer.size} bytes)\n`,
    );
    return 0;
  },
};
