/**
 * Every rule the validator checks, with whether one object may waive it. Rules whose failure
 * means the API server or Flux would reject, prune or misapply the object (schemas, dangling
 * references, duplicates) and leaked secrets cannot be waived: there is no good reason to ship
 * them. Policy and compliance rules can, for one object, with a reason that shows in the report.
 */
export const RULES = {
  // ---- the files themselves and their schemas
  yaml: { waivable: false, area: "schema", summary: "every file parses as YAML, every document is a Kubernetes object" },
  schema: { waivable: false, area: "schema", summary: "every object matches its strict schema: no unknown field, types, enums, formats, required fields" },
  "unknown-kind": { waivable: false, area: "schema", summary: "every kind has a schema (Kubernetes 1.34, a vendored CRD, Cilium): no schema is an error, not a skip" },
  scope: { waivable: false, area: "schema", summary: "namespaced kinds have a namespace, cluster-scoped kinds have none" },
  "deprecated-api": { waivable: true, area: "policy", summary: "no API version removed or deprecated in Kubernetes 1.34, no deprecated or unserved CRD version" },
  // ---- cross-references inside the cluster
  duplicate: { waivable: false, area: "crossref", summary: "no two objects with the same group, kind, namespace and name" },
  "empty-component": { waivable: false, area: "crossref", summary: "no component without objects (an empty Kustomization prunes everything it applied)" },
  kustomization: { waivable: false, area: "crossref", summary: "kustomization.yaml lists exactly the files of its folder; Flux paths exist" },
  "flux-dependency": { waivable: false, area: "crossref", summary: "Kustomization and HelmRelease dependsOn targets exist" },
  "flux-source": { waivable: false, area: "crossref", summary: "HelmRelease chartRef/sourceRef and Kustomization sourceRef exist, in the same namespace" },
  "secret-store": { waivable: false, area: "crossref", summary: "an ExternalSecret's (Cluster)SecretStore exists" },
  issuer: { waivable: false, area: "crossref", summary: "a Certificate's (Cluster)Issuer exists" },
  "storage-class": { waivable: true, area: "crossref", summary: "a PVC's storage class exists in the tree or is a known platform class" },
  "service-selector": { waivable: true, area: "crossref", summary: "a Service selector matches some pod template in its namespace" },
  "gateway-parent": { waivable: false, area: "crossref", summary: "Gateway API routes' parentRefs name an existing Gateway (and listener)" },
  namespace: { waivable: true, area: "crossref", summary: "objects live in namespaces the tree creates (or platform namespaces)" },
  "cluster-identity": { waivable: false, area: "crossref", summary: "cluster labels and cluster-wired values name the cluster being built" },
  "node-name": { waivable: false, area: "crossref", summary: "node names (Rook storage nodes, hostname selectors) are nodes of the cluster" },
  // ---- policies
  "network-policy": { waivable: true, area: "policy", summary: "every namespace that runs workloads has the deny-all baseline plus explicit allows" },
  "secret-data": { waivable: true, area: "policy", summary: "no Secret with data in the output: secrets come through ExternalSecret" },
  "pinned-version": { waivable: true, area: "policy", summary: "images and charts are pinned to exact versions (no latest, no ranges)" },
  "oci-source": { waivable: true, area: "policy", summary: "OCI chart sources have Helm's layerSelector and a well-formed oci:// URL" },
  "pod-security": { waivable: true, area: "policy", summary: "namespaces carry Pod Security Admission labels" },
  "resource-requests": { waivable: true, area: "policy", summary: "containers request cpu and memory" },
  waiver: { waivable: false, area: "policy", summary: "waivers name a waivable rule and give a reason" },
  // ---- backup compliance
  "data-classification": { waivable: true, area: "compliance", summary: "data stores declare their data classification and frameworks" },
  "backup-schedule": { waivable: true, area: "compliance", summary: "data under a framework has a scheduled backup (CNPG ScheduledBackup, VolSync)" },
  "backup-retention": { waivable: true, area: "compliance", summary: "backup retention is set and meets the framework's minimum (SOX 7y, HIPAA 6y, PCI-DSS 1y)" },
  "backup-encryption": { waivable: true, area: "compliance", summary: "backups are encrypted at rest" },
  "backup-tls": { waivable: true, area: "compliance", summary: "backups travel over TLS (https object store endpoints)" },
  "audit-immutability": { waivable: true, area: "compliance", summary: "audit data is kept on an immutable (object-locked) store for the retention period" },
  // ---- the reconcile check: the tree as Flux and the operators would bring it up
  "reconcile-declaration": { waivable: false, area: "reconcile", summary: "a component's provides / bootstrap-phase / bootstrap-secrets annotations are well-formed JSON of the contract" },
  "reconcile-bootstrap": { waivable: false, area: "reconcile", summary: "the CNI and cluster DNS are bootstrap-phase components; the cluster's own artifact comes from outside it, with bootstrap credentials" },
  "reconcile-crd": { waivable: false, area: "reconcile", summary: "every custom kind is served when its component reconciles (CRDs of itself, its dependencies or the bootstrap)" },
  "reconcile-secret": { waivable: false, area: "reconcile", summary: "every Secret and ConfigMap an object reads is made by its component, a dependency, the bootstrap or a bootstrap secret" },
  "reconcile-wait": { waivable: false, area: "reconcile", summary: "no wait that can never end: LoadBalancer without an address pool, hook deadlocks, health checks on dependants, dependsOn cycles" },
  "operator-webhook": { waivable: false, area: "reconcile", summary: "no spec an operator's admission webhook rejects (CloudNativePG fixed parameters)" },
  // ---- observability: scrape objects and alert rules as the tree renders them
  "scrape-selector": { waivable: true, area: "observability", summary: "ServiceMonitor/PodMonitor/VMServiceScrape/VMPodScrape select a Service or pod of the tree with the named port; a metrics port nothing scrapes is a warning" },
  "promql-parse": { waivable: false, area: "observability", summary: "PrometheusRule and VMRule expressions parse (PromQL; MetricsQL for VMRule) and their for/keep_firing_for durations are valid" },
  "alert-convention": { waivable: true, area: "observability", summary: "every alert has a severity label and a summary or description annotation" },
  // ---- secret scanning
  "secret-leak": { waivable: false, area: "secrets", summary: "no credential in the rendered output (secretlint recommended preset)" },
} as const satisfies Record<string, { waivable: boolean; area: RuleArea; summary: string }>;

export type RuleArea = "schema" | "crossref" | "policy" | "compliance" | "secrets" | "reconcile" | "observability";
export type RuleId = keyof typeof RULES;
/** The rules an object may waive with `waive(resource, rule, reason)`. */
export type WaivableRule = { [K in RuleId]: (typeof RULES)[K]["waivable"] extends true ? K : never }[RuleId];

export function isRuleId(value: string): value is RuleId {
  return Object.hasOwn(RULES, value);
}

export function isWaivable(rule: RuleId): rule is WaivableRule {
  return RULES[rule].waivable;
}
