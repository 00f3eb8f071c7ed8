import { ociChart } from "@k8s-gitops/core";
import type { CiliumValues } from "./generated/values.ts";

/** The Cilium version both clusters run (the reference's CILIUM_VERSION, bootstrap and Flux). */
export const CILIUM_VERSION = "1.18.3";

/** The chart, pinned: Cilium publishes no OCI chart, the reference pulls home-operations' mirror. */
export function chart(version = CILIUM_VERSION) {
  return ociChart<CiliumValues>({ name: "cilium", url: "oci://ghcr.io/home-operations/charts-mirror/cilium", version });
}
