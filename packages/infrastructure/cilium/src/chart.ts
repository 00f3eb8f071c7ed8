import { ociChart } from "@k8s-gitops/core";
import type { CiliumValues } from "./generated/values.ts";
import { validateCiliumValues } from "./values-check.ts";

/** The Cilium version both clusters run, at bootstrap and under Flux. */
export const CILIUM_VERSION = "1.18.3";

/** The chart, pinned, with the chart's schema as its values check. Cilium publishes no OCI chart: this is home-operations' mirror. */
export function chart(version = CILIUM_VERSION) {
  return ociChart<CiliumValues>({ name: "cilium", url: "oci://ghcr.io/home-operations/charts-mirror/cilium", version, validate: validateCiliumValues });
}
