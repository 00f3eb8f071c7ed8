import { sharedDir } from "@k8s-gitops/codegen/src/shared.ts";

/** ../shared (or $K8S_GITOPS_SHARED): the vendored chart schemas, CRDs and the reference. */
export const SHARED = sharedDir();
