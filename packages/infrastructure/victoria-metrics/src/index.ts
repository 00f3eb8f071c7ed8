export { AGENT_NAME, AGENT_POD_LABELS, vmAgent, type VmAgentOptions } from "./agent.ts";
export { ALERT_NAME, vmAlert, vmAlertmanager, type AlertReceiver, type AlertRoute, type VmAlertmanagerOptions, type VmAlertOptions } from "./alerting.ts";
export { STORE_NAME, vmCluster, type VmClusterComponent, type VmClusterOptions, type VmClusterOutputs, type Volumes } from "./cluster.ts";
export { CRDS, OPERATOR_VERSION, victoriaMetricsCrdObjects, victoriaMetricsCrds } from "./crds.ts";
export {
  ALERTMANAGER,
  alertmanagerUrl,
  GLOBAL_ROLE_LABEL,
  globalEndpoints,
  globalRoleLabels,
  insertUrl,
  logsUrl,
  MESH_GLOBAL_ANNOTATION,
  meshServices,
  peers,
  remoteWriteUrl,
  selectUrl,
  TARGET_PORTS,
  type GlobalRole,
  type GlobalStores,
  type ServiceEndpoint,
  type Tenant,
} from "./endpoints.ts";
export { vlSingle, type VlSingleComponent, type VlSingleOptions, type VlSingleOutputs } from "./logs.ts";
export { CHART_VERSION, chart, defaults, OPERATOR_NAME, victoriaMetricsOperator, type VictoriaMetricsOperatorOptions, type VictoriaMetricsOperatorValues } from "./operator.ts";
export { agentRules, alertingRules, alertmanagerRules, clusterRules, kubernetesRules, logsRules, nodeRules, vmRule, type AlertRule } from "./rules.ts";
export { VERSIONS, type Resources } from "./versions.ts";
export { VLSingle, type IVLSingle } from "./generated/models/operator.victoriametrics.com/v1/VLSingle.ts";
export {
  VMAgent,
  VMAlert,
  VMAlertmanager,
  VMAlertmanagerConfig,
  VMCluster,
  VMNodeScrape,
  VMPodScrape,
  VMRule,
  VMServiceScrape,
  type IVMAgent,
  type IVMAlert,
  type IVMAlertmanager,
  type IVMAlertmanagerConfig,
  type IVMCluster,
  type IVMNodeScrape,
  type IVMPodScrape,
  type IVMRule,
  type IVMServiceScrape,
} from "./generated/models/operator.victoriametrics.com/v1beta1/index.ts";
export {
  KUBE_STATE_METRICS,
  kubeStateMetrics,
  kubeStateMetricsChart,
  kubeStateMetricsDefaults,
  NODE_EXPORTER,
  nodeExporter,
  nodeExporterChart,
  nodeExporterDefaults,
  type KubeStateMetricsOptions,
  type KubeStateMetricsValues,
  type NodeExporterOptions,
  type NodeExporterValues,
} from "./exporters.ts";
