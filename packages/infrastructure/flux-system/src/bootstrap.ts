import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1";
import { Kustomization } from "@kubernetes-models/flux-cd/kustomize.toolkit.fluxcd.io/v1";
import { OCIRepository } from "@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1";
import { canonicalObject, ConfigError, toPlain, toYaml, type Component, type Resource } from "@k8s-gitops/core";
import { FLUX_SYNC_COMPONENT } from "./component.ts";
import { artifactSource, rootKustomization } from "./objects.ts";
import { resolve, type BootstrapOptions, type FluxTarget, type ResolvedFlux } from "./options.ts";

type BootstrapTarget = FluxTarget & { readonly components?: readonly Component[] };

/**
 * The objects applied by hand on day zero: the artifact's source and the root Kustomization.
 * When the cluster runs the flux-sync component, they are that component's very objects, so
 * Flux finds nothing to change when it takes them over.
 */
export function bootstrapObjects(target: BootstrapTarget, o: BootstrapOptions = {}): Resource[] {
  const sync = target.components?.find((c) => c.name === FLUX_SYNC_COMPONENT);
  if (sync) return sync.resources.filter((x) => x instanceof OCIRepository || x instanceof Kustomization);
  const r = resolve(target, o);
  return [artifactSource(r), rootKustomization(r)];
}

/** What the README can say: the flux-sync component's settings win over the options. */
function described(target: BootstrapTarget, o: BootstrapOptions): ResolvedFlux {
  const r = resolve(target, o);
  const sync = target.components?.find((c) => c.name === FLUX_SYNC_COMPONENT);
  const source = sync?.resources.find((x): x is OCIRepository => x instanceof OCIRepository);
  const secret = sync?.resources.find((x): x is ExternalSecret => x instanceof ExternalSecret);
  const item = secret?.spec?.data?.[0]?.remoteRef.key;
  const store = secret?.spec?.secretStoreRef?.name;
  return {
    ...r,
    tag: source?.spec?.ref?.tag ?? r.tag,
    pullSecretName: source?.spec?.secretRef?.name ?? r.pullSecretName,
    robotAccount: item && store ? { item, store } : r.robotAccount,
  };
}

function readme(r: ResolvedFlux): string {
  const item = r.robotAccount?.item ?? "<robot account item>";
  const where = r.robotAccount
    ? `Read it from 1Password item \`${r.robotAccount.item}\` (store \`${r.robotAccount.store}\`)`
    : "Read the robot account's name and secret from 1Password";
  return `# Bootstrap of cluster ${r.cluster}

Written by \`gitops build\`; do not edit. Day zero only: afterwards Flux manages these objects
from the artifact itself (component \`flux-sync\`).

These steps are the last phase of day zero only. On Talos nodes without a CNI, kube-proxy or
CoreDNS, Flux's pods cannot start before Cilium and CoreDNS run: use \`gitops bootstrap\`
(docs/bootstrap.md), which writes every phase, these objects included, from the same packages.

1. Install Flux (controllers and CRDs) on the new cluster:

       flux install --namespace=${r.namespace}

2. Create the pull secret for the Harbor robot account by hand (the ExternalSecret in the
   artifact takes it over once External Secrets runs). ${where}, never from a file in git:

       kubectl -n ${r.namespace} create secret docker-registry ${r.pullSecretName} \\
         --docker-server=${r.registry} \\
         --docker-username="$(op read 'op://<vault>/${item}/username')" \\
         --docker-password="$(op read 'op://<vault>/${item}/password')"

3. Make sure the artifact is in Harbor (CI pushes it; by hand: \`nx run cluster-${r.cluster}:push\`)
   at tag \`${r.tag}\`:

       skopeo inspect --raw docker://${r.url.slice("oci://".length)}:${r.tag}

4. Apply this folder:

       kubectl apply -k .

5. Watch Flux pull the artifact and apply the components in dependency order:

       flux get sources oci -n ${r.namespace}
       flux get kustomizations -n ${r.namespace} --watch
`;
}

/**
 * The bootstrap folder of a cluster (path -> content): the day-zero objects as YAML, a
 * kustomization.yaml listing them, and README.md with the steps.
 */
export function bootstrapFiles(target: BootstrapTarget, o: BootstrapOptions = {}): Map<string, string> {
  const r = described(target, o);
  const clash = target.components?.find((c) => c.name === r.name);
  if (clash) {
    throw new ConfigError(`component "${clash.name}" has the name of the root Kustomization: its Flux Kustomization would replace the root; rename it`, { cluster: target.name, component: clash.name });
  }
  const files = new Map<string, string>();
  const names: string[] = [];
  for (const obj of bootstrapObjects(target, o)) {
    const file = `${obj.kind.toLowerCase()}-${obj.metadata?.name ?? ""}.yaml`;
    files.set(file, toYaml(canonicalObject(toPlain(obj))));
    names.push(file);
  }
  files.set("kustomization.yaml", toYaml({ apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources: names.sort() }));
  files.set("README.md", readme(r));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}
