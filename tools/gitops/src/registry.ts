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
