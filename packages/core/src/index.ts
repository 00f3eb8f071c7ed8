export { ANNOTATIONS, RELOADER_AUTO, withAnnotations } from "./annotations.ts";
export { cluster, findCycle, topologicalOrder, type ArtifactTarget, type Cluster, type ClusterSpec, type FluxSource } from "./cluster.ts";
export {
  CLASSIFICATIONS,
  classifyData,
  FRAMEWORK_IDS,
  FRAMEWORKS,
  isClassification,
  isFramework,
  requiredBy,
  requiredRetention,
  retentionDays,
  titles,
  yearsToDays,
  type DataClassification,
  type DataDeclaration,
  type Framework,
  type FrameworkRules,
} from "./compliance.ts";
export {
  component,
  componentsOf,
  derivesFrom,
  healthCheck,
  isComponent,
  specOf,
  withComponent,
  type BootstrapPhase,
  type BootstrapSecret,
  type Component,
  type ComponentGroup,
  type ComponentSpec,
  type HealthCheck,
  type ObjectRef,
  type OnePasswordField,
  type PackageInfo,
  type Provides,
} from "./component.ts";
export { crdComponent, kindsOf, shippedCrds } from "./crds.ts";
export { ConfigError, describeLocation, type ConfigLocation } from "./errors.ts";
export {
  EXACT_VERSION_RE,
  HELM_CHART_LAYER,
  helmRelease,
  ociChart,
  ociUrlProblem,
  repositoryChart,
  schemaValidator,
  type Chart,
  type HelmReleaseOptions,
  type OciChart,
  type RepositoryChart,
  type SchemaValidator,
  type ValuesValidator,
} from "./helm.ts";
export { merge, mergeAll, type DeepPartial, type MergeOptions } from "./merge.ts";
export type { ModelType } from "./model.ts";
export { COMMON_LABELS, namespace, POD_SECURITY_VERSION, type NamespaceOptions, type PodSecurityLevel } from "./namespace.ts";
export type { FqdnMatch, FqdnPort, NetworkAllowances, Peer } from "./network.ts";
export { patch, type PatchTarget } from "./patch.ts";
export { COMPONENTS_DIR, FLUX_DIR, fluxLabels, render, writeTree, type RenderedTree } from "./render.ts";
export {
  describeObject,
  groupKind,
  groupOf,
  scopeOf,
  toPlain,
  versionOf,
  type PlainObject,
  type PlainValue,
  type Resource,
  type Scope,
} from "./resource.ts";
export { isRuleId, isWaivable, RULES, type RuleArea, type RuleId, type WaivableRule } from "./rules.ts";
export {
  cidr,
  cidrContains,
  cidrRange,
  cidrsOverlap,
  dnsName,
  intToIpv4,
  ipv4,
  ipv4ToInt,
  isDuration,
  port,
  DNS_LABEL_RE,
  DNS_SUBDOMAIN_RE,
  type Cidr,
  type DnsName,
  type Duration,
  type IPv4,
  type Port,
} from "./values.ts";
export type { OidcClient } from "./identity.ts";
export { parseWaivers, waive, type Waiver } from "./waive.ts";
export { canonicalObject, toYaml } from "./yaml.ts";
export { API_RESOURCES } from "./generated/api-resources.ts";
