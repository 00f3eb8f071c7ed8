import { canonicalObject, ConfigError, describeObject, toPlain, toYaml, type Cluster, type Component, type PlainObject } from "@k8s-gitops/core";
import { bootstrapObjects, FLUX_SYNC_COMPONENT } from "@k8s-gitops/flux-system";
import { isRecord, objectFile, str } from "./objects.ts";
import { dockerConfigCommands } from "./secrets.ts";
import { q } from "./shell.ts";
import { FLUX_COMPONENTS, type ArtifactRegistry, type Phase } from "./types.ts";

const HOST_RE = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/;
const REPOSITORY_RE = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*$/;

/** "host[:port]/repository" (as `--registry` takes it) -> its parts; errors say what to write. */
export function parseRegistry(text: string): { registry: string; repository: string } {
  const slash = text.indexOf("/");
  const registry = slash < 0 ? text : text.slice(0, slash);
  const repository = slash < 0 ? "" : text.slice(slash + 1);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) throw new ConfigError(`registry "${text}" is a URL: write HOST/REPOSITORY, e.g. ghcr.io/monosense/cluster-infra`);
  if (!HOST_RE.test(registry)) throw new ConfigError(`registry "${text}": "${registry}" is not host[:port] (write HOST/REPOSITORY)`);
  if (!REPOSITORY_RE.test(repository)) throw new ConfigError(`registry "${text}": "${repository}" is not a repository name (lowercase path segments, e.g. monosense/cluster-infra)`);
  return { registry, repository };
}

/**
 * Phase 4: Flux at the pinned release, then the flux-sync component's OCIRepository and root
 * Kustomization, exactly as the artifact holds them (so Flux finds nothing to change when it
 * takes them over), except for the source URL when `registry` names another registry.
 */
export function phase4(cluster: Cluster, o: { fluxVersion: string; vault: string; registry: ArtifactRegistry | undefined }): Phase & { readonly source: string } {
  const where = { cluster: cluster.name, component: FLUX_SYNC_COMPONENT };
  const sync: Component | undefined = cluster.components.find((c) => c.name === FLUX_SYNC_COMPONENT);
  const objects = bootstrapObjects(cluster).map((r) => ({ r, plain: canonicalObject(toPlain(r)) }));
  const source = objects.find((x) => x.r.kind === "OCIRepository");
  const root = objects.find((x) => x.r.kind === "Kustomization");
  if (!source || !root) throw new ConfigError("the day-zero objects lack the OCIRepository or the root Kustomization", where);
  const defaultUrl = str(source.plain, "spec", "url") ?? "";
  const pullSecret = str(source.plain, "spec", "secretRef", "name");
  const namespace = cluster.flux.namespace;
  let url = defaultUrl;
  const recovery: string[] = [];
  if (o.registry) {
    const { registry, repository } = parseRegistry(`${o.registry.registry}/${o.registry.repository}`);
    url = `oci://${registry}/${repository}`;
    const spec = source.plain.spec;
    if (!isRecord(spec)) throw new ConfigError("the OCIRepository has no spec", { ...where, object: describeObject(source.r), field: "spec" });
    source.plain = { ...source.plain, spec: { ...spec, url } } satisfies PlainObject;
    if (o.registry.credentials) {
      if (!pullSecret) throw new ConfigError("the OCIRepository has no spec.secretRef to hold the recovery registry's credential", { ...where, object: describeObject(source.r), field: "spec.secretRef" });
      recovery.push(
        `say "pull secret ${namespace}/${pullSecret} for the recovery registry ${registry}"`,
        ...dockerConfigCommands({ cluster: cluster.name, component: FLUX_SYNC_COMPONENT, vault: o.vault, namespace, name: pullSecret, registry, item: o.registry.credentials, id: "recovery" }),
      );
    }
  }
  const files = new Map<string, string>();
  for (const x of [source, root]) files.set(objectFile(x.r, { namespace: false }), toYaml(x.plain));
  const ctx = '--context "$KUBE_CONTEXT"';
  const rootName = str(root.plain, "metadata", "name") ?? cluster.flux.name;
  const sourceName = str(source.plain, "metadata", "name") ?? cluster.flux.name;
  const tag = str(source.plain, "spec", "ref", "tag") ?? "";
  const commands = [
    // The flux CLI installs the manifests of the version it is asked for, whatever its own version.
    `say "Flux ${o.fluxVersion}"`,
    `flux install ${ctx} --namespace=${q(namespace)} --version=${q(o.fluxVersion)} --components=${FLUX_COMPONENTS.join(",")}`,
    `flux check ${ctx} --namespace=${q(namespace)}`,
    ...recovery,
    ...(recovery.length ? [] : o.registry ? [`say "no credential named for ${url}: pulling with the pull secret phase 3 made"`] : []),
    `say "source ${url}:${tag} and root Kustomization"`,
    `kubectl ${ctx} apply --server-side -f ${objectFile(source.r, { namespace: false })} -f ${objectFile(root.r, { namespace: false })}`,
    `flux reconcile source oci ${q(sourceName)} ${ctx} --namespace=${q(namespace)} --timeout=5m`,
    `flux reconcile kustomization ${q(rootName)} ${ctx} --namespace=${q(namespace)} --timeout=10m`,
    `kubectl ${ctx} -n ${q(namespace)} wait kustomizations.kustomize.toolkit.fluxcd.io/${q(rootName)} --for=condition=Ready --timeout=10m`,
    `flux get kustomizations ${ctx} --namespace=${q(namespace)}`,
  ];
  return {
    phase: 4,
    name: "flux",
    dir: "4-flux",
    title: `Flux ${o.fluxVersion}, its source and root Kustomization`,
    needs: [
      "phase 2 (pods get a network and DNS) and phase 3 (the pull secret)",
      `the flux CLI (any 2.x; it installs ${o.fluxVersion}), kubectl, access to ghcr.io/fluxcd`,
      `the artifact at ${url}:${tag}${o.registry ? ` (push it first: gitops push --cluster clusters/${cluster.name} --registry ${url.slice("oci://".length).split("/")[0]} --repository ${url.slice("oci://".length).split("/").slice(1).join("/")})` : ` (CI pushes it; check with: skopeo inspect --raw docker://${url.slice("oci://".length)}:${tag})`}`,
    ],
    does: [
      `flux install --version=${o.fluxVersion} (${FLUX_COMPONENTS.join(", ")})`,
      ...(recovery.length ? [`replaces the pull secret with the recovery registry's credential (1Password item ${o.registry?.credentials ?? ""})`] : []),
      `applies ${sync ? "the flux-sync component's" : "the day-zero"} OCIRepository (${url}:${tag}) and root Kustomization, reconciles them and waits for the root to be Ready`,
    ],
    files,
    commands,
    source: `${url}:${tag}`,
  };
}
