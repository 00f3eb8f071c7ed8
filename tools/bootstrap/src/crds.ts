import { ConfigError, type Component } from "@k8s-gitops/core";
import { objectFile, objectYaml, plainResources } from "./objects.ts";
import type { Phase } from "./types.ts";

/**
 * Phase 1: the CustomResourceDefinitions of every bootstrap-phase-1 component, applied server-side
 * (CRDs are too large for client-side apply's last-applied annotation) and waited for until the
 * API server serves them. kustomize-controller later applies the same objects server-side and
 * takes over the fields of the `kubectl` field manager, so Flux finds nothing to change.
 */
export function phase1(cluster: string, components: readonly Component[]): Phase {
  const files = new Map<string, string>();
  const commands: string[] = [];
  const skipped: string[] = [];
  for (const c of components) {
    const plain = plainResources(c);
    const crds = plain.filter((p) => p.resource.kind === "CustomResourceDefinition" && p.resource.apiVersion === "apiextensions.k8s.io/v1");
    if (crds.length === 0) {
      throw new ConfigError("bootstrap phase 1 is for CRDs, and the component has no apiextensions.k8s.io/v1 CustomResourceDefinition", { cluster, component: c.name, field: "bootstrapPhase" });
    }
    skipped.push(...plain.filter((p) => !crds.includes(p)).map((p) => `${c.name}: ${p.object}`));
    for (const p of crds) files.set(`${c.name}/${objectFile(p.resource)}`, objectYaml(p));
    commands.push(
      `say "${c.name}: ${crds.length} CRD${crds.length === 1 ? "" : "s"}"`,
      `kubectl --context "$KUBE_CONTEXT" apply --server-side -f ${c.name}/`,
      `kubectl --context "$KUBE_CONTEXT" wait --for=condition=Established --timeout=2m -f ${c.name}/`,
    );
  }
  if (commands.length === 0) commands.push('say "no bootstrap-phase-1 component: nothing to apply"');
  return {
    phase: 1,
    name: "crds",
    dir: "1-crds",
    title: "CRDs the CNI and the first controllers need",
    needs: ["phase 0: the Kubernetes API answers", "kubectl"],
    does: [
      ...components.map((c) => `${c.name}: kubectl apply --server-side, then wait until every CRD is Established`),
      ...(skipped.length ? [`objects of these components that are not CRDs are left to Flux: ${skipped.join(", ")}`] : []),
    ],
    files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))),
    commands,
  };
}
