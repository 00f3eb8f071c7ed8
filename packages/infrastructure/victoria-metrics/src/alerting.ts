import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2";
import { classifyData, component, ConfigError, healthCheck, type Component, type Duration, type FqdnMatch, type OnePasswordField, type Resource } from "@k8s-gitops/core";
import { externalSecret, type SecretStore } from "@k8s-gitops/external-secrets";
import { Deployment, StatefulSet } from "kubernetes-models/apps/v1";
import pkg from "../package.json" with { type: "json" };
import { claim, STORE_NAME, type Volumes } from "./cluster.ts";
import { alertmanagerUrl, globalRoleLabels, insertUrl, peers, selectUrl, TARGET_PORTS, type GlobalStores, type Tenant } from "./endpoints.ts";
import { VMAlert } from "./generated/models/operator.victoriametrics.com/v1beta1/VMAlert.ts";
import { VMAlertmanager } from "./generated/models/operator.victoriametrics.com/v1beta1/VMAlertmanager.ts";
import { VMAlertmanagerConfig } from "./generated/models/operator.victoriametrics.com/v1beta1/VMAlertmanagerConfig.ts";
import { alertingRules, alertmanagerRules } from "./rules.ts";
import { VERSIONS, type Resources } from "./versions.ts";

/** The VMAlert's name; its Deployment and Service are vmalert-<name>. */
export const ALERT_NAME = "cluster";

export interface VmAlertOptions {
  namespace: string;
  /** This cluster's tenant: the series its rules query and its recording rules write; `cluster` on its alerts. */
  tenant: Tenant;
  global: GlobalStores;
  /** Default 2 (the Alertmanager merges their identical alerts; the stores deduplicate recorded samples). */
  replicas?: number;
  /** Default 30s, the agents' scrape interval. */
  evaluationInterval?: Duration;
  resources?: Resources;
  version?: string;
}

/**
 * The cluster's rule evaluator: every VMRule of the cluster (and every PrometheusRule, converted
 * by the operator), evaluated against the cluster's own tenant on the global vmselect; recording
 * rules written back through vminsert (and read back on restart); alerts, labelled with the
 * cluster, sent to the global Alertmanager. Every cluster runs one, because the rules of a
 * cluster's components exist as objects in that cluster only.
 */
export function vmAlert(o: VmAlertOptions, deps: { victoriaMetricsOperator: Component }): Component {
  const replicas = o.replicas ?? 2;
  if (!Number.isInteger(replicas) || replicas < 1) throw new ConfigError(`replicas ${replicas}: at least one`, { component: "vmalert", object: `VMAlert/${o.namespace}/${ALERT_NAME}`, field: "spec.replicaCount" });
  const alert = new VMAlert({
    metadata: { name: ALERT_NAME, namespace: o.namespace },
    spec: {
      image: { tag: o.version ?? VERSIONS.metrics },
      replicaCount: replicas,
      selectAllByDefault: true,
      evaluationInterval: o.evaluationInterval ?? "30s",
      datasource: { url: selectUrl(o.global, o.tenant.id) },
      remoteWrite: { url: insertUrl(o.global, o.tenant.id) },
      remoteRead: { url: selectUrl(o.global, o.tenant.id) },
      notifiers: [{ url: alertmanagerUrl(o.global) }],
      externalLabels: { cluster: o.tenant.name },
      resources: o.resources ?? { requests: { cpu: "50m", memory: "128Mi" }, limits: { memory: "512Mi" } },
      useStrictSecurity: true,
      podDisruptionBudget: { maxUnavailable: 1 },
    },
  });
  return component({
    name: "vmalert",
    namespace: o.namespace,
    dependsOn: [deps.victoriaMetricsOperator],
    resources: [alert, alertingRules(o.namespace, `vmalert-${ALERT_NAME}`)],
    healthChecks: [healthCheck(Deployment, `vmalert-${ALERT_NAME}`, o.namespace)],
    network: {
      namespace: o.namespace,
      egressTo: [
        {
          namespace: o.global.namespace,
          ports: [TARGET_PORTS["metrics-select"], TARGET_PORTS["metrics-insert"], TARGET_PORTS.alertmanager],
          localPods: { "app.kubernetes.io/name": "vmalert", "app.kubernetes.io/instance": ALERT_NAME },
        },
      ],
    },
    package: pkg,
  });
}

/** A receiver of notifications. `null` drops what reaches it (the default route's sink). */
export type AlertReceiver =
  | { readonly name: string; readonly kind: "null" }
  | {
      readonly name: string;
      readonly kind: "webhook";
      /** The URL is a credential (it carries the token of most chat and paging services): a 1Password field. */
      readonly url: OnePasswordField;
      /**
       * The hosts the URL points to, for the egress policy. The URL is secret, so the build cannot
       * read them from it; without them the Alertmanager may reach any host outside the cluster on 443.
       */
      readonly hosts?: readonly FqdnMatch[];
      readonly sendResolved?: boolean;
    };

/** A route below the default: alerts whose labels equal all of `match` go to `receiver`. */
export interface AlertRoute {
  readonly receiver: string;
  readonly match: Readonly<Record<string, string>>;
  /** Also try the routes after this one (default false). */
  readonly continue?: boolean;
  readonly repeatInterval?: Duration;
}

export interface VmAlertmanagerOptions {
  global: GlobalStores;
  /** Default STORE_NAME; the StatefulSet is vmalertmanager-<name>. */
  name?: string;
  receivers: readonly AlertReceiver[];
  /** Where alerts no route matches go. */
  defaultReceiver: string;
  routes: readonly AlertRoute[];
  /** Labels alerts are grouped by (default alertname, cluster, namespace). */
  groupBy?: readonly string[];
  /** Default 3: a gossiping cluster that survives a node. */
  replicas?: number;
  /** The notification log and silences (default 10Gi). */
  storage: Volumes;
  /** How long silences and the notification log are kept (default 120h). */
  retention?: Duration;
  resources?: Resources;
  version?: string;
  /** Namespaces whose pods send alerts (every cluster's VMAlert) or read them (Grafana); default: the stores' own. */
  clients?: readonly string[];
}

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** The Secret the webhook URLs are materialised in, one key per receiver. */
const RECEIVERS_SECRET = "alertmanager-receivers";

/**
 * The fleet's Alertmanager: a gossiping VMAlertmanager with its silences on block storage; its
 * routes and receivers as a typed VMAlertmanagerConfig applied to every alert (the operator's
 * namespace matcher is off: alerts come from every cluster and namespace); webhook URLs from
 * 1Password through an ExternalSecret. Its pods carry the global role the mesh-global Service
 * `vmalertmanager-global` selects, so every cluster's VMAlert reaches it by that name.
 */
export function vmAlertmanager(o: VmAlertmanagerOptions, deps: { victoriaMetricsOperator: Component; secretStore: SecretStore; storage: Component }): Component {
  const name = o.name ?? STORE_NAME;
  const ns = o.global.namespace;
  const where = { component: "vmalertmanager", object: `VMAlertmanagerConfig/${ns}/${name}` };
  const names = o.receivers.map((r) => r.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new ConfigError(`two receivers are named ${twice}`, { ...where, field: "spec.receivers" });
  const known = new Set(names);
  if (!known.has(o.defaultReceiver)) throw new ConfigError(`default receiver ${o.defaultReceiver} is not one of the receivers (${names.join(", ")})`, { ...where, field: "spec.route.receiver" });
  o.routes.forEach((r, i) => {
    if (!known.has(r.receiver)) throw new ConfigError(`route ${i} sends to ${r.receiver}, which is not one of the receivers (${names.join(", ")})`, { ...where, field: `spec.route.routes[${i}].receiver` });
    const keys = Object.keys(r.match);
    if (keys.length === 0) throw new ConfigError(`route ${i} matches every alert: make it the default receiver instead`, { ...where, field: `spec.route.routes[${i}].matchers` });
    const bad = keys.find((k) => !LABEL_NAME.test(k));
    if (bad) throw new ConfigError(`route ${i} matches on "${bad}", which is not a label name`, { ...where, field: `spec.route.routes[${i}].matchers` });
  });
  const webhooks = o.receivers.filter((r): r is Extract<AlertReceiver, { kind: "webhook" }> => r.kind === "webhook");
  const replicas = o.replicas ?? 3;
  const manager = new VMAlertmanager({
    metadata: { name, namespace: ns },
    spec: {
      image: { tag: o.version ?? VERSIONS.alertmanager },
      replicaCount: replicas,
      retention: o.retention ?? "120h",
      selectAllByDefault: true,
      // Alerts come from every cluster's VMAlert with their targets' namespaces, not this one's.
      disableNamespaceMatcher: true,
      storage: claim(o.storage),
      resources: o.resources ?? { requests: { cpu: "50m", memory: "128Mi" }, limits: { memory: "256Mi" } },
      podMetadata: { labels: globalRoleLabels("alertmanager") },
      useStrictSecurity: true,
      podDisruptionBudget: { maxUnavailable: 1 },
      affinity: {
        podAntiAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            { weight: 100, podAffinityTerm: { topologyKey: "kubernetes.io/hostname", labelSelector: { matchLabels: { "app.kubernetes.io/name": "vmalertmanager", "app.kubernetes.io/instance": name } } } },
          ],
        },
      },
    },
  });
  const matchers = (m: Readonly<Record<string, string>>) => Object.keys(m).sort().map((k) => `${k}=${JSON.stringify(m[k])}`);
  const config = new VMAlertmanagerConfig({
    metadata: { name, namespace: ns },
    spec: {
      route: {
        receiver: o.defaultReceiver,
        group_by: [...(o.groupBy ?? ["alertname", "cluster", "namespace"])],
        routes: o.routes.map((r) => ({ receiver: r.receiver, matchers: matchers(r.match), ...(r.continue ? { continue: true } : {}), ...(r.repeatInterval ? { repeat_interval: r.repeatInterval } : {}) })),
      },
      receivers: o.receivers.map((r) =>
        r.kind === "null"
          ? { name: r.name }
          : { name: r.name, webhook_configs: [{ url_secret: { name: RECEIVERS_SECRET, key: `${r.name}-url` }, send_resolved: r.sendResolved ?? true }] },
      ),
    },
  });
  const resources: Resource[] = [classifyData(manager, { classification: "internal" }), config, alertmanagerRules(ns, `vmalertmanager-${name}`)];
  if (webhooks.length > 0) {
    resources.push(externalSecret({ name: RECEIVERS_SECRET, namespace: ns, store: deps.secretStore.outputs.storeRef, data: Object.fromEntries(webhooks.map((w) => [`${w.name}-url`, w.url])) }));
  }
  const open = webhooks.filter((w) => !w.hosts || w.hosts.length === 0);
  const hosts = webhooks.flatMap((w) => w.hosts ?? []);
  const podLabels = { "app.kubernetes.io/name": "vmalertmanager", "app.kubernetes.io/instance": name };
  if (open.length > 0) {
    resources.push(
      new CiliumNetworkPolicy({
        metadata: { name: "allow-alertmanager-receivers-egress", namespace: ns },
        spec: {
          // Receivers without declared hosts: their host is only in the secret URL, so HTTPS to
          // anywhere outside the cluster, for the Alertmanager's pods only.
          endpointSelector: { matchLabels: podLabels },
          egress: [{ toEntities: ["world"], toPorts: [{ ports: [{ port: "443", protocol: "TCP" }] }] }],
        },
      }),
    );
  }
  return component({
    name: "vmalertmanager",
    namespace: ns,
    dependsOn: [deps.victoriaMetricsOperator, deps.secretStore, deps.storage],
    resources,
    healthChecks: [healthCheck(StatefulSet, `vmalertmanager-${name}`, ns)],
    network: {
      namespace: ns,
      ...(hosts.length > 0 ? { egressFqdns: [{ name: "allow-alertmanager-receivers", hosts, ports: [443] }] } : {}),
      ingressFrom: peers(o.clients ?? [ns], "alertmanager"),
    },
    package: pkg,
  });
}
