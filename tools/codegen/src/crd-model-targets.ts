/** CRDs whose models a base package owns, generated with @kubernetes-models/crd-generate. */
export interface CrdModelsTarget {
  /** CRD files relative to vendor/crds. */
  crds: readonly string[];
  /** Repository-relative output folder (replaced on each run). */
  out: string;
}

export const CRD_MODELS: readonly CrdModelsTarget[] = [
  {
    crds: [
      "cloudnative-pg/1.27.1/postgresql.cnpg.io_clusters.yaml",
      "cloudnative-pg/1.27.1/postgresql.cnpg.io_databases.yaml",
      "cloudnative-pg/1.27.1/postgresql.cnpg.io_scheduledbackups.yaml",
      "cloudnative-pg/1.27.1/postgresql.cnpg.io_poolers.yaml",
    ],
    out: "packages/bases/cloudnative-pg/src/generated/models",
  },
  {
    crds: ["dragonfly-operator/1.3.0/dragonflydb.io_dragonflies.yaml"],
    out: "packages/bases/dragonfly/src/generated/models",
  },
  {
    crds: ["strimzi/0.48.0/kafka.strimzi.io_kafkas.yaml", "strimzi/0.48.0/kafka.strimzi.io_kafkanodepools.yaml", "strimzi/0.48.0/kafka.strimzi.io_kafkatopics.yaml", "strimzi/0.48.0/kafka.strimzi.io_kafkausers.yaml"],
    out: "packages/bases/strimzi/src/generated/models",
  },
  {
    crds: ["rook/1.18.6/ceph.rook.io_cephclusters.yaml", "rook/1.18.6/ceph.rook.io_cephblockpools.yaml", "rook/1.18.6/ceph.rook.io_cephfilesystems.yaml"],
    out: "packages/bases/rook-ceph/src/generated/models",
  },
  {
    crds: ["external-snapshotter/8.4.0/snapshot.storage.k8s.io_volumesnapshotclasses.yaml"],
    out: "packages/infrastructure/snapshot-controller/src/generated/models",
  },
  {
    crds: [
      "victoriametrics-operator/0.64.0/operator.victoriametrics.com_vmclusters.yaml",
      "victoriametrics-operator/0.64.0/operator.victoriametrics.com_vmagents.yaml",
      "victoriametrics-operator/0.64.0/operator.victoriametrics.com_vmalerts.yaml",
      "victoriametrics-operator/0.64.0/operator.victoriametrics.com_vmalertmanagers.yaml",
      "victoriametrics-operator/0.64.0/operator.victoriametrics.com_vmalertmanagerconfigs.yaml",
      "victoriametrics-operator/0.64.0/operator.victoriametrics.com_vmservicescrapes.yaml",
      "victoriametrics-operator/0.64.0/operator.victoriametrics.com_vmpodscrapes.yaml",
      "victoriametrics-operator/0.64.0/operator.victoriametrics.com_vmrules.yaml",
      "victoriametrics-operator/0.64.0/operator.victoriametrics.com_vlsingles.yaml",
      "victoriametrics-operator/0.64.0/operator.victoriametrics.com_vmnodescrapes.yaml",
    ],
    out: "packages/infrastructure/victoria-metrics/src/generated/models",
  },
  {
    crds: [
      "fluent-operator/3.10.0/fluentbit.fluent.io_fluentbits.yaml",
      "fluent-operator/3.10.0/fluentbit.fluent.io_clusterfluentbitconfigs.yaml",
      "fluent-operator/3.10.0/fluentbit.fluent.io_clusterinputs.yaml",
      "fluent-operator/3.10.0/fluentbit.fluent.io_clusterfilters.yaml",
      "fluent-operator/3.10.0/fluentbit.fluent.io_clusteroutputs.yaml",
      "fluent-operator/3.10.0/fluentbit.fluent.io_clusterparsers.yaml",
    ],
    out: "packages/infrastructure/fluent-bit/src/generated/models",
  },
  {
    crds: ["keycloak-operator/26.0.0/k8s.keycloak.org_keycloaks.yaml", "keycloak-operator/26.0.0/k8s.keycloak.org_keycloakrealmimports.yaml"],
    out: "packages/workloads/keycloak/src/generated/models",
  },
];
