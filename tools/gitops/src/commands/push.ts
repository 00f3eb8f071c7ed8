import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Image, PushReport, RegistryClient, SigningKey } from "@k8s-gitops/oci";
import { ENV, REGISTRY_FLAGS, REGISTRY_HELP, SIGNING_ENV } from "../artifact-options.ts";
import { emitJson, progress, type Command } from "../command.ts";
import { core } from "../core.ts";
import type { SourceInfo } from "../git.ts";
import { clusterDir } from "../../bin/paths.mjs";
import { VALIDATION_FILE } from "../artifact-options.ts";
import { loadClusterPackage, parseFlags, UsageError, type ClusterPackage } from "../load.ts";
import { readValidationRecord, type ValidationRecord } from "../record.ts";

export const command: Command = {
  name: "push",
  summary: "build a cluster's artifact, sign it and push it to its OCI registry (Harbor), tagged per commit and per branch",
  help: `Usage: gitops push [--cluster DIR] [options]

Builds the cluster package in DIR (render, validate, pack: the same steps as gitops build) and
pushes its Flux artifact to the cluster's registry with the OCI distribution API:
  1. each blob (config, content layer) is checked with HEAD and uploaded only if missing;
  2. signed, the manifest is stored by digest and its cosign signature under
     sha256-<digest>.sig;
  3. then the tags, each PUT storing the manifest (the digest the registry answers must be
     its own): sha-<commit> (one per commit, never moved) and the branch's moving tag (main
     for main). The cluster's OCIRepository follows the moving tag (ref.tag: main).
An interrupted push leaves no tag pointing at missing or unsigned content; running it again
uploads only what is still missing. Transient failures (connection reset, 5xx, 429, timeouts)
are retried with exponential backoff within --timeout; 401/403, a full registry and digest
mismatches are not.

Options:
  --cluster DIR        the cluster package folder (default .)
  --out DIR            build output folder (default <cluster>/dist)
  --layout DIR         push this OCI layout (tag = cluster name) instead of building, tagged
                       with the commit it records, never with the checkout's. A build's layout
                       (DIR/../${VALIDATION_FILE} records its digests) is pushed as its build
                       validated it, without loading the cluster; any other layout's tree and
                       annotations are validated and secret-scanned first
  --tag TAG            an extra tag to write after the two above (repeatable via commas)
  --branch NAME        branch for the revision and moving tag (default: git, or $${ENV.branch})
  --allow-dirty        push even with uncommitted changes (the revision then does not
                       describe the content)
  --signing-key FILE   ECDSA P-256 private key (PEM) to sign with (default: $${SIGNING_ENV.key},
                       the PEM itself, or $${SIGNING_ENV.keyFile}, a file)
  --unsigned           push without a signature (a cluster verifying signatures refuses it)
  --force              overwrite tags whose current artifact is signed by another key
  --json               print the result as JSON on stdout
${REGISTRY_HELP}

The commit, its time and the repository URL come from git, or from ${ENV.commit},
${ENV.created}, ${ENV.source} and ${ENV.branch} (CI with a detached checkout).

Exit codes: 0 pushed, 1 failed (the message says what and what to do), 2 usage error.
`,
  async run(argv) {
    const { flags } = parseFlags(argv, {
      cluster: "string",
      out: "string",
      layout: "string",
      tag: "string",
      branch: "string",
      "allow-dirty": "boolean",
      "signing-key": "string",
      unsigned: "boolean",
      force: "boolean",
      json: "boolean",
      ...REGISTRY_FLAGS,
    });
    // The build reads the branch like CI sets it, so the flag goes where the variable would.
    if (typeof flags.branch === "string") process.env[ENV.branch] = flags.branch;
    const layout = typeof flags.layout === "string" ? flags.layout : undefined;
    const dir = clusterDir(String(flags.cluster ?? "."));
    // A layout its build vouches for needs neither the cluster package nor a second validation:
    // pushing it reads the OCI layout and the build's validation record, nothing else.
    const built = layout ? await builtLayout(dir, layout) : undefined;
    const subject: { cluster: Pick<ClusterPackage["cluster"], "name" | "artifact">; pkg?: ClusterPackage } = built
      ? { cluster: { name: built.record.cluster, artifact: built.record.artifact } }
      : await loadClusterPackage(dir).then((pkg) => ({ cluster: pkg.cluster, pkg }));
    const [{ formatRef, pushImage }, { headCommit, pushTags }, { registryClient, registryTarget, signingKey, userFacing, withoutRepeats }] = await Promise.all([
      import("@k8s-gitops/oci"),
      import("../git.ts"),
      import("../registry.ts"),
    ]);
    const name = subject.cluster.name;
    const target = await registryTarget(subject.cluster, flags);
    const key: SigningKey | undefined = flags.unsigned ? undefined : signingKey(flags);
    const where = formatRef(target);
    let client: RegistryClient | undefined;
    try {
      let image: Image;
      let source: SourceInfo | undefined;
      if (layout !== undefined) {
        progress(`[${name}] checking OCI layout ${layout}`);
        if (built) {
          image = built.image;
          progress(`[${name}] validated by the build that packed it: ${built.recordFile} records its digests`);
        } else {
          image = await checkedLayout(subject.pkg ?? (await loadClusterPackage(dir)), layout);
        }
      } else {
        progress(`[${name}] building`);
        const { buildCluster } = await import("../build.ts");
        const result = await buildCluster(subject.pkg ?? (await loadClusterPackage(dir)), typeof flags.out === "string" ? flags.out : undefined);
        image = result.artifact.image;
        source = result.artifact.source;
      }
      const revision = image.manifest.annotations?.["org.opencontainers.image.revision"] ?? "";
      const m = /^(.+)@sha1:([0-9a-f]{40})$/.exec(revision);
      if (!m || /^0+$/.test(m[2] ?? "")) {
        throw new UsageError(`cluster ${name}: the artifact has no git revision (built outside a git checkout?): build from a checkout, or set ${ENV.commit} and ${ENV.branch}`);
      }
      const recorded = { branch: m[1] ?? "", commit: m[2] ?? "" };
      if (source?.dirty && !flags["allow-dirty"]) {
        throw new UsageError(`cluster ${name}: the work tree has uncommitted changes, so the revision would not describe the content: commit first, or pass --allow-dirty`);
      }
      if (typeof flags.layout === "string") {
        // The tags name the commit the layout records. Moving the branch tag to a layout built
        // from another commit than the checkout's would roll the cluster back or forward to
        // something nobody is looking at: refuse it.
        const here = headCommit(dir);
        if (here !== undefined && here !== recorded.commit) {
          const { ConfigError } = await core();
          throw new ConfigError(
            `the layout ${flags.layout} was built from commit ${recorded.commit}, the checkout is at ${here}: pushing it would move tag ${recorded.branch} to another commit's content. Check out ${recorded.commit.slice(0, 12)} (or set ${ENV.commit}) and push from there`,
            { cluster: name },
          );
        }
      }
      const { commitTag, movingTag } = pushTags(recorded);
      const extra = typeof flags.tag === "string" ? flags.tag.split(",").filter(Boolean) : [];
      const tags = [...new Set([commitTag, movingTag, ...extra])];
      client = registryClient(target, flags, "push");
      if (!key) progress(`[${name}] WARNING: pushing without a signature (--unsigned)`);
      progress(`[${name}] pushing ${image.digest} to ${where}`);
      const report: PushReport = await pushImage(client, target.repository, image, tags, {
        ...(key ? { sign: { key, dockerReference: `${target.registry}/${target.repository}` } } : {}),
        ...(flags.force ? { force: true } : {}),
        log: (msg) => progress(`[${name}] ${msg}`),
      });
      const kb = (report.bytesUploaded / 1024).toFixed(1);
      progress(`[${name}] pushed ${formatRef({ ...target, digest: report.digest })}: ${report.uploaded.length} blob(s) uploaded (${kb} KiB), ${report.present.length} already there; ${report.signature ? "signed; " : ""}tags ${report.tags.join(", ")}`);
      if (flags.json) emitJson({ cluster: name, ...target, ...report, ...(key ? { publicKey: key.publicPem } : {}) });
      return 0;
    } catch (err) {
      const message = userFacing(err);
      if (message === undefined || err instanceof UsageError) throw err;
      process.stderr.write(`gitops push: cluster ${name}: push to ${where} failed: ${withoutRepeats(message, where)}\n`);
      return 1;
    } finally {
      // Done with the registry: its kept-alive connections end now, not when the process does.
      client?.close();
    }
  },
};

/**
 * The layout and its build's validation record, when the record vouches for it: the build of this
 * cluster package wrote it beside the layout (<dist>/validation.json for <dist>/oci), found no
 * error, and recorded exactly this layout's manifest and layer digests. The manifest digest
 * covers the annotations and the layer every file, so what the build validated and secret-scanned
 * is byte for byte what is pushed. Anything else (no record, another package's, other digests, a
 * layout that cannot be read) is undefined: the layout is then checked here, as a build would.
 */
async function builtLayout(dir: string, layout: string): Promise<{ record: ValidationRecord; recordFile: string; image: Image } | undefined> {
  const recordFile = join(layout, "..", VALIDATION_FILE);
  const record = readValidationRecord(recordFile);
  if (!record?.ok || record.package !== packageName(dir)) return undefined;
  const { readLayout } = await import("@k8s-gitops/oci");
  let image: Image;
  try {
    image = readLayout(layout, record.cluster);
  } catch {
    return undefined;
  }
  const matches =
    image.digest === record.validated.manifest &&
    image.manifest.layers.length === 1 &&
    image.manifest.layers[0]?.digest === record.validated.layer &&
    image.manifest.annotations?.["io.k8s-gitops.cluster"] === record.cluster;
  return matches ? { record, recordFile, image } : undefined;
}

/** The package.json name of a cluster package folder, or undefined when it has none. */
function packageName(dir: string): string | undefined {
  try {
    const pkg: unknown = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    return typeof pkg === "object" && pkg !== null && "name" in pkg && typeof pkg.name === "string" ? pkg.name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The artifact of an OCI layout given to push --layout, held to the build's rules: it must be
 * this cluster's, its tree passes validation and the secret scan, its annotations the secret
 * scan. Whatever produced the layout, what is pushed is what was validated, here.
 */
async function checkedLayout(pkg: ClusterPackage, dir: string): Promise<Image> {
  const [{ artifactFiles, readLayout }, { validateBuild }, { scanAnnotations }, { ConfigError }] = await Promise.all([import("@k8s-gitops/oci"), import("./validate.ts"), import("../artifact.ts"), core()]);
  const name = pkg.cluster.name;
  const image = readLayout(dir, name);
  const owner = image.manifest.annotations?.["io.k8s-gitops.cluster"];
  if (owner !== name) {
    throw new ConfigError(`the layout ${dir} holds ${owner ? `cluster ${owner}'s artifact` : "an artifact that names no cluster"}: push it from its own cluster package`, { cluster: name });
  }
  const strict = new TextDecoder("utf-8", { fatal: true });
  const texts = new Map<string, string>();
  for (const [path, bytes] of artifactFiles(image, `OCI layout ${dir}`)) {
    try {
      texts.set(path, strict.decode(bytes));
    } catch {
      throw new ConfigError(`OCI layout ${dir}: file ${path} is not UTF-8 text`, { cluster: name });
    }
  }
  await validateBuild(pkg.cluster, texts);
  await scanAnnotations(name, image);
  return image;
}
