import {
  ArtifactError,
  checkRepository,
  CredentialsError,
  DigestMismatchError,
  LayoutError,
  ManifestError,
  ReferenceError,
  RegistryClient,
  RegistryError,
  resolveCredentials,
  TarError,
  type RepositoryRef,
} from "@k8s-gitops/oci";
import { progress } from "./command.ts";
import { UsageError, type ClusterPackage } from "./load.ts";

/** Options every registry-facing command takes. */
export const REGISTRY_FLAGS = { registry: "string", repository: "string", "plain-http": "boolean", retries: "string" } as const;

export const REGISTRY_HELP = `  --registry HOST      registry host[:port] (default: the cluster's artifact.registry)
  --repository REPO    repository (default: the cluster's artifact.repository)
  --plain-http         HTTP instead of HTTPS (automatic for 127.0.0.1/localhost)
  --retries N          retries of transient failures, with backoff (default 4)

Credentials: GITOPS_REGISTRY_USERNAME and GITOPS_REGISTRY_PASSWORD (e.g. the Harbor robot
account robot$ci), else the entry for the registry in $REGISTRY_AUTH_FILE,
$XDG_RUNTIME_DIR/containers/auth.json or ~/.docker/config.json (docker/skopeo login, credential
helpers included), else anonymous. The registry's WWW-Authenticate challenge decides between
Basic and a Bearer token. Credentials are never printed.`;

/** Where the cluster's artifact lives: flags first, then the cluster's artifact target. */
export function registryTarget(pkg: ClusterPackage, flags: Record<string, string | boolean>): RepositoryRef {
  const registry = typeof flags.registry === "string" ? flags.registry : pkg.cluster.artifact?.registry;
  const repository = typeof flags.repository === "string" ? flags.repository : pkg.cluster.artifact?.repository;
  if (!registry || !repository) {
    throw new UsageError(`cluster ${pkg.cluster.name} has no artifact target: set artifact: { registry, repository } in its cluster() or pass --registry and --repository`);
  }
  const ref = { registry, repository };
  checkRepository(ref);
  return ref;
}

export function registryClient(ref: RepositoryRef, flags: Record<string, string | boolean>, access: "pull" | "push"): RegistryClient {
  const retries = typeof flags.retries === "string" ? Number(flags.retries) : undefined;
  if (retries !== undefined && (!Number.isInteger(retries) || retries < 0)) throw new UsageError(`--retries ${String(flags.retries)} is not a count`);
  const credentials = resolveCredentials(ref.registry);
  progress(`[registry] ${ref.registry}: ${credentials ? credentials.toString() : "anonymous (no credentials found)"}`);
  return new RegistryClient({
    registry: ref.registry,
    access,
    credentials,
    ...(flags["plain-http"] ? { plainHttp: true } : {}),
    ...(retries !== undefined ? { retry: { retries } } : {}),
    onRetry: (m) => progress(`[registry] ${m}`),
  });
}

/** The message of an error the user can act on; undefined for a bug (which should crash loudly). */
export function userFacing(err: unknown): string | undefined {
  const known = [RegistryError, CredentialsError, LayoutError, ManifestError, DigestMismatchError, ReferenceError, ArtifactError, TarError, UsageError];
  return known.some((k) => err instanceof k) ? (err as Error).message : undefined;
}
