import { resolve } from "node:path";
import type { ValidationCache } from "./cache.ts";
import { CheckContext, type Check } from "./context.ts";
import { checkCompliance } from "./compliance/check.ts";
import { complianceReport, type FrameworkReport } from "./compliance/report.ts";
import { checkClusterIdentity, checkNodeNames, labelledCluster } from "./crossref/cluster.ts";
import { checkDuplicates } from "./crossref/duplicates.ts";
import { checkFluxReferences } from "./crossref/flux.ts";
import { checkGatewayParents } from "./crossref/gateway.ts";
import { checkNamespaces } from "./crossref/namespaces.ts";
import { checkSecretStoresAndIssuers } from "./crossref/references.ts";
import { checkServiceSelectors } from "./crossref/services.ts";
import { checkStorageClasses } from "./crossref/storage.ts";
import { checkStructure } from "./crossref/structure.ts";
import { checkRuleGroups } from "./observability/rule-groups.ts";
import { checkScrapeSelectors } from "./observability/scrape.ts";
import { withPlatform, type Platform } from "./platform.ts";
import { checkNetworkPolicies } from "./policy/network.ts";
import { checkOciSources } from "./policy/oci.ts";
import { checkPinning } from "./policy/pinning.ts";
import { checkPodSecurity } from "./policy/pod-security.ts";
import { checkResourceRequests } from "./policy/resources.ts";
import { checkSecretData } from "./policy/secret-data.ts";
import { checkReconcile } from "./reconcile/check.ts";
import { checkSchemas } from "./schema/check.ts";
import { checkSecretLeaks } from "./secrets/check.ts";
import { clusterOf } from "./tree/component.ts";
import { readFiles } from "./tree/files.ts";
import { loadTree } from "./tree/load.ts";
import type { Finding } from "./types.ts";
import { applyWaivers } from "./waivers.ts";

export interface ValidateOptions {
  /** The cluster's name in messages and checks (default: clusters/<name>/ in the folder's path, else the cluster the tree's objects are labelled for, else the folder's name). */
  cluster?: string;
  /** Facts about what exists outside the tree (platform namespaces, storage classes, node names). */
  platform?: Partial<Platform>;
  /** Scan every file with secretlint (default true). */
  secrets?: boolean;
  /**
   * Where what is derived from file contents (each file's parse, the tree's secret scan) is kept
   * by content, to read it back for an unchanged file instead of parsing it again (diskCache
   * for a folder). Never changes a result: every entry read is checked.
   */
  cache?: ValidationCache;
}

export interface ValidationResult {
  cluster: string;
  files: number;
  objects: number;
  /** Sorted by component, file, object and field. */
  findings: Finding[];
  compliance: FrameworkReport[];
  /** No error that is not waived. */
  ok: boolean;
  durationMs: number;
}

/** Nothing in the input is a Kubernetes object: a usage error (exit 2), not a pass. */
export class NothingToValidateError extends Error {
  override name = "NothingToValidateError";
}

/** Every check, in the order their findings are most useful to read. */
const CHECKS: readonly Check[] = [
  checkSchemas,
  checkStructure,
  checkDuplicates,
  checkFluxReferences,
  checkSecretStoresAndIssuers,
  checkStorageClasses,
  checkServiceSelectors,
  checkGatewayParents,
  checkNamespaces,
  checkClusterIdentity,
  checkNodeNames,
  checkNetworkPolicies,
  checkPodSecurity,
  checkSecretData,
  checkPinning,
  checkOciSources,
  checkResourceRequests,
  checkScrapeSelectors,
  checkRuleGroups,
  checkReconcile,
];

function order(a: Finding, b: Finding): number {
  const ka = [a.component, a.file ?? "", a.object ?? "", a.field ?? "", a.rule];
  const kb = [b.component, b.file ?? "", b.object ?? "", b.field ?? "", b.rule];
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
  return 0;
}

/** Validates a rendered tree held in memory (relative path -> content), e.g. core's RenderedTree.files. */
export async function validateFiles(files: ReadonlyMap<string, string>, options: ValidateOptions = {}): Promise<ValidationResult> {
  return validateTree(files, options, undefined);
}

/** `dir`: the folder the files were read from, which may name the cluster (see clusterOf). */
async function validateTree(files: ReadonlyMap<string, string>, options: ValidateOptions, dir: string | undefined): Promise<ValidationResult> {
  const started = performance.now();
  const tree = loadTree(files, "(unnamed)", options.cache);
  tree.cluster = clusterOf(dir, options.cluster, labelledCluster(tree.manifests));
  // "valid" must mean "checked": a folder without a single object (empty, READMEs and images,
  // a lone "---") has nothing any check could fail on, so it is refused, not passed.
  if (tree.manifests.length === 0 && tree.problems.length === 0) {
    throw new NothingToValidateError(`cluster ${tree.cluster}: nothing to validate: ${files.size} file${files.size === 1 ? "" : "s"}, no Kubernetes object in any .yaml, .yml or .json file`);
  }
  const ctx = new CheckContext(tree, withPlatform(options.platform), options.cache);
  for (const p of tree.problems) ctx.report({ rule: "yaml", component: p.component, file: p.file, ...(p.field ? { field: p.field } : {}), problem: p.problem, fix: p.fix });
  for (const check of CHECKS) check(ctx);
  const evaluations = checkCompliance(ctx);
  if (options.secrets !== false) await checkSecretLeaks(ctx, options.cache);
  options.cache?.done?.();
  const findings = applyWaivers(ctx.raw, tree.manifests, tree.cluster).sort(order);
  return {
    cluster: tree.cluster,
    files: files.size,
    objects: tree.manifests.length,
    findings,
    compliance: complianceReport(evaluations, findings),
    ok: !findings.some((f) => f.severity === "error" && !f.waived),
    durationMs: performance.now() - started,
  };
}

/** Validates a folder of rendered YAML: a built cluster tree, or manifests made elsewhere. */
export async function validateDir(dir: string, options: ValidateOptions = {}): Promise<ValidationResult> {
  const abs = resolve(dir);
  return validateTree(readFiles(abs), options, abs);
}
