import type { CertManager } from "@k8s-gitops/cert-manager";
import type { Component } from "@k8s-gitops/core";
import type { ExternalSecrets } from "@k8s-gitops/external-secrets";
import type { NetworkCore, NetworkEdge } from "./networking.ts";

/**
 * What the shared layer's later groups (observability, logging, operations) build on: the
 * network, the secret store, the issuers, the monitoring CRDs and the cluster's block volumes.
 */
export interface LayerDeps {
  readonly network: NetworkCore & NetworkEdge;
  readonly secrets: ExternalSecrets;
  readonly certificates: CertManager;
  /** The prometheus-operator CRDs (ServiceMonitor, PodMonitor, PrometheusRule): bootstrap phase 1. */
  readonly monitoringCrds: Component;
  /** Where persistent volumes go: the Ceph block class when the cluster runs Ceph, else node-local NVMe. */
  readonly volumes: BlockVolumes;
}

/** A storage class and the component that provides it (a volume's claim waits for it). */
export interface BlockVolumes {
  readonly storageClass: string;
  readonly component: Component;
}
