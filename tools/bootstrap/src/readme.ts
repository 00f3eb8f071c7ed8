import type { DayZero } from "./day-zero.ts";

/** The top-level README.md of dist/bootstrap: the order, what each phase needs, and recovery. */
export function readme(d: DayZero): string {
  const phases = d.phases
    .map((p) => {
      const files = [...p.files.keys()];
      const shown = files.length > 12 ? [...files.slice(0, 12), `... (${files.length} files)`] : files;
      return `### ${p.phase}. \`${p.dir}/\`: ${p.title}

Needs:
${p.needs.map((n) => `- ${n}`).join("\n")}

Does:
${p.does.map((n) => `- ${n}`).join("\n")}

Files: ${shown.length ? shown.map((f) => `\`${f}\``).join(", ") : "none"}; commands in \`${p.dir}/run.sh\`.`;
    })
    .join("\n\n");
  return `# Day zero of cluster ${d.cluster}

Written by \`gitops bootstrap --cluster clusters/${d.cluster}\`; do not edit: change the packages or the
cluster's values and regenerate. Every file here comes from the same component packages and values
that Flux manages afterwards: the CRDs are the CRD components' objects, the Helm values files are
the HelmReleases' \`spec.values\`, the Flux source and root Kustomization are the flux-sync
component's objects. No file holds a secret: phases 0, 3 and 4 read them from 1Password with
\`op read\` at run time into a temporary folder that is removed when the script ends.

Run everything: \`./bootstrap.sh\`; resume from a phase: \`./bootstrap.sh 3\`; one phase: \`bash 2-network/run.sh\`.
Every phase can be run again (server-side apply, \`helm upgrade --install\`, an etcd bootstrap that
accepts "already bootstrapped"). kubectl, helm and flux act on context \`$KUBE_CONTEXT\` (default
\`${d.kubeContext}\`, the context \`talosctl kubeconfig\` writes), never on the current one.

## Why this order

Talos runs with \`cni: none\`, no kube-proxy and no CoreDNS: until Cilium and CoreDNS run, no pod
gets a network or resolves a name, Flux's own controllers included. So the CNI and DNS are
installed with helm before Flux (phase 2), after the CRDs Cilium's controllers need when they start
(phase 1, e.g. the Gateway API CRDs), and the Secrets the secret machinery itself needs (the
1Password Connect token, the registry credential Flux pulls with) are created before Flux (phase 3).

## Phases

${phases}

## How Flux takes over

- **CRDs and plain objects** are applied server-side by \`kubectl\`; kustomize-controller applies
  the same objects server-side and takes over the fields of the \`kubectl\` field manager, so
  nothing changes and nothing is recreated.
- **Helm releases**: \`helm upgrade --install\` runs with the HelmRelease's chart, version, release
  name and namespace, and its \`spec.values\` as the values file. Helm stores the release in that
  namespace (Secret storage, as helm-controller uses); helm-controller finds the release it was
  going to manage in its storage, sees it was not made by itself (no history in the HelmRelease's
  status) and upgrades it in place with the same chart and values: a new revision of the same
  release, no uninstall and no second install. A value changed only on the command line would be
  reverted by that upgrade, so there are none.
- **Secrets**: the ExternalSecrets of the components refresh the Secrets phase 3 made, from the same
  1Password items, once external-secrets runs.

## Recovery

- **A phase failed**: fix the cause (the message names it) and run \`./bootstrap.sh <phase>\`.
- **The registry is down** (each cluster pulls its artifact from a registry the other cluster runs:
  infra from Harbor on apps, apps from the artifact registry on infra; while that cluster is down
  or not built yet, this one cannot pull from it): push the artifact to another registry and point
  phase 4 there:

      gitops push --cluster clusters/${d.cluster} --registry HOST --repository REPO
      gitops bootstrap --cluster clusters/${d.cluster} --registry HOST/REPO [--registry-item ITEM]
      ./bootstrap.sh 4

  The OCIRepository then pulls from there (with the credential of the 1Password item ITEM, fields
  \`username\`/\`password\`). Once the flux-sync component reconciles, it points the source back
  at the cluster's own registry; source-controller keeps serving the last artifact it pulled until
  that registry answers. See docs/bootstrap.md.
- **Flux is broken but the cluster runs**: \`./bootstrap.sh 4\` reinstalls Flux and its source;
  nothing else is touched.
`;
}
