import { existsSync } from "node:fs";
import { join } from "node:path";
import type { ValidationCache, Platform, ValidationResult } from "@k8s-gitops/validate";
import { clusterDir, clusterOfArgs } from "../../bin/paths.mjs";
import { progress, type Command } from "../command.ts";
import { core } from "../core.ts";
import { parseFlags, UsageError } from "../load.ts";
import type { ValidationRecord } from "../record.ts";
import { CACHE_HELP, validateCache } from "../validate-cache.ts";

const FLAGS = {
  cluster: "string",
  name: "string",
  json: "boolean",
  format: "string",
  "no-secrets": "boolean",
  "no-cache": "boolean",
  "storage-class": "string",
  namespace: "string",
  node: "string",
  rules: "boolean",
} as const;

function list(value: string | boolean | undefined): string[] {
  return typeof value === "string" ? value.split(",").map((v) => v.trim()).filter(Boolean) : [];
}

/** Node names from cluster values that carry them (`nodes: [{ name }]` or `nodes: ["name"]`). */
function nodeNames(values: unknown): string[] {
  const nodes = typeof values === "object" && values !== null && "nodes" in values ? values.nodes : undefined;
  if (!Array.isArray(nodes)) return [];
  return nodes.flatMap((n: unknown) => (typeof n === "string" ? [n] : typeof n === "object" && n !== null && "name" in n && typeof n.name === "string" ? [n.name] : []));
}

/**
 * The build's validation step, on the files in memory: exactly the bytes the build then packs
 * and writes (nothing is read back from disk, where another process or a stale file could make
 * the validated tree differ from the packed one). Fails the build with the full text report on
 * any error; the caller writes the JSON report only into a build that passed. A parse cache
 * (validate-cache.ts) only saves time: the result is the same with or without it.
 */
export async function validateBuild(cluster: { name: string; values: unknown }, files: ReadonlyMap<string, string>, options: { cache?: ValidationCache } = {}): Promise<ValidationResult> {
  const [{ formatText, summarize, validateFiles }, { ConfigError }] = await Promise.all([validator(), core()]);
  const started = performance.now();
  let result: ValidationResult;
  try {
    result = await validateFiles(files, { cluster: cluster.name, platform: { nodes: nodeNames(cluster.values) }, ...(options.cache ? { cache: options.cache } : {}) });
  } catch (err) {
    if (err instanceof Error && err.name === "NothingToValidateError") throw new ConfigError(`${err.message}: a cluster without objects is not deployed`, { cluster: cluster.name });
    throw err;
  }
  const ms = Math.round(performance.now() - started);
  const { errors, warnings, waived } = summarize(result);
  if (!result.ok) {
    process.stderr.write(formatText([result]));
    throw new ConfigError(`validation failed with ${errors} error${errors === 1 ? "" : "s"}: nothing was written or packed (the report is above)`, { cluster: cluster.name });
  }
  const notes = warnings || waived ? `, ${warnings} warning(s) and ${waived} waived finding(s) in validation.json` : "";
  // The duration is printed, never recorded: the build output must depend on the commit alone.
  progress(`[${cluster.name}] validated ${result.objects} objects in ${ms} ms: no error${notes}`);
  return result;
}

/**
 * dist/validation.json: the report without its duration (build output is a pure function of the
 * commit), plus what was validated: the digests of the artifact packed from the same bytes, and
 * whose it is (the cluster, its package and artifact target), so `push --layout` can tell the
 * report belongs to the layout it is given and push it without loading the cluster package.
 */
export async function validationRecord(result: ValidationResult, about: Omit<ValidationRecord, "ok" | "results">): Promise<string> {
  const { formatJson } = await validator();
  const report = JSON.parse(formatJson([result])) as { ok: boolean; results: Record<string, unknown>[] };
  for (const r of report.results) delete r.durationMs;
  const record: ValidationRecord = { ok: report.ok, ...about, results: report.results };
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** The validator loads schemas and secretlint: imported when a validation runs, not when the CLI lists its commands. */
function validator() {
  return import("@k8s-gitops/validate");
}

/** The rules table of --rules and --help, from core's RULES. */
async function rulesText(): Promise<string> {
  const { RULES } = await core();
  return Object.entries(RULES)
    .map(([id, r]) => `  ${id.padEnd(20)} ${r.waivable ? "waivable " : "         "}${r.summary}`)
    .join("\n");
}

export const command: Command = {
  name: "validate",
  summary: "validate rendered YAML: strict schemas, cross-references, policies, backup compliance, secrets",
  help: async () => `Usage: gitops validate [DIR...] [--cluster DIR] [--name NAME] [--json | --format text|json] [options]

Checks everything that can be checked from the files alone, and exits 1 when anything fails:

  schemas       every object against the strict schema of its kind (Kubernetes 1.34, Flux,
                Cilium, cert-manager, external-secrets, Gateway API, Prometheus-operator and
                every vendored CRD): unknown fields, types, enums, int-or-string and quantity
                formats; a kind without a schema, a removed, deprecated or unserved version
                are errors
  references    Flux dependsOn/sourceRef/chartRef (same namespace), ExternalSecret stores,
                cert-manager issuers, storage classes, Service selectors, Gateway parentRefs,
                namespaces, duplicates, empty components, kustomization indexes and paths,
                cluster identity and node names
  policies      deny-all network baseline plus allows, no Secret data, pinned images and
                charts, OCI chart sources with Helm's layerSelector, Pod Security labels,
                resource requests
  compliance    data classification; GDPR, HIPAA, PCI-DSS and SOX backup rules on CNPG
                clusters, volumes and log stores (schedules, retention, encryption, TLS,
                immutability of audit data), with a report per framework
  secrets       secretlint's recommended preset over every file

Each finding reads: cluster <c>, component <comp>, <Kind>/<ns>/<name>, field <path>: <problem>
(<how to fix>). An object waives a waivable rule with the annotation
k8s-gitops.io/waive: <rule>=<reason> (written by waive() from @k8s-gitops/core); the reason
shows in the report.

With no DIR, validates the cluster package in --cluster (default .): its dist/tree, as
\`gitops build\` wrote it (the build runs this validation itself before packing). DIR may be any
folder of rendered YAML: a built cluster tree (flux/ + components/) or manifests made
elsewhere; the component is taken from components/<name>/ (else the file's folder) and the
cluster from --name, else a clusters/<name>/ folder in the path, else the folder's name.

Options:
  --cluster DIR          the cluster package folder whose dist/tree to validate (default .)
  --name NAME            the cluster's name in messages (one DIR)
  --json                 JSON report on stdout (same as --format json)
  --format text|json     report format (default text)
  --no-secrets           skip secret scanning
  --no-cache             parse every file, reading nothing from the parse cache and writing nothing
  --storage-class LIST   storage classes created outside the tree (comma-separated)
  --namespace LIST       namespaces created outside the tree, besides kube-system, flux-system, ...
  --node LIST            the cluster's node names (enables the node-name check)
  --rules                list the rules and exit

Rules:
${await rulesText()}

${CACHE_HELP}

Exit status: 0 valid (warnings and waivers allowed), 1 invalid, 2 usage error.
`,
  async run(argv) {
    const { flags, positionals } = parseFlags(argv, FLAGS);
    if (flags.rules) {
      process.stdout.write(`${await rulesText()}\n`);
      return 0;
    }
    const format = flags.json ? "json" : (flags.format ?? "text");
    if (format !== "text" && format !== "json") throw new UsageError(`--format ${String(format)}: use text or json`);
    if (typeof flags.name === "string" && positionals.length > 1) throw new UsageError("--name names one cluster: give one DIR");
    // `--cluster apps` finds clusters/apps as every other command (and the launcher) does.
    const dirs = positionals.length ? positionals : [join(clusterDir(String(flags.cluster ?? ".")), "dist", "tree")];
    const platform: Partial<Platform> = {
      storageClasses: list(flags["storage-class"]),
      namespaces: list(flags.namespace),
      nodes: list(flags.node),
    };
    const { formatJson, formatText, validateDir } = await validator();
    const results: ValidationResult[] = [];
    // The cache of the cluster package the command line names (as the launcher finds it).
    const home = clusterOfArgs(argv);
    for (const dir of dirs) {
      if (!existsSync(dir)) throw new UsageError(`${dir} does not exist${positionals.length ? "" : ": build the cluster first (gitops build)"}`);
      // One cache per folder: its pruning keeps what this folder's validation used.
      const cache = await validateCache(home, !flags["no-cache"]);
      try {
        results.push(
          await validateDir(dir, {
            ...(typeof flags.name === "string" ? { cluster: flags.name } : {}),
            platform,
            secrets: !flags["no-secrets"],
            ...(cache ? { cache } : {}),
          }),
        );
      } catch (err) {
        // An unreadable folder (a file, a link loop, a dangling link) or one with no object in
        // it cannot be called valid or invalid: usage error. Matched by name because the
        // validator's package entry does not export these classes.
        if (err instanceof Error && (err.name === "TreeReadError" || err.name === "NothingToValidateError")) {
          throw new UsageError(`${err.message}${positionals.length ? "" : " (build the cluster first: gitops build)"}`);
        }
        throw err;
      }
    }
    process.stdout.write(format === "json" ? formatJson(results) : formatText(results));
    return results.every((r) => r.ok) ? 0 : 1;
  },
};
