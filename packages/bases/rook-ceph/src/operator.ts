import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2";
import { Deployment } from "kubernetes-models/apps/v1";
import { component, healthCheck, helmRelease, merge, namespace, repositoryChart, type Component, type DeepPartial } from "@k8s-gitops/core";
import { alertRules } from "@k8s-gitops/prometheus-operator-crds";
import type { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import pkg from "../package.json" with { type: "json" };

/** Where the operator, the CephCluster and every Ceph daemon run. */
export const NAMESPACE = "rook-ceph";

type Resources = { requests: { cpu: string; memory: string }; limits: { memory: string } };

/**
 * The chart values this package sets. The rook-ceph chart ships no values.schema.json (nothing
 * under vendor/schemas/helm), so the type is written here and covers exactly the keys we use,
 * as the chart's values.yaml of v1.18.6 names them.
 */
export interface RookCephValues {
  crds: { enabled: boolean };
  logLevel: "ERROR" | "WARNING" | "INFO" | "DEBUG";
  resources: Resources;
  /**
   * RBAC for the operator to create the ServiceMonitors of a CephCluster with monitoring (the
   * mgr's and the exporter's). The operator itself serves no metrics.
   */
  monitoring: { enabled: boolean };
  /** The discovery daemon finds disks for `useAllDevices`; the platform names every device. */
  enableDiscoveryDaemon: boolean;
  csi: {
    enableRbdDriver: boolean;
    enableCephfsDriver: boolean;
    /** The CSI pods on the host network, like the Ceph daemons they talk to. */
    enableCSIHostNetwork: boolean;
    provisionerReplicas: number;
    /** The RBD/CephFS provisioners' csi-snapshotter sidecar (needs the snapshot CRDs). */
    enableRBDSnapshotter: boolean;
    enableCephfsSnapshotter: boolean;
  };
}

/** The chart, pinned (https://charts.rook.io/release, rook-ceph v1.18.6). */
export function chart(version = "v1.18.6") {
  return repositoryChart<RookCephValues>({ name: "rook-ceph", repository: "https://charts.rook.io/release", version });
}

/**
 * The operator with its CRDs from the chart, RBD CSI on the host network (the Ceph daemons run
 * there too), no discovery daemon (devices are listed by id), and leave to create the
 * CephCluster's ServiceMonitors.
 */
export const defaults = {
  crds: { enabled: true },
  logLevel: "INFO",
  resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { memory: "512Mi" } },
  monitoring: { enabled: true },
  enableDiscoveryDaemon: false,
  csi: {
    enableRbdDriver: true,
    enableCephfsDriver: false,
    enableCSIHostNetwork: true,
    provisionerReplicas: 2,
    enableRBDSnapshotter: true,
    enableCephfsSnapshotter: false,
  },
} satisfies RookCephValues;

/** The kinds the chart's CRDs serve that the platform uses. */
export const CRDS = [
  "ceph.rook.io/CephBlockPool",
  "ceph.rook.io/CephCluster",
  "ceph.rook.io/CephFilesystem",
  "ceph.rook.io/CephFilesystemSubVolumeGroup",
  "ceph.rook.io/CephObjectStore",
  "ceph.rook.io/CephObjectStoreUser",
  "objectbucket.io/ObjectBucketClaim",
] as const;

export interface RookCephOperatorOptions {
  /** Chart version (default: the pinned one). */
  version?: string;
  /** Install the CephFS CSI driver (only when a CephFilesystem serves ReadWriteMany claims). */
  cephfs?: boolean;
  /** Leave to create the CephCluster's ServiceMonitors, and the operator's alerts. Default true. */
  monitoring?: boolean;
  /** Chart values, deep-merged over `defaults`. */
  values?: DeepPartial<RookCephValues>;
}

/**
 * The operator serves no metrics (the old repository's PodMonitor of it scraped nothing): its
 * alerts read kube-state-metrics and cAdvisor.
 */
export function rookCephOperatorAlerts(namespace: string): PrometheusRule {
  const container = `namespace="${namespace}", container="rook-ceph-operator"`;
  return alertRules({
    name: "rook-ceph-operator",
    namespace,
    groups: [
      {
        name: "rook-ceph-operator",
        interval: "30s",
        alerts: [
          {
            alert: "RookCephOperatorDown",
            expr: `kube_deployment_status_replicas_available{namespace="${namespace}", deployment="rook-ceph-operator"} < 1`,
            for: "5m",
            severity: "critical",
            summary: "The Rook operator is down",
            description: "No Rook operator has been available for 5 minutes: Ceph daemons, pools and volumes are not reconciled",
          },
          {
            alert: "RookCephOperatorCrashLooping",
            expr: `increase(kube_pod_container_status_restarts_total{${container}}[15m]) > 2`,
            for: "5m",
            severity: "warning",
            summary: "The Rook operator keeps restarting",
            description: "Rook operator pod {{ $labels.pod }} restarted {{ $value }} times in 15 minutes",
          },
          {
            alert: "RookCephOperatorHighMemory",
            expr: `max by (pod) (container_memory_working_set_bytes{${container}} / container_spec_memory_limit_bytes{${container}}) > 0.80`,
            for: "10m",
            severity: "warning",
            summary: "The Rook operator is near its memory limit",
            description: "Rook operator pod {{ $labels.pod }} uses {{ $value | humanizePercentage }} of its memory limit",
          },
        ],
      },
    ],
  });
}

/**
 * The Rook operator and the Ceph CSI drivers. It depends on the snapshot CRDs because the CSI
 * provisioners run the csi-snapshotter sidecar, which fails without them, and on the monitoring
 * CRDs, whose kinds its alerts and the CephCluster's ServiceMonitors are.
 */
export function rookCephOperator(o: RookCephOperatorOptions, deps: { cilium: Component; coredns: Component; snapshotCrds: Component; monitoringCrds: Component }): Component {
  const cephfs = o.cephfs ?? false;
  const monitoring = o.monitoring ?? true;
  // Options that feed values go into the defaults; the caller's `values` still win over them.
  const base = merge<RookCephValues>(defaults, { csi: { enableCephfsDriver: cephfs, enableCephfsSnapshotter: cephfs }, monitoring: { enabled: monitoring } });
  return component({
    name: "rook-ceph",
    namespace: NAMESPACE,
    dependsOn: [deps.cilium, deps.coredns, deps.snapshotCrds, deps.monitoringCrds],
    timeout: "10m",
    // Ceph's daemons and the CSI node plugins use host networking and host devices.
    resources: [
      namespace(NAMESPACE, { podSecurity: "privileged" }),
      ...helmRelease({ name: "rook-ceph", namespace: NAMESPACE, chart: chart(o.version), defaults: base, values: o.values, crds: "CreateReplace", timeout: "10m" }),
      cephDaemonsEgress(),
      ...(monitoring ? [rookCephOperatorAlerts(NAMESPACE)] : []),
    ],
    healthChecks: [healthCheck(Deployment, "rook-ceph-operator", NAMESPACE)],
    provides: { crds: [...CRDS] },
    // The deny-all baseline, DNS, the API and the namespace's own pods; the way to the daemons
    // on the nodes is the Cilium policy above (see cephDaemonsEgress).
    network: { namespace: NAMESPACE },
    package: pkg,
  });
}

/** Ceph's ports: the mons' msgr2 and legacy ports, and the range OSDs, mgrs and MDSs bind in. */
export const CEPH_PORTS = { monV2: 3300, monV1: 6789, daemons: { from: 6800, to: 7300 } } as const;

/**
 * The ordinary pods of the namespace (the operator, the toolbox, the CSI provisioners when not on
 * the host network) to the Ceph daemons, which listen on the nodes (host networking). Cilium
 * gives node addresses the `host`/`remote-node` identities, which an ipBlock rule (the
 * platform's `egressCidrs` allowance) does not match, and the allowance type has no port
 * ranges: so this one allowance is a CiliumNetworkPolicy of the component's own.
 */
export function cephDaemonsEgress(): CiliumNetworkPolicy {
  return new CiliumNetworkPolicy({
    metadata: { name: "allow-ceph-daemons-on-nodes", namespace: NAMESPACE },
    spec: {
      endpointSelector: {},
      egress: [
        {
          toEntities: ["host", "remote-node"],
          toPorts: [
            {
              ports: [
                { port: String(CEPH_PORTS.monV2), protocol: "TCP" },
                { port: String(CEPH_PORTS.monV1), protocol: "TCP" },
                { port: String(CEPH_PORTS.daemons.from), endPort: CEPH_PORTS.daemons.to, protocol: "TCP" },
              ],
            },
          ],
        },
      ],
    },
  });
}
