import { ConfigError, type ArtifactTarget, type Duration, type FluxSource, type OnePasswordField } from "@k8s-gitops/core";

/** Flux's content layer: the one layer source-controller extracts from the cluster artifact. */
export const FLUX_CONTENT_LAYER = "application/vnd.cncf.flux.content.v1.tar+gzip";

/** What the flux-system objects need to know of a cluster; a core Cluster is one. */
export interface FluxTarget {
  readonly name: string;
  readonly artifact: ArtifactTarget | undefined;
  readonly flux?: Partial<FluxSource>;
}

export interface FluxSystemOptions {
  /** The tag the cluster follows: the moving tag `gitops push` writes for this branch (default main). */
  tag?: string;
  /** How often source-controller checks the tag (default 1m). */
  interval?: Duration;
  /** How often the root Kustomization re-applies ./flux (default 10m). */
  kustomizationInterval?: Duration;
  /** Name of the kubernetes.io/dockerconfigjson Secret with the robot account (default flux-system-registry). */
  pullSecretName?: string;
  /** Name of the Secret with the signing public key (`cosign.pub`) Flux verifies with (default flux-system-cosign). */
  verifySecretName?: string;
  /** The 1Password item of the registry robot account Flux pulls with (fields username and password). */
  robotAccountItem: string;
  /**
   * The public key `gitops push` signs with (cosign's PEM): Flux verifies every artifact against
   * it (`OCIRepository.spec.verify`), so the cluster runs only what this pipeline built and signed.
   */
  verifyKey: OnePasswordField;
  /** A PodMonitor of Flux's controllers and their alerts. Default true. */
  monitoring?: boolean;
}

/** Options of the day-zero folder: the robot account's item is only named in its README. */
export type BootstrapOptions = Omit<FluxSystemOptions, "robotAccountItem" | "monitoring" | "verifyKey"> & { robotAccount?: RobotAccount };

export interface RobotAccount {
  /** ClusterSecretStore name (the secret store component's storeRef.name). */
  store: string;
  /** 1Password item path, e.g. kubernetes/infra/harbor-robot-flux. */
  item: string;
}

export interface ResolvedFlux {
  cluster: string;
  namespace: string;
  name: string;
  url: `oci://${string}`;
  registry: string;
  tag: string;
  interval: Duration;
  kustomizationInterval: Duration;
  pullSecretName: string;
  verifySecretName: string;
  robotAccount: RobotAccount | undefined;
}

const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/** The options with defaults applied and checked; errors name the cluster and what to set. */
export function resolve(target: FluxTarget, o: BootstrapOptions): ResolvedFlux {
  const where = { cluster: target.name, component: "flux-system" };
  if (!target.artifact) {
    throw new ConfigError("the cluster has no artifact target: set cluster({ artifact: { registry, repository } }) so Flux knows where to pull from", where);
  }
  const tag = o.tag ?? "main";
  if (!TAG_RE.test(tag)) throw new ConfigError(`"${tag}" is not a valid OCI tag`, where);
  return {
    cluster: target.name,
    namespace: target.flux?.namespace ?? "flux-system",
    name: target.flux?.name ?? "flux-system",
    url: `oci://${target.artifact.registry}/${target.artifact.repository}`,
    registry: target.artifact.registry,
    tag,
    interval: o.interval ?? "1m",
    kustomizationInterval: o.kustomizationInterval ?? "10m",
    pullSecretName: o.pullSecretName ?? "flux-system-registry",
    verifySecretName: o.verifySecretName ?? "flux-system-cosign",
    robotAccount: o.robotAccount,
  };
}
