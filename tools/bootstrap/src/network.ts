import { ConfigError, toYaml, type Component, type HealthCheck } from "@k8s-gitops/core";
import { at, isFluxKind, isRecord, objectFile, objectYaml, plainResources, str, type PlainResource } from "./objects.ts";
import { q } from "./shell.ts";
import type { Phase } from "./types.ts";

/** A HelmRelease as `helm upgrade --install` takes it. */
export interface HelmInstall {
  readonly component: string;
  /** HelmRelease/<namespace>/<name>. */
  readonly object: string;
  readonly release: string;
  readonly namespace: string;
  /** The chart argument: oci://.../<chart>, or the chart name with `repository`. */
  readonly chart: string;
  readonly repository: string | undefined;
  readonly version: string;
  /** helm creates the namespace: the component declares no Namespace object for it. */
  readonly createNamespace: boolean;
  /** Path of the values file in the phase folder. */
  readonly valuesFile: string;
  readonly skipCrds: boolean;
  readonly timeout: string;
}

/** Fields helm's command line cannot reproduce: installing without them would not be the release Flux adopts. */
const UNSUPPORTED = ["valuesFrom", "postRenderers", "kubeConfig", "serviceAccountName"] as const;

/**
 * The HelmRelease's release as Helm stores it: release name `spec.releaseName`, else
 * `[<targetNamespace>-]<name>`, in `spec.targetNamespace` else the HelmRelease's namespace, with
 * its storage in `spec.storageNamespace` else the HelmRelease's namespace (Flux's defaults). The
 * helm CLI keeps a release's storage in the namespace it installs to, so the two must agree.
 */
function helmInstall(cluster: string, c: Component, hr: PlainResource, all: readonly PlainResource[], declared: ReadonlySet<string>): HelmInstall {
  const where = { cluster, component: c.name, object: hr.object };
  const name = str(hr.plain, "metadata", "name") ?? "";
  const ns = str(hr.plain, "metadata", "namespace") ?? "";
  for (const f of UNSUPPORTED) {
    if (at(hr.plain, "spec", f) !== undefined) {
      throw new ConfigError(`spec.${f} cannot be reproduced by helm upgrade --install on day zero, so Flux would not adopt the same release: drop it from a bootstrap-phase-2 release`, { ...where, field: `spec.${f}` });
    }
  }
  const target = str(hr.plain, "spec", "targetNamespace");
  const namespace = target ?? ns;
  const storage = str(hr.plain, "spec", "storageNamespace") ?? ns;
  if (storage !== namespace) {
    throw new ConfigError(`the release is stored in ${storage} but installed in ${namespace}; helm keeps both in one namespace: set spec.storageNamespace to ${namespace}`, { ...where, field: "spec.storageNamespace" });
  }
  const release = str(hr.plain, "spec", "releaseName") ?? (target ? `${target}-${name}` : name);
  const find = (kind: string, sname: string, sns: string) =>
    all.find((p) => p.resource.kind === kind && str(p.plain, "metadata", "name") === sname && (str(p.plain, "metadata", "namespace") ?? "") === sns);
  let chart: string;
  let repository: string | undefined;
  let version: string | undefined;
  const chartRef = at(hr.plain, "spec", "chartRef");
  if (isRecord(chartRef)) {
    const kind = str(chartRef, "kind");
    const refName = str(chartRef, "name") ?? "";
    const refNs = str(chartRef, "namespace") ?? ns;
    if (kind !== "OCIRepository") throw new ConfigError(`chartRef kind ${kind ?? "(none)"}: day zero installs charts from an OCIRepository or a HelmRepository`, { ...where, field: "spec.chartRef.kind" });
    const source = find("OCIRepository", refName, refNs);
    if (!source) throw new ConfigError(`the chart source OCIRepository/${refNs}/${refName} is not part of the component: day zero needs its URL and version`, { ...where, field: "spec.chartRef" });
    const url = str(source.plain, "spec", "url");
    version = str(source.plain, "spec", "ref", "tag");
    if (!url) throw new ConfigError("the OCIRepository has no spec.url", { cluster, component: c.name, object: source.object, field: "spec.url" });
    if (!version) throw new ConfigError("the chart source has no exact tag (spec.ref.tag): helm --version needs one version, not a range or digest", { cluster, component: c.name, object: source.object, field: "spec.ref.tag" });
    chart = url;
  } else {
    const spec = at(hr.plain, "spec", "chart", "spec");
    if (!isRecord(spec)) throw new ConfigError("the HelmRelease has neither spec.chartRef nor spec.chart.spec", { ...where, field: "spec.chart" });
    const chartName = str(spec, "chart") ?? "";
    version = str(spec, "version");
    const ref = at(spec, "sourceRef");
    const refName = isRecord(ref) ? (str(ref, "name") ?? "") : "";
    const refNs = (isRecord(ref) ? str(ref, "namespace") : undefined) ?? ns;
    if (!isRecord(ref) || str(ref, "kind") !== "HelmRepository") throw new ConfigError("day zero installs charts from an OCIRepository or a HelmRepository", { ...where, field: "spec.chart.spec.sourceRef.kind" });
    const source = find("HelmRepository", refName, refNs);
    if (!source) throw new ConfigError(`the chart source HelmRepository/${refNs}/${refName} is not part of the component: day zero needs its URL`, { ...where, field: "spec.chart.spec.sourceRef" });
    const url = str(source.plain, "spec", "url") ?? "";
    if (!version) throw new ConfigError("the chart has no version", { ...where, field: "spec.chart.spec.version" });
    if (str(source.plain, "spec", "type") === "oci") {
      chart = `${url.replace(/\/+$/, "")}/${chartName}`;
    } else {
      chart = chartName;
      repository = url;
    }
  }
  if (!/^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(version)) {
    throw new ConfigError(`chart version "${version}" is not exact: day zero must install the very version Flux reconciles`, { ...where, field: "version" });
  }
  const values = at(hr.plain, "spec", "values");
  if (values !== undefined && !isRecord(values)) throw new ConfigError("spec.values is not an object", { ...where, field: "spec.values" });
  return {
    component: c.name,
    object: hr.object,
    release,
    namespace,
    chart,
    repository,
    version,
    createNamespace: !declared.has(namespace) && namespace !== "kube-system" && namespace !== "default",
    valuesFile: `${c.name}/values-${release}.yaml`,
    // helm-controller's install.crds: Skip is helm's --skip-crds; Create (Flux's default) is helm's default.
    skipCrds: str(hr.plain, "spec", "install", "crds") === "Skip",
    timeout: str(hr.plain, "spec", "timeout") ?? "5m",
  };
}

export function helmCommand(h: HelmInstall): string {
  return [
    `helm upgrade --install ${q(h.release)} ${q(h.chart)}`,
    ...(h.repository ? [`--repo ${q(h.repository)}`] : []),
    `--version ${q(h.version)} --namespace ${q(h.namespace)}${h.createNamespace ? " --create-namespace" : ""} --kube-context "$KUBE_CONTEXT"`,
    `--values ${q(h.valuesFile)}${h.skipCrds ? " --skip-crds" : ""} --timeout ${q(h.timeout)}`,
  ].join(" \\\n  ");
}

const ROLLOUT_KINDS = new Set(["DaemonSet", "Deployment", "StatefulSet"]);

function rolloutCommand(h: HealthCheck, timeout: string): string {
  return `kubectl --context "$KUBE_CONTEXT" -n ${q(h.namespace ?? "default")} rollout status ${h.kind.toLowerCase()}/${q(h.name)} --timeout=${timeout}`;
}

/**
 * Phase 2: the CNI and cluster DNS, without which no pod of Flux's can start. Each HelmRelease of
 * a bootstrap-phase-2 component is installed with `helm upgrade --install` from the same chart
 * and version, under the same release name and namespace, with a values file that is its
 * `spec.values`: helm-controller finds that release in its storage and upgrades it in place to
 * the same manifest instead of installing a second one. Namespaces the components declare are
 * applied first; their other objects (not Flux's kinds, which need Flux) after the rollouts.
 */
export function phase2(cluster: string, components: readonly Component[], health?: string): Phase {
  const files = new Map<string, string>();
  const commands: string[] = [];
  const releases: HelmInstall[] = [];
  const does: string[] = [];
  for (const c of components) {
    const plain = plainResources(c);
    const hrs = plain.filter((p) => p.resource.kind === "HelmRelease" && p.resource.apiVersion.startsWith("helm.toolkit.fluxcd.io/"));
    const namespaces = plain.filter((p) => p.resource.kind === "Namespace" && p.resource.apiVersion === "v1");
    const others = plain.filter((p) => !isFluxKind(p.resource) && !namespaces.includes(p));
    if (hrs.length === 0 && others.length === 0) {
      throw new ConfigError("bootstrap phase 2 installs a component's HelmReleases and objects, and this one has neither", { cluster, component: c.name, field: "bootstrapPhase" });
    }
    commands.push(`say "${c.name}"`);
    for (const p of namespaces) files.set(`${c.name}/${objectFile(p.resource)}`, objectYaml(p));
    if (namespaces.length) commands.push(...namespaces.map((p) => `kubectl --context "$KUBE_CONTEXT" apply --server-side -f ${c.name}/${objectFile(p.resource)}`));
    for (const hr of hrs) {
      const h = helmInstall(cluster, c, hr, plain, new Set(namespaces.map((p) => p.resource.metadata?.name ?? "")));
      releases.push(h);
      const values = at(hr.plain, "spec", "values");
      files.set(h.valuesFile, toYaml(isRecord(values) ? values : {}));
      commands.push(helmCommand(h));
      does.push(`${c.name}: helm upgrade --install ${h.release} (${h.chart}${h.repository ? ` from ${h.repository}` : ""} ${h.version}) in ${h.namespace}, values = ${h.object} spec.values`);
    }
    const timeout = c.timeout;
    const rollouts = c.healthChecks.filter((h) => ROLLOUT_KINDS.has(h.kind) && h.apiVersion === "apps/v1");
    commands.push(...rollouts.map((h) => rolloutCommand(h, timeout)));
    if (rollouts.length) does.push(`${c.name}: waits for ${rollouts.map((h) => `${h.kind}/${h.name}`).join(", ")} to roll out`);
    if (others.length) {
      for (const p of others) files.set(`${c.name}/objects/${objectFile(p.resource)}`, objectYaml(p));
      commands.push(`kubectl --context "$KUBE_CONTEXT" apply --server-side -f ${c.name}/objects/`);
      does.push(`${c.name}: applies ${others.map((p) => p.object).join(", ")} (kustomize-controller takes them over)`);
    }
  }
  const seen = new Map<string, string>();
  for (const h of releases) {
    const key = `${h.namespace}/${h.release}`;
    const other = seen.get(key);
    if (other) throw new ConfigError(`release ${key} is also installed by ${other}: helm would overwrite one with the other`, { cluster, component: h.component, object: h.object, field: "spec.releaseName" });
    seen.set(key, h.object);
  }
  if (components.length === 0) commands.push('say "no bootstrap-phase-2 component: the cluster must bring its own CNI and DNS"');
  commands.push(`say "every node Ready"`, `kubectl --context "$KUBE_CONTEXT" wait nodes --all --for=condition=Ready --timeout=10m`);
  if (health) commands.push(health);
  return {
    phase: 2,
    name: "network",
    dir: "2-network",
    title: "Network: the CNI and cluster DNS, installed with helm as Flux will adopt them",
    needs: ["phase 1 (CRDs)", "helm 3.8 or later (OCI charts), kubectl", "access to the chart registries"],
    does: [...does, "waits for every node to report Ready", ...(health ? ["talosctl health (needs Ready nodes, so it runs here and not in phase 0)"] : [])],
    files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))),
    commands,
  };
}
