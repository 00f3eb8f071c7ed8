import { port } from "@k8s-gitops/core";
import { standIn } from "@k8s-gitops/core/testing";
import type { SecretStoreOutputs } from "@k8s-gitops/external-secrets";
import { victoriaMetricsCrds, victoriaMetricsOperator, type GlobalStores } from "../src/index.ts";

export const global: GlobalStores = {
  namespace: "observability",
  metricsInsert: { name: "vminsert-global", port: port(8480) },
  metricsSelect: { name: "vmselect-global", port: port(8481) },
  logs: { name: "vlsingle-global", port: port(9428) },
};

export const base = { cilium: standIn("cilium"), coredns: standIn("coredns") };
export const monitoringCrds = standIn("prometheus-operator-crds");
export const crds = victoriaMetricsCrds();
export const operator = victoriaMetricsOperator({ namespace: global.namespace }, { ...base, victoriaMetricsCrds: crds, monitoringCrds });
export const storage = standIn("rook-ceph-cluster");
export const secretStore = standIn<SecretStoreOutputs>("external-secrets-store", { outputs: { storeRef: { kind: "ClusterSecretStore", name: "onepassword" } } });
export const on = { victoriaMetricsOperator: operator };
