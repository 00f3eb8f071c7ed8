import type { ValidationCache } from "./cache.ts";
import type { Platform } from "./platform.ts";
import type { RuleId } from "@k8s-gitops/core";
import { ObjectIndex } from "./tree/object-index.ts";
import type { Tree } from "./tree/load.ts";
import { describeManifest, type Finding, type Manifest, type Severity } from "./types.ts";

/** What a check reports; the context fills in cluster, component, file and object. */
export interface Report {
  rule: RuleId;
  /** The object the finding is about (its waivers apply). */
  at?: Manifest;
  /** For findings about a file or a component rather than an object. */
  component?: string;
  file?: string;
  field?: string;
  problem: string;
  fix: string;
  severity?: Severity;
  frameworks?: readonly string[];
}

export interface RawFinding {
  finding: Finding;
  at: Manifest | undefined;
}

/** Shared by every check: the tree, its index, the platform facts and the findings so far. */
export class CheckContext {
  readonly tree: Tree;
  readonly platform: Platform;
  readonly index: ObjectIndex;
  readonly raw: RawFinding[] = [];
  /** Where checks keep results derived from content alone (Memo in cache.ts); never changes a finding. */
  readonly cache: ValidationCache | undefined;

  constructor(tree: Tree, platform: Platform, cache?: ValidationCache) {
    this.tree = tree;
    this.platform = platform;
    this.cache = cache;
    this.index = new ObjectIndex(tree.manifests);
  }

  report(r: Report): void {
    const finding: Finding = {
      rule: r.rule,
      severity: r.severity ?? "error",
      cluster: this.tree.cluster,
      component: r.at?.component ?? r.component ?? "(tree)",
      ...(r.at || r.file ? { file: r.at?.file ?? r.file } : {}),
      ...(r.at ? { object: describeManifest(r.at), apiVersion: r.at.apiVersion } : {}),
      ...(r.field ? { field: r.field } : {}),
      problem: r.problem,
      fix: r.fix,
      ...(r.frameworks ? { frameworks: r.frameworks } : {}),
    };
    this.raw.push({ finding, at: r.at });
  }
}

/** One check: reads the context, reports what it finds. */
export type Check = (ctx: CheckContext) => void;
