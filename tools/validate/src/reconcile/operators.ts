// The table the cloudnative-pg package types its builder with: one list for both.
import { FIXED_PARAMETERS, isFixedParameter } from "@k8s-gitops/cloudnative-pg/fixed-parameters";
import { asArray, asObject, asString, get } from "../json.ts";
import type { JsonValue } from "../schema/types.ts";
import type { KubeObject, Manifest } from "../types.ts";
import { containersOf, podTemplates } from "../workloads.ts";

// What controllers do with the objects of the tree, as far as the reconcile check needs it:
// which Secrets and ConfigMaps they write, which they read, and which specs their admission
// webhooks reject. One table per concern, one row per kind: a new operator adds rows here.

export type DataKind = "Secret" | "ConfigMap";

/** A Secret or ConfigMap an object makes exist. */
export interface Produced {
  kind: DataKind;
  namespace: string;
  name: string;
}

/** A Secret or ConfigMap an object needs before it can become Ready. */
export interface Read {
  kind: DataKind;
  namespace: string;
  name: string;
  field: string;
  /** Why the namespace is this one, when it is not the object's own (e.g. cert-manager's cluster resource namespace). */
  namespaceNote?: string;
}

/** Facts a reader needs beyond its object. */
export interface ReadEnv {
  /** cert-manager's cluster resource namespace, where ClusterIssuer secrets are read. */
  certManagerNamespace: { namespace: string; why: string };
}

const key = (group: string, kind: string): string => `${group}|${kind}`;

/** Writes by kind. Each row knows its operator's naming rules. */
const PRODUCERS: Readonly<Record<string, (m: Manifest, ns: string) => Produced[]>> = {
  [key("", "Secret")]: (m, ns) => [{ kind: "Secret", namespace: ns, name: m.name }],
  [key("", "ConfigMap")]: (m, ns) => [{ kind: "ConfigMap", namespace: ns, name: m.name }],
  // external-secrets writes spec.target.name, defaulting to the ExternalSecret's name.
  [key("external-secrets.io", "ExternalSecret")]: (m, ns) => [{ kind: "Secret", namespace: ns, name: asString(get(m.object, "spec", "target", "name")) ?? m.name }],
  // A ClusterExternalSecret makes an ExternalSecret in each listed namespace (selector matches are not visible in files).
  [key("external-secrets.io", "ClusterExternalSecret")]: (m) => {
    const name = asString(get(m.object, "spec", "externalSecretSpec", "target", "name")) ?? asString(get(m.object, "spec", "externalSecretName")) ?? m.name;
    return strings(get(m.object, "spec", "namespaces")).map((namespace) => ({ kind: "Secret", namespace, name }));
  },
  [key("cert-manager.io", "Certificate")]: (m, ns) => {
    const name = asString(get(m.object, "spec", "secretName"));
    return name ? [{ kind: "Secret", namespace: ns, name }] : [];
  },
  // CloudNativePG writes the app and superuser credentials unless given its own, and its CAs and
  // server/replication certificates unless spec.certificates names the user's.
  [key("postgresql.cnpg.io", "Cluster")]: (m, ns) => {
    const out: Produced[] = [];
    const add = (name: string): void => void out.push({ kind: "Secret", namespace: ns, name });
    if (!asString(get(m.object, "spec", "bootstrap", "initdb", "secret", "name"))) add(`${m.name}-app`);
    if (get(m.object, "spec", "enableSuperuserAccess") === true && !asString(get(m.object, "spec", "superuserSecret", "name"))) add(`${m.name}-superuser`);
    if (!asString(get(m.object, "spec", "certificates", "serverCASecret"))) add(`${m.name}-ca`);
    if (!asString(get(m.object, "spec", "certificates", "serverTLSSecret"))) add(`${m.name}-server`);
    if (!asString(get(m.object, "spec", "certificates", "replicationTLSSecret"))) add(`${m.name}-replication`);
    return out;
  },
  // Strimzi: the user operator writes a Secret named like the KafkaUser; the cluster operator the CA secrets.
  [key("kafka.strimzi.io", "KafkaUser")]: (m, ns) => [{ kind: "Secret", namespace: ns, name: m.name }],
  [key("kafka.strimzi.io", "Kafka")]: (m, ns) =>
    ["cluster-ca-cert", "cluster-ca", "clients-ca-cert", "clients-ca"].map((s) => ({ kind: "Secret", namespace: ns, name: `${m.name}-${s}` })),
  // The Keycloak operator writes the initial admin credentials.
  [key("k8s.keycloak.org", "Keycloak")]: (m, ns) => [{ kind: "Secret", namespace: ns, name: `${m.name}-initial-admin` }],
  // Rook writes an object store user's S3 keys as rook-ceph-object-user-<store>-<user>.
  [key("ceph.rook.io", "CephObjectStoreUser")]: (m, ns) => {
    const store = asString(get(m.object, "spec", "store"));
    return store ? [{ kind: "Secret", namespace: ns, name: `rook-ceph-object-user-${store}-${m.name}` }] : [];
  },
  // A bucket claim gets a Secret (keys) and a ConfigMap (endpoint) named like the claim.
  [key("objectbucket.io", "ObjectBucketClaim")]: (m, ns) => [
    { kind: "Secret", namespace: ns, name: m.name },
    { kind: "ConfigMap", namespace: ns, name: m.name },
  ],
  // The VictoriaMetrics operator writes a VMUser's password as vmuser-<name> unless it names its own.
  [key("operator.victoriametrics.com", "VMUser")]: (m, ns) =>
    asString(get(m.object, "spec", "passwordRef", "name")) ? [] : [{ kind: "Secret", namespace: ns, name: `vmuser-${m.name}` }],
};

/** Secrets and ConfigMaps an object of the tree makes exist once its controller has run. */
export function produced(m: Manifest): Produced[] {
  const row = PRODUCERS[key(m.group, m.kind)];
  return row ? row(m, m.namespace ?? "default") : [];
}

/** Objects Kubernetes itself creates in every namespace. */
export const BUILT_IN_DATA: readonly { kind: DataKind; name: string }[] = [{ kind: "ConfigMap", name: "kube-root-ca.crt" }];

function strings(v: JsonValue | undefined): string[] {
  return asArray(v).filter((s): s is string => typeof s === "string");
}

/** Every `...SecretRef` (a SecretKeySelector or LocalObjectReference with a name) under a value, with its path. */
function secretRefsUnder(value: JsonValue | undefined, path: string, skip: ReadonlySet<string> = new Set()): { name: string; namespace: string | undefined; field: string }[] {
  const out: { name: string; namespace: string | undefined; field: string }[] = [];
  const walk = (v: JsonValue | undefined, p: string): void => {
    if (skip.has(p)) return;
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${p}[${i}]`));
    const o = asObject(v);
    if (!o) return;
    for (const [k, child] of Object.entries(o)) {
      const childPath = `${p}.${k}`;
      const name = asString(get(child, "name"));
      if (/secretref$/i.test(k) && name && !skip.has(childPath)) out.push({ name, namespace: asString(get(child, "namespace")), field: `${childPath}.name` });
      else walk(child, childPath);
    }
  };
  walk(value, path);
  return out;
}

type Reader = (m: Manifest, ns: string, env: ReadEnv) => Read[];

const secret = (namespace: string, name: string, field: string, namespaceNote?: string): Read => ({ kind: "Secret", namespace, name, field, ...(namespaceNote ? { namespaceNote } : {}) });

/** A named reference at a path (LocalObjectReference) read from the object's namespace. */
function refAt(m: Manifest, ns: string, ...path: string[]): Read[] {
  const name = asString(get(m.object, ...path, "name"));
  return name ? [secret(ns, name, `${path.join(".")}.name`)] : [];
}

const fluxSource: Reader = (m, ns) => [...refAt(m, ns, "spec", "secretRef"), ...refAt(m, ns, "spec", "certSecretRef"), ...refAt(m, ns, "spec", "proxySecretRef"), ...refAt(m, ns, "spec", "verify", "secretRef")];

/** Reads by kind: what the object's controller needs before the object can become Ready. */
const READERS: Readonly<Record<string, Reader>> = {
  // helm-controller fails the release when a valuesFrom source is missing, unless it is optional.
  [key("helm.toolkit.fluxcd.io", "HelmRelease")]: (m, ns) => [
    ...asArray(get(m.object, "spec", "valuesFrom")).flatMap((v, i): Read[] => {
      const kind = asString(get(v, "kind"));
      const name = asString(get(v, "name"));
      if (!name || get(v, "optional") === true || (kind !== "Secret" && kind !== "ConfigMap")) return [];
      return [{ kind, namespace: ns, name, field: `spec.valuesFrom[${i}].name` }];
    }),
    ...refAt(m, ns, "spec", "kubeConfig", "secretRef"),
  ],
  [key("kustomize.toolkit.fluxcd.io", "Kustomization")]: (m, ns) => [...refAt(m, ns, "spec", "decryption", "secretRef"), ...refAt(m, ns, "spec", "kubeConfig", "secretRef")],
  [key("source.toolkit.fluxcd.io", "OCIRepository")]: fluxSource,
  [key("source.toolkit.fluxcd.io", "HelmRepository")]: fluxSource,
  [key("source.toolkit.fluxcd.io", "GitRepository")]: fluxSource,
  [key("source.toolkit.fluxcd.io", "Bucket")]: fluxSource,
  // Store credentials: every provider names them ...SecretRef. A ClusterSecretStore's ref without
  // a namespace resolves in each ExternalSecret's namespace, which files cannot pin: skipped.
  [key("external-secrets.io", "ClusterSecretStore")]: (m) =>
    secretRefsUnder(get(m.object, "spec", "provider"), "spec.provider").flatMap((r) => (r.namespace ? [secret(r.namespace, r.name, r.field)] : [])),
  [key("external-secrets.io", "SecretStore")]: (m, ns) => secretRefsUnder(get(m.object, "spec", "provider"), "spec.provider").map((r) => secret(r.namespace ?? ns, r.name, r.field)),
  [key("cert-manager.io", "Issuer")]: (m, ns) => issuerReads(m, () => ({ namespace: ns, note: undefined })),
  [key("cert-manager.io", "ClusterIssuer")]: (m, _ns, env) =>
    issuerReads(m, () => ({ namespace: env.certManagerNamespace.namespace, note: `cert-manager's cluster resource namespace, ${env.certManagerNamespace.why}` })),
  // A Gateway listener cannot be programmed without its certificate Secret.
  [key("gateway.networking.k8s.io", "Gateway")]: (m, ns) =>
    asArray(get(m.object, "spec", "listeners")).flatMap((l, i) =>
      asArray(get(l, "tls", "certificateRefs")).flatMap((r, j): Read[] => {
        const name = asString(get(r, "name"));
        const kind = asString(get(r, "kind")) ?? "Secret";
        const group = asString(get(r, "group")) ?? "";
        if (!name || kind !== "Secret" || group !== "") return [];
        return [secret(asString(get(r, "namespace")) ?? ns, name, `spec.listeners[${i}].tls.certificateRefs[${j}].name`)];
      }),
    ),
  [key("postgresql.cnpg.io", "Cluster")]: (m, ns) => {
    const out: Read[] = [];
    const s3 = get(m.object, "spec", "backup", "barmanObjectStore", "s3Credentials");
    for (const [k, v] of Object.entries(asObject(s3) ?? {})) {
      const name = asString(get(v, "name"));
      if (name) out.push(secret(ns, name, `spec.backup.barmanObjectStore.s3Credentials.${k}.name`));
    }
    // A recovery reads the source's object store with the external cluster's credentials.
    asArray(get(m.object, "spec", "externalClusters")).forEach((c, i) => {
      for (const [k, v] of Object.entries(asObject(get(c, "barmanObjectStore", "s3Credentials")) ?? {})) {
        const name = asString(get(v, "name"));
        if (name) out.push(secret(ns, name, `spec.externalClusters[${i}].barmanObjectStore.s3Credentials.${k}.name`));
      }
    });
    out.push(...refAt(m, ns, "spec", "bootstrap", "initdb", "secret"), ...refAt(m, ns, "spec", "superuserSecret"));
    asArray(get(m.object, "spec", "managed", "roles")).forEach((r, i) => {
      const name = asString(get(r, "passwordSecret", "name"));
      if (name) out.push(secret(ns, name, `spec.managed.roles[${i}].passwordSecret.name`));
    });
    return out;
  },
  // The Dragonfly operator starts no pod without the password and TLS secrets it names.
  [key("dragonflydb.io", "Dragonfly")]: (m, ns) => {
    const tls = asString(get(m.object, "spec", "tlsSecretRef", "name"));
    return [
      ...refAt(m, ns, "spec", "authentication", "passwordFromSecret"),
      ...refAt(m, ns, "spec", "authentication", "clientCaCertSecret"),
      ...(tls ? [secret(asString(get(m.object, "spec", "tlsSecretRef", "namespace")) ?? ns, tls, "spec.tlsSecretRef.name")] : []),
    ];
  },
};

/** Issuer secrets: solver and provider credentials. The ACME account key is cert-manager's to create, not a read. */
function issuerReads(m: Manifest, where: () => { namespace: string; note: string | undefined }): Read[] {
  const { namespace, note } = where();
  const refs = secretRefsUnder(get(m.object, "spec"), "spec", new Set(["spec.acme.privateKeySecretRef"]));
  const ca = asString(get(m.object, "spec", "ca", "secretName"));
  return [...refs.map((r) => secret(namespace, r.name, r.field, note)), ...(ca ? [secret(namespace, ca, "spec.ca.secretName", note)] : [])];
}

/** Pod-spec reads of workload objects of the tree: env, envFrom, volumes, image pull secrets. */
function podReads(m: Manifest): Read[] {
  const out: Read[] = [];
  const ns = m.namespace ?? "default";
  for (const t of podTemplates([m])) {
    const base = t.path ? `${t.path}.spec` : "spec";
    const add = (kind: DataKind, ref: KubeObject | undefined, nameKey: string, field: string): void => {
      const name = asString(ref?.[nameKey]);
      if (ref && name && ref.optional !== true) out.push({ kind, namespace: ns, name, field: `${field}.${nameKey}` });
    };
    for (const { path, container } of containersOf(t)) {
      asArray(container.env).forEach((e, i) => {
        add("Secret", asObject(get(e, "valueFrom", "secretKeyRef")), "name", `${path}.env[${i}].valueFrom.secretKeyRef`);
        add("ConfigMap", asObject(get(e, "valueFrom", "configMapKeyRef")), "name", `${path}.env[${i}].valueFrom.configMapKeyRef`);
      });
      asArray(container.envFrom).forEach((e, i) => {
        add("Secret", asObject(get(e, "secretRef")), "name", `${path}.envFrom[${i}].secretRef`);
        add("ConfigMap", asObject(get(e, "configMapRef")), "name", `${path}.envFrom[${i}].configMapRef`);
      });
    }
    asArray(t.spec.volumes).forEach((v, i) => {
      add("Secret", asObject(get(v, "secret")), "secretName", `${base}.volumes[${i}].secret`);
      add("ConfigMap", asObject(get(v, "configMap")), "name", `${base}.volumes[${i}].configMap`);
      asArray(get(v, "projected", "sources")).forEach((s, j) => {
        add("Secret", asObject(get(s, "secret")), "name", `${base}.volumes[${i}].projected.sources[${j}].secret`);
        add("ConfigMap", asObject(get(s, "configMap")), "name", `${base}.volumes[${i}].projected.sources[${j}].configMap`);
      });
    });
    asArray(t.spec.imagePullSecrets).forEach((s, i) => add("Secret", asObject(s), "name", `${base}.imagePullSecrets[${i}]`));
  }
  return out;
}

/** Secrets and ConfigMaps an object of the tree needs before it can become Ready. */
export function reads(m: Manifest, env: ReadEnv): Read[] {
  const row = READERS[key(m.group, m.kind)];
  return [...(row ? row(m, m.namespace ?? "default", env) : []), ...podReads(m)];
}

// ---- admission webhooks

/** A spec an operator's admission webhook rejects: Flux's apply fails and the component never becomes Ready. */
export interface WebhookViolation {
  field: string;
  problem: string;
  fix: string;
}

export interface OperatorRule {
  operator: string;
  group: string;
  kind: string;
  check: (m: Manifest) => WebhookViolation[];
}

const STRIMZI = "Strimzi 0.48";

/** Admission rules of the operators the platform runs (Strimzi's: what its operators refuse). Rook: add rows. */
export const OPERATOR_RULES: readonly OperatorRule[] = [
  {
    operator: "CloudNativePG 1.27",
    group: "postgresql.cnpg.io",
    kind: "Cluster",
    check: (m) =>
      Object.keys(asObject(get(m.object, "spec", "postgresql", "parameters")) ?? {})
        .filter(isFixedParameter)
        .map((p) => ({
          field: `spec.postgresql.parameters.${p}`,
          problem:
            FIXED_PARAMETERS[p] === "fixed"
              ? `CloudNativePG's webhook rejects the Cluster: ${p} is a fixed parameter the operator sets itself`
              : `CloudNativePG's webhook rejects the Cluster: ${p} is a blocked parameter that must keep PostgreSQL's default`,
          fix: p.startsWith("ssl") ? "drop it: the operator always runs PostgreSQL with TLS from its own or spec.certificates' secrets" : "drop it from spec.postgresql.parameters (see CloudNativePG's docs, PostgreSQL configuration)",
        })),
  },
  { operator: STRIMZI, group: "kafka.strimzi.io", kind: "Kafka", check: strimziKafka },
  { operator: STRIMZI, group: "kafka.strimzi.io", kind: "KafkaNodePool", check: (m) => [...strimziClusterLabel(m), ...strimziRoles(m)] },
  { operator: STRIMZI, group: "kafka.strimzi.io", kind: "KafkaTopic", check: strimziClusterLabel },
  { operator: STRIMZI, group: "kafka.strimzi.io", kind: "KafkaUser", check: strimziClusterLabel },
];

// Strimzi has no admission webhook: its cluster and entity operators validate the objects and
// either set NotReady or never pick them up. Flux's apply succeeds, but the component's wait
// never ends, so these are the same failure seen later. The CRD schema already covers listener
// names (^[a-z0-9]{1,11}$) and the lowest port (9092); these are the rules it cannot express.

/** Ports Strimzi uses itself (Prometheus JMX exporter, JMX): a listener on one is refused. */
const STRIMZI_RESERVED_PORTS: ReadonlySet<number> = new Set([9404, 9999]);

function strimziKafka(m: Manifest): WebhookViolation[] {
  const out: WebhookViolation[] = [];
  if (get(m.object, "spec", "zookeeper") !== undefined) {
    out.push({
      field: "spec.zookeeper",
      problem: "Strimzi 0.48 runs KRaft only: it refuses a Kafka with ZooKeeper (removed in 0.46)",
      fix: "drop spec.zookeeper; the controllers are a KafkaNodePool with the controller role",
    });
  }
  for (const a of ["strimzi.io/kraft", "strimzi.io/node-pools"]) {
    const v = asString(get(m.object, "metadata", "annotations", a));
    if (v !== undefined && v !== "enabled") {
      out.push({
        field: `metadata.annotations["${a}"]`,
        problem: `Strimzi 0.48 refuses the Kafka: ${a} is "${v}", but KRaft is the only mode and KRaft requires node pools`,
        fix: `set it to "enabled" (or drop it) and run the brokers and controllers as KafkaNodePools labelled strimzi.io/cluster: ${m.name}`,
      });
    }
  }
  const seen = { name: new Map<string, number>(), port: new Map<number, number>() };
  asArray(get(m.object, "spec", "kafka", "listeners")).forEach((l, i) => {
    const at = `spec.kafka.listeners[${i}]`;
    const name = asString(get(l, "name"));
    const port = get(l, "port");
    const type = asString(get(l, "type"));
    if (typeof port === "number" && STRIMZI_RESERVED_PORTS.has(port)) {
      out.push({ field: `${at}.port`, problem: `Strimzi's cluster operator refuses the Kafka: port ${port} is reserved for its own metrics and JMX`, fix: "use another port from 9092 up (not 9404 or 9999)" });
    }
    if (typeof port === "number" && seen.port.has(port)) {
      out.push({ field: `${at}.port`, problem: `Strimzi's cluster operator refuses the Kafka: port ${port} is used by listener ${seen.port.get(port)} too`, fix: "give every listener its own port" });
    } else if (typeof port === "number") seen.port.set(port, i);
    if (name !== undefined && seen.name.has(name)) {
      out.push({ field: `${at}.name`, problem: `Strimzi's cluster operator refuses the Kafka: listener name ${name} is used by listener ${seen.name.get(name)} too`, fix: "give every listener its own name" });
    } else if (name !== undefined) seen.name.set(name, i);
    if ((type === "route" || type === "ingress") && get(l, "tls") !== true) {
      out.push({ field: `${at}.tls`, problem: `Strimzi's cluster operator refuses the Kafka: a ${type} listener passes TLS through and needs tls: true`, fix: "set tls: true" });
    }
  });
  return out;
}

/** The operators select node pools, topics and users by this label: without it nothing reconciles the object. */
function strimziClusterLabel(m: Manifest): WebhookViolation[] {
  if (asString(get(m.object, "metadata", "labels", "strimzi.io/cluster"))) return [];
  return [
    {
      field: 'metadata.labels["strimzi.io/cluster"]',
      problem: `Strimzi never reconciles a ${m.kind} without the strimzi.io/cluster label: it is not Ready, ever`,
      fix: "label it strimzi.io/cluster: <the Kafka's name>",
    },
  ];
}

function strimziRoles(m: Manifest): WebhookViolation[] {
  if (asArray(get(m.object, "spec", "roles")).length > 0) return [];
  return [{ field: "spec.roles", problem: "Strimzi's cluster operator refuses a KafkaNodePool without a role", fix: "give it the broker role, the controller role or both" }];
}

// ---- chart values that need CRDs

/** Kinds a chart needs served because of its values, and why. */
export interface ValuesCrdNeed {
  field: string;
  kinds: readonly string[];
  why: string;
}

const MONITORING_TOGGLES: Readonly<Record<string, string>> = {
  serviceMonitor: "monitoring.coreos.com/ServiceMonitor",
  podMonitor: "monitoring.coreos.com/PodMonitor",
  prometheusRule: "monitoring.coreos.com/PrometheusRule",
};

/** The Gateway API CRDs Cilium's docs require before it starts its Gateway API controller (standard channel). */
const CILIUM_GATEWAY_KINDS = ["GatewayClass", "Gateway", "HTTPRoute", "GRPCRoute", "ReferenceGrant"].map((k) => `gateway.networking.k8s.io/${k}`);

/**
 * What a HelmRelease's values need served before Helm installs it: a chart that renders a
 * ServiceMonitor fails on a kind the API server does not serve, and Cilium only starts its
 * Gateway API controller when the Gateway API CRDs exist as its operator starts.
 */
export function valuesCrdNeeds(values: JsonValue | undefined, chart: string | undefined): ValuesCrdNeed[] {
  const out: ValuesCrdNeed[] = [];
  const walk = (v: JsonValue | undefined, path: string): void => {
    const o = asObject(v);
    if (!o) return;
    for (const [k, child] of Object.entries(o)) {
      const kind = MONITORING_TOGGLES[k];
      if (kind && get(child, "enabled") === true) out.push({ field: `${path}.${k}.enabled`, kinds: [kind], why: `the chart renders a ${kind.split("/")[1]}, and Helm's install fails on a kind the API server does not serve` });
      walk(child, `${path}.${k}`);
    }
  };
  walk(values, "spec.values");
  if (chart === "cilium" && get(values, "gatewayAPI", "enabled") === true) {
    out.push({ field: "spec.values.gatewayAPI.enabled", kinds: CILIUM_GATEWAY_KINDS, why: "Cilium starts its Gateway API controller only if the Gateway API CRDs exist when its operator starts" });
  }
  return out;
}
