import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2";
import { component, ConfigError, healthCheck, type Component, type Duration, type Peer } from "@k8s-gitops/core";
import { Deployment } from "kubernetes-models/apps/v1";
import pkg from "../package.json" with { type: "json" };
import { globalRoleLabels, remoteWriteUrl, TARGET_PORTS, type GlobalStores, type Tenant } from "./endpoints.ts";
import { VMAgent } from "./generated/models/operator.victoriametrics.com/v1beta1/VMAgent.ts";
import { VMNodeScrape } from "./generated/models/operator.victoriametrics.com/v1beta1/VMNodeScrape.ts";
import { agentRules } from "./rules.ts";
import { VERSIONS, type Resources } from "./versions.ts";

/** The VMAgent's name; its Deployment is vmagent-<name>. */
export const AGENT_NAME = "cluster";

/** The operator's labels on the agent's pods. */
export const AGENT_POD_LABELS = { "app.kubernetes.io/name": "vmagent", "app.kubernetes.io/instance": AGENT_NAME } as const;

export interface VmAgentOptions {
  /** The agent's namespace (the operator's). */
  namespace: string;
  /** This cluster's tenant: the accountID it writes to and its `cluster` label. */
  tenant: Tenant;
  /** Where the global stores answer (the same names on every cluster, mesh-global). */
  global: GlobalStores;
  /** Agents scraping every target (default 2); the stores deduplicate their identical samples. */
  replicas?: number;
  /** Default 30s; the stores deduplicate at the same interval. */
  scrapeInterval?: Duration;
  resources?: Resources;
  /** vmagent image tag (default: the operator release's). */
  version?: string;
}

/** The VictoriaMetrics relabelling of a kubelet target: node labels, the path as a label, one job. */
function kubeletScrape(name: string, namespace: string, path: string, interval: Duration): VMNodeScrape {
  return new VMNodeScrape({
    metadata: { name, namespace },
    spec: {
      // Talos' kubelets serve a self-signed certificate; the agent's token authorises the scrape.
      scheme: "https",
      port: "10250",
      path,
      interval,
      honorLabels: true,
      tlsConfig: { insecureSkipVerify: true, caFile: "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt" },
      bearerTokenFile: "/var/run/secrets/kubernetes.io/serviceaccount/token",
      relabelConfigs: [
        { action: "labelmap", regex: "__meta_kubernetes_node_label_(.+)" },
        { sourceLabels: ["__metrics_path__"], targetLabel: "metrics_path" },
        { targetLabel: "job", replacement: "kubelet" },
      ],
    },
  });
}

/**
 * The cluster's VMAgent: scrapes every VMServiceScrape, VMPodScrape, VMNodeScrape and (converted
 * by the operator) ServiceMonitor and PodMonitor in every namespace, plus the kubelets (their own
 * metrics and cAdvisor's), and remote-writes to vminsert with the cluster's tenant and the
 * external label `cluster=<tenant name>`. Its pods may open connections to anything in the cluster
 * (the scrape targets, the kubelets on the nodes) and to vminsert in the global stores'
 * namespace, which on a cluster without the stores is reached through the ClusterMesh.
 */
export function vmAgent(o: VmAgentOptions, deps: { victoriaMetricsOperator: Component }): Component {
  const where = { component: "vmagent", object: `VMAgent/${o.namespace}/${AGENT_NAME}` };
  const replicas = o.replicas ?? 2;
  if (!Number.isInteger(replicas) || replicas < 1) throw new ConfigError(`replicas ${replicas}: at least one agent`, { ...where, field: "spec.replicaCount" });
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(o.tenant.name)) throw new ConfigError(`tenant name "${o.tenant.name}" is not a label value the stores can select by`, { ...where, field: "spec.externalLabels.cluster" });
  const interval = o.scrapeInterval ?? "30s";
  const agent = new VMAgent({
    metadata: { name: AGENT_NAME, namespace: o.namespace },
    spec: {
      image: { tag: o.version ?? VERSIONS.metrics },
      replicaCount: replicas,
      // Every scrape object in every namespace; the operator converts the prometheus-operator kinds.
      selectAllByDefault: true,
      scrapeInterval: interval,
      externalLabels: { cluster: o.tenant.name },
      remoteWrite: [{ url: remoteWriteUrl(o.global, o.tenant.id), sendTimeout: "30s" }],
      resources: o.resources ?? { requests: { cpu: "100m", memory: "256Mi" }, limits: { memory: "1Gi" } },
      // While vminsert is unreachable the agent queues on its disk, bounded.
      remoteWriteSettings: { maxDiskUsagePerURL: "1GB" },
      useStrictSecurity: true,
      podDisruptionBudget: { maxUnavailable: 1 },
      affinity: {
        podAntiAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { topologyKey: "kubernetes.io/hostname", labelSelector: { matchLabels: { ...AGENT_POD_LABELS } } } }],
        },
      },
    },
  });
  const scrapeAll = new CiliumNetworkPolicy({
    metadata: { name: "allow-vmagent-scrape-egress", namespace: o.namespace },
    spec: {
      // The targets are in every namespace and on every node: the agent alone may reach them.
      endpointSelector: { matchLabels: { ...AGENT_POD_LABELS } },
      egress: [{ toEntities: ["cluster"] }],
    },
  });
  const insert: Peer = { namespace: o.global.namespace, podLabels: globalRoleLabels("metrics-insert"), ports: [TARGET_PORTS["metrics-insert"]], localPods: { ...AGENT_POD_LABELS } };
  return component({
    name: "vmagent",
    namespace: o.namespace,
    dependsOn: [deps.victoriaMetricsOperator],
    resources: [agent, kubeletScrape("kubelet", o.namespace, "/metrics", interval), kubeletScrape("kubelet-cadvisor", o.namespace, "/metrics/cadvisor", interval), scrapeAll, agentRules(o.namespace)],
    healthChecks: [healthCheck(Deployment, `vmagent-${AGENT_NAME}`, o.namespace)],
    network: { namespace: o.namespace, egressTo: [insert] },
    package: pkg,
  });
}
