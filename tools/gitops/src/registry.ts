import { readFileSync } from "node:fs";
import {
  ArtifactError,
  checkRepository,
  CredentialsError,
  DigestMismatchError,
  LayoutError,
  loadSigningKey,
  ManifestError,
  ImageReferenceError,
  RegistryClient,
  RegistryError,
  resolveCredentials,
  SigningError,
  TarError,
  type RepositoryRef,
  type SigningKey,
} from "@k8s-gitops/oci";
import { DEFAULT_TIMEOUT, SIGNING_ENV } from "./artifact-options.ts";
import { progress } from "./command.ts";
import { core } from "./core.ts";
import { UsageError, type ClusterPackage } from "./load.ts";

type Flags = Record<string, string | boolean>;

const HOST_RE = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/;
const REPOSITORY_HELP = "lowercase path segments of [a-z0-9] joined by '.', '_', '__' or '-', e.g. k8s-gitops/cluster-infra";

/**
 * A registry as --registry gives it: host[:port]. Anything else is a usage error that says what
 * to write instead, and a value with userinfo is never echoed: it holds a password.
 */
export function checkRegistryFlag(value: string): string {
  if (value.includes("@")) {
    throw new UsageError("--registry takes host[:port] only, and this value carries credentials (not shown): pass the credentials in GITOPS_REGISTRY_USERNAME/GITOPS_REGISTRY_PASSWORD or with docker/skopeo login");
  }
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(value);
  if (scheme) {
    const rest = value.slice(scheme[0].length).replace(/\/+$/, "");
    throw new UsageError(`--registry takes host[:port], not a URL: write --registry ${rest.split("/")[0]}${scheme[1]?.toLowerCase() === "http" ? " --plain-http" : ""}${rest.includes("/") ? ` and put the path in --repository` : ""}`);
  }
  if (!HOST_RE.test(value)) throw new UsageError(`--registry "${value}" is not host[:port]`);
  return value;
}

/**
 * Where the cluster's artifact lives: flags first, then the cluster's artifact target (from the
 * cluster package, or as a build recorded it in validation.json).
 */
export async function registryTarget(cluster: Pick<ClusterPackage["cluster"], "name" | "artifact">, flags: Flags): Promise<RepositoryRef> {
  const fromFlag = { registry: typeof flags.registry === "string", repository: typeof flags.repository === "string" };
  const registry = typeof flags.registry === "string" ? checkRegistryFlag(flags.registry) : cluster.artifact?.registry;
  const repository = typeof flags.repository === "string" ? flags.repository : cluster.artifact?.repository;
  if (!registry || !repository) {
    throw new UsageError(`cluster ${cluster.name} has no artifact target: set artifact: { registry, repository } in its cluster() or pass --registry and --repository`);
  }
  const ref = { registry, repository };
  try {
    checkRepository(ref);
  } catch (err) {
    if (!(err instanceof ImageReferenceError)) throw err;
    const repoBad = !/^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*$/.test(repository);
    const what = repoBad ? `repository "${repository}" is not a repository name (${REPOSITORY_HELP})` : `registry "${registry.includes("@") ? "(credentials not shown)" : registry}" is not host[:port]`;
    // A bad flag is a usage error (2); a bad value in the cluster's code is a finding (1).
    if ((repoBad && fromFlag.repository) || (!repoBad && fromFlag.registry)) throw new UsageError(`--${what}`);
    throw new (await core()).ConfigError(`artifact.${what}`, { cluster: cluster.name });
  }
  return ref;
}

/** "90", "90s", "10m", "1h" -> milliseconds. */
export function parseDuration(text: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) throw new UsageError(`${flag} ${text} is not a duration such as 90s, 10m or 1h`);
  const ms = Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? "s"]!;
  if (!(ms > 0)) throw new UsageError(`${flag} ${text} must be more than zero`);
  return ms;
}

/** "1048576", "512KiB", "256MiB", "1GiB" (also KB/MB/GB as powers of 1000) -> bytes. */
export function parseSize(text: string, flag: string): number {
  const m = /^(\d+)\s*(B|KiB|MiB|GiB|KB|MB|GB)?$/i.exec(text.trim());
  if (!m) throw new UsageError(`${flag} ${text} is not a size such as 256MiB or 1GiB`);
  const unit = (m[2] ?? "B").toLowerCase();
  const factor: Record<string, number> = { b: 1, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, kb: 1e3, mb: 1e6, gb: 1e9 };
  const bytes = Number(m[1]) * (factor[unit] ?? 1);
  if (bytes <= 0) throw new UsageError(`${flag} ${text} must be more than zero`);
  return bytes;
}

export function registryClient(ref: RepositoryRef, flags: Flags, access: "pull" | "push"): RegistryClient {
  const retries = typeof flags.retries === "string" ? Number(flags.retries) : undefined;
  if (retries !== undefined && (!Number.isInteger(retries) || retries < 0)) throw new UsageError(`--retries ${String(flags.retries)} is not a count`);
  const total = parseDuration(typeof flags.timeout === "string" ? flags.timeout : DEFAULT_TIMEOUT, "--timeout");
  const credentials = resolveCredentials(ref.registry);
  progress(`[registry] ${ref.registry}: ${credentials ? credentials.toString() : "anonymous (no credentials found)"}`);
  return new RegistryClient({
    registry: ref.registry,
    access,
    credentials,
    deadline: Date.now() + total,
    ...(flags["plain-http"] ? { plainHttp: true } : {}),
    ...(retries !== undefined ? { retry: { retries } } : {}),
    onRetry: (m) => progress(`[registry] ${m}`),
  });
}

/** The key push signs with: --signing-key FILE, else GITOPS_SIGNING_KEY (PEM), else GITOPS_SIGNING_KEY_FILE. */
export function signingKey(flags: Flags, env: Readonly<Record<string, string | undefined>> = process.env): SigningKey {
  const file = typeof flags["signing-key"] === "string" ? flags["signing-key"] : env[SIGNING_ENV.key] ? undefined : env[SIGNING_ENV.keyFile];
  const what = file ? `signing key ${file}` : `$${SIGNING_ENV.key}`;
  let pem: string | undefined;
  if (file) {
    try {
      pem = readFileSync(file, "utf8");
    } catch (err) {
      throw new UsageError(`cannot read the ${what}: ${err instanceof Error && "code" in err ? String(err.code) : String(err)}`);
    }
  } else {
    pem = env[SIGNING_ENV.key];
  }
  if (!pem) {
    throw new UsageError(`no signing key: set ${SIGNING_ENV.key} (the PEM of an ECDSA P-256 private key) or ${SIGNING_ENV.keyFile}, or pass --signing-key FILE; --unsigned pushes without a signature`);
  }
  try {
    return loadSigningKey(pem, what);
  } catch (err) {
    if (err instanceof SigningError) throw new UsageError(err.message);
    throw err;
  }
}

/**
 * The message without what the prefix already says: "push to <registry>/<repo> failed:" need not
 * be followed by "upload of blob … to <registry>/<repo>".
 */
export function withoutRepeats(message: string, where: string): string {
  return message.replaceAll(` to ${where}`, "").replaceAll(` in ${where}`, "").replaceAll(` from ${where}`, "");
}

/** The message of an error the user can act on; undefined for a bug (which should crash loudly). */
export function userFacing(err: unknown): string | undefined {
  const known = [RegistryError, CredentialsError, LayoutError, ManifestError, DigestMismatchError, ImageReferenceError, ArtifactError, TarError, SigningError, UsageError];
  return known.some((k) => err instanceof k) ? (err as Error).message : undefined;
}
