import type { ClusterValues } from "@k8s-gitops/fleet";
import type { NodeNetwork } from "@k8s-gitops/inventory";
import type { kubernetesImages } from "./versions.ts";

/** What the patch builders read: the cluster's values, its node network and the pinned images. */
export interface TalosContext {
  values: ClusterValues;
  network: NodeNetwork;
  images: ReturnType<typeof kubernetesImages>;
  installerImage: string;
  /** The Kubernetes API endpoint, https://host:port. */
  endpoint: `https://${string}`;
}
