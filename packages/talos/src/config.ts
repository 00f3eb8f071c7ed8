import { ConfigError, type IPv4 } from "@k8s-gitops/core";
import { nodeNetworkOf, nodesOf, type ClusterName, type InventoryNode, type NodeNetwork } from "@k8s-gitops/inventory";
import { controlPlaneCluster, sharedCluster } from "./cluster.ts";
import type { TalosClusterValues, TalosContext } from "./context.ts";
import type { TalosDocument } from "./generated/config.ts";
import { controlPlaneMachine, sharedMachine, workerMachine } from "./machine.ts";
import { nodeDocuments } from "./node.ts";
import { installerImage, platformSchematic, type Schematic } from "./schematic.ts";
import { KUBERNETES_VERSION, kubernetesImages, TALOS_VERSION } from "./versions.ts";

export interface TalosOptions {
  /** The cluster's machines (default: the inventory's nodes of this cluster). */
  nodes?: readonly InventoryNode[];
  /** Their network (default: the inventory's node network of this cluster). */
  network?: NodeNetwork;
  /** Image Factory schematic (default: platformSchematic, the same for both clusters). */
  schematic?: Schematic;
  talosVersion?: string;
  kubernetesVersion?: string;
}

/** One machine's patch. */
export interface NodePatch {
  node: InventoryNode;
  documents: TalosDocument[];
}

/** A cluster's Talos configuration, as patches over what `talosctl gen config` generates. */
export interface TalosClusterConfig {
  cluster: ClusterName;
  /** The Kubernetes API endpoint (https://host:port) every node and kubeconfig uses. */
  endpoint: `https://${string}`;
  /** Where talosctl reaches the Talos API: the control-plane nodes' addresses. */
  talosEndpoints: IPv4[];
  talosVersion: string;
  kubernetesVersion: string;
  schematic: Schematic;
  installerImage: string;
  /** Every node: `--config-patch`. */
  shared: TalosDocument[];
  /** Control-plane nodes: `--config-patch-control-plane`. */
  controlPlane: TalosDocument[];
  /** Worker nodes: `--config-patch-worker`; absent when the cluster has no workers. */
  worker: TalosDocument[] | undefined;
  /** Per node, by address. */
  nodes: NodePatch[];
}

/**
 * Builds the Talos configuration of one cluster from its values and its inventory nodes.
 * No secret is part of it: `talosctl gen config --with-secrets` adds them from a bundle kept
 * outside git.
 */
export function talosConfig(values: TalosClusterValues, options: TalosOptions = {}): TalosClusterConfig {
  const cluster = values.name;
  const network = options.network ?? nodeNetworkOf(cluster);
  const nodes = options.nodes ?? nodesOf(cluster);
  if (values.network.nodeCidr !== network.subnet) {
    throw new ConfigError(`node CIDR ${values.network.nodeCidr} differs from the inventory's node subnet ${network.subnet}: read it from @k8s-gitops/inventory`, {
      cluster,
      field: "network.nodeCidr",
    });
  }
  const controlPlanes = nodes.filter((n) => n.role === "controlplane");
  if (controlPlanes.length === 0) throw new ConfigError("no control-plane node: nothing would run etcd", { cluster, field: "nodes" });
  const schematic = options.schematic ?? platformSchematic;
  const talosVersion = options.talosVersion ?? TALOS_VERSION;
  const kubernetesVersion = options.kubernetesVersion ?? KUBERNETES_VERSION;
  const { host, port } = values.network.apiServer;
  const ctx: TalosContext = {
    values,
    network,
    images: kubernetesImages(kubernetesVersion),
    installerImage: installerImage(schematic, talosVersion),
    endpoint: `https://${host}:${port}`,
  };
  return {
    cluster,
    endpoint: ctx.endpoint,
    talosEndpoints: controlPlanes.map((n) => n.ip),
    talosVersion,
    kubernetesVersion,
    schematic,
    installerImage: ctx.installerImage,
    shared: [
      { machine: sharedMachine(ctx), cluster: sharedCluster(ctx) },
      // Reboot a node whose Talos stops answering for 5 minutes.
      { apiVersion: "v1alpha1", kind: "WatchdogTimerConfig", device: "/dev/watchdog0", timeout: "5m" },
    ],
    controlPlane: [{ machine: controlPlaneMachine(), cluster: controlPlaneCluster(ctx) }],
    worker: nodes.some((n) => n.role === "worker") ? [{ machine: workerMachine() }] : undefined,
    nodes: nodes.map((node) => ({ node, documents: nodeDocuments(node, ctx) })),
  };
}
