import { join, resolve } from "node:path";
import { emitJson, progress, type Command } from "../command.ts";
import { core } from "../core.ts";
import { dayZeroOptions } from "../day-zero.ts";
import { loadClusterPackage, parseFlags, UsageError } from "../load.ts";

// @k8s-gitops/bootstrap (and through it Talos' schema validator) loads only when this command
// runs: every gitops start imports all command files.

export const command: Command = {
  name: "bootstrap",
  summary: "write a cluster's day zero (Talos, CRDs, CNI and DNS, bootstrap secrets, Flux) as phase scripts, or print it with --dry-run",
  help: `Usage: gitops bootstrap [--cluster DIR] [--out DIR] [--dry-run] [--json]
                        [--recovery | --registry HOST/REPO [--registry-item ITEM]]

Generates the path from bare Talos nodes to a cluster Flux manages, from the same component
packages and values Flux reconciles afterwards, and writes it to DIR (default
<cluster>/dist/bootstrap), replacing that folder:

  0-talos/     talosctl gen config (secrets bundle from 1Password) + the Talos patches, apply-config
               per node, etcd bootstrap, kubeconfig
  1-crds/      the CRDs of the bootstrap-phase-1 components: kubectl apply --server-side, Established
  2-network/   the bootstrap-phase-2 releases (Cilium, CoreDNS): helm upgrade --install with the
               HelmRelease's chart, version, name, namespace and spec.values, so Flux adopts them;
               rollouts, nodes Ready, talosctl health
  3-secrets/   every component's bootstrap Secrets, read with op read at run time
  4-flux/      flux install at the pinned version, the artifact's OCIRepository and root
               Kustomization, reconcile and wait
  README.md    the order, what each phase needs, how Flux takes over, recovery
  bootstrap.sh runs the phases in order (./bootstrap.sh N resumes at phase N)

No file holds a secret: they are read from 1Password (op) when the scripts run. Nothing is run
by this command.

Options:
  --cluster DIR         the cluster package folder (default .)
  --out DIR             output folder (default <cluster>/dist/bootstrap)
  --dry-run             print the phases and every command instead of writing files
  --json                print the phases as JSON on stdout instead (files by path and size,
                        commands); writes nothing, with or without --dry-run
  --registry HOST/REPO  phase 4 pulls the artifact from this registry and repository instead of
                        the cluster's own (recovery when that registry is down: push there first
                        with gitops push --registry HOST --repository REPO)
  --registry-item ITEM  1Password item (fields username, password) of the --registry credential
  --recovery            phase 4 pulls from the cluster's declared fallback registry (the
                        "recovery" of its day-zero options), pushed there first the same way
  -h, --help            this text

The 1Password vault and the Talos values come from the cluster package's "bootstrap" export
(day-zero options) or, without one, from its values (secrets.vault, network, storage).

Exit status: 0 written or printed, 1 configuration error (naming cluster, component, object and
field), 2 usage error.
`,
  async run(argv) {
    const { flags, positionals } = parseFlags(argv, { cluster: "string", out: "string", "dry-run": "boolean", json: "boolean", registry: "string", "registry-item": "string", recovery: "boolean" });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    if (flags.recovery && flags.registry !== undefined) throw new UsageError("--recovery and --registry both name the registry: give one");
    if (flags["registry-item"] !== undefined && flags.registry === undefined) throw new UsageError("--registry-item names the credential of --registry: give --registry too");
    const pkg = await loadClusterPackage(String(flags.cluster ?? "."));
    const lib = await import("@k8s-gitops/bootstrap");
    const name = pkg.cluster.name;
    const options = await dayZeroOptions(pkg);
    let registry = options.registry;
    if (flags.recovery) {
      if (!options.recovery) throw new UsageError(`cluster ${name} declares no recovery registry in its day-zero options: name one with --registry HOST/REPO`);
      registry = options.recovery;
    }
    if (typeof flags.registry === "string") {
      let parsed: ReturnType<typeof lib.parseRegistry>;
      try {
        parsed = lib.parseRegistry(flags.registry);
      } catch (err) {
        if (err instanceof (await core()).ConfigError) throw new UsageError(`--${err.message}`);
        throw err;
      }
      registry = { ...parsed, ...(typeof flags["registry-item"] === "string" ? { credentials: flags["registry-item"] } : {}) };
    }
    const d = lib.dayZero(pkg.cluster, { ...options, ...(registry ? { registry } : {}) });
    // --json writes nothing either: it is the dry run for machines.
    if (flags.json) {
      emitJson(lib.dayZeroJson(d));
      return 0;
    }
    if (flags["dry-run"]) {
      process.stdout.write(lib.dryRun(d));
      return 0;
    }
    const dir = typeof flags.out === "string" ? resolve(flags.out) : join(pkg.dir, "dist", "bootstrap");
    const files = lib.dayZeroFiles(d);
    lib.writeDayZero(files, dir);
    progress(`[${name}] day zero: ${d.phases.length} phases, ${files.size} files -> ${dir}`);
    for (const p of d.phases) progress(`  ${p.dir}: ${p.files.size} files, ${p.commands.length} commands`);
    progress(`  source ${d.source}`);
    return 0;
  },
};
