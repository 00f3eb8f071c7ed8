export { cluster, findCycle, topologicalOrder, type ArtifactTarget, type Cluster, type ClusterSpec, type FluxSource } from "./cluster.ts";
export {
  component,
  deploymentHealth,
  helmReleaseHealth,
  withComponent,
  type Component,
  type ComponentSpec,
  type HealthCheck,
  type PackageInfo,
} from "./component.ts";
export { ConfigError, describeLocation, type ConfigLocation } from "./errors.ts";
export {
  HELM_CHART_LAYER,
  helmRelease,
  ociChart,
  repositoryChart,
  type Chart,
  type HelmReleaseOptions,
  type OciChart,
  type RepositoryChart,
} from "./helm.ts";
export { merge, mergeAll, type DeepPartial, type MergeOptions } from "./merge.ts";
export { COMMON_LABELS, namespace, POD_SECURITY_VERSION, type NamespaceOptions, type PodSecurityLevel } from "./namespace.ts";
export { patch, type ModelType, type PatchTarget } from "./patch.ts";
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
export { canonicalObject, toYaml } from "./yaml.ts";
export { API_RESOURCES } from "./generated/api-resources.ts";
