// The coredns chart ships no values.schema.json: its values are typed here, closed, for the
// part the platform sets (coredns/helm charts/coredns/values.yaml).

export interface CorefilePlugin {
  name: string;
  parameters?: string | number;
  configBlock?: string;
}

export interface CorefileServer {
  zones: { zone: string; scheme?: "dns://" | "tls://" | "grpc://"; use_tcp?: boolean }[];
  port: number;
  plugins: CorefilePlugin[];
}

export interface CoreDnsValues {
  fullnameOverride?: string;
  /** The k8s-app label of the pods and Service (default: the chart name, coredns). */
  k8sAppLabelOverride?: string;
  image?: { repository?: string; tag?: string };
  replicaCount?: number;
  resources?: { requests?: { cpu?: string; memory?: string }; limits?: { cpu?: string; memory?: string } };
  priorityClassName?: string;
  podDisruptionBudget?: { minAvailable?: number; maxUnavailable?: number };
  service?: { name?: string; clusterIP?: string };
  prometheus?: { service?: { enabled?: boolean }; monitor?: { enabled?: boolean; interval?: string } };
  servers?: CorefileServer[];
}
