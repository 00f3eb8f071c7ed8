import type { Cidr, DnsName, Port } from "@k8s-gitops/core";
import type { NodeNetwork } from "@k8s-gitops/inventory";

/**
 * What Talos reads of a cluster's values (the same values the Kubernetes side uses, so the API
 * endpoint, CIDRs and volume paths cannot disagree). A cluster's PlatformValues is one.
 */
export interface TalosClusterValues {
  readonly name: string;
  readonly network: {
    readonly podCidr: Cidr;
    readonly serviceCidr: Cidr;
    readonly nodeCidr: Cidr;
    readonly apiServer: { readonly host: DnsName; readonly port: Port };
  };
  readonly storage: { readonly openebsBasePath: string };
}
import type { kubernetesImages } from "./versions.ts";

/** What the patch builders read: the cluster's values, its node network and the pinned images. */
export interface TalosContext {
  values: TalosClusterValues;
  network: NodeNetwork;
  images: ReturnType<typeof kubernetesImages>;
  installerImage: string;
  /** The Kubernetes API endpoint, https://host:port. */
  endpoint: `https://${string}`;
}
