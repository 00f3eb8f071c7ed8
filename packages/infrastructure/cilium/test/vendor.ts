import { VENDOR_DIR } from "@k8s-gitops/codegen/src/vendor.ts";

/** The repository's vendor/: the chart schemas, Cilium's CRD schemas and the reference file (see vendor/SOURCES.md). */
export const VENDOR = VENDOR_DIR;
