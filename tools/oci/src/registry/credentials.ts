import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { childProcess } from "../lazy-modules.ts";

/**
 * A username and password (a Harbor robot account such as robot$ci, or a token). The password
 * is a private field: printing, logging or JSON-serialising a Credentials shows only where it
 * came from.
 */
export class Credentials {
  readonly username: string;
  /** Where they were read from, e.g. "GITOPS_REGISTRY_USERNAME/PASSWORD" (safe to print). */
  readonly source: string;
  readonly #password: string;
  constructor(username: string, password: string, source: string) {
    this.username = username;
    this.#password = password;
    this.source = source;
  }

  /** The value of an Authorization: Basic header. */
  basic(): string {
    return `Basic ${Buffer.from(`${this.username}:${this.#password}`, "utf8").toString("base64")}`;
  }

  toString(): string {
    return `credentials from ${this.source}`;
  }

  toJSON(): { source: string } {
    return { source: this.source };
  }

  [inspect.custom](): string {
    return `Credentials(${this.source})`;
  }
}

export const ENV_USERNAME = "GITOPS_REGISTRY_USERNAME";
export const ENV_PASSWORD = "GITOPS_REGISTRY_PASSWORD";

export class CredentialsError extends Error {
  override name = "CredentialsError";
}

type Env = Readonly<Record<string, string | undefined>>;

/** Docker's and containers' (skopeo, podman) auth files, in the order they are consulted. */
export function authFiles(env: Env = process.env): string[] {
  const files: string[] = [];
  if (env.REGISTRY_AUTH_FILE) files.push(env.REGISTRY_AUTH_FILE);
  if (env.XDG_RUNTIME_DIR) files.push(join(env.XDG_RUNTIME_DIR, "containers", "auth.json"));
  files.push(join(env.DOCKER_CONFIG ?? join(env.HOME ?? homedir(), ".docker"), "config.json"));
  return files;
}

interface AuthFile {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/** "https://host/v1/" and "host" name the same registry in auth files. */
function normaliseKey(key: string): string {
  return key.replace(/^[a-z]+:\/\//, "").replace(/\/.*$/, "");
}

function fromHelper(helper: string, registry: string, file: string): Credentials {
  const bin = `docker-credential-${helper}`;
  let out: string;
  try {
    out = childProcess().execFileSync(bin, ["get"], { input: registry, encoding: "utf8", stdio: ["pipe", "pipe", "ignore"], timeout: 30_000 });
  } catch {
    throw new CredentialsError(`${file} keeps the credentials for ${registry} in the helper ${bin}, which failed or is not installed: install it, or set ${ENV_USERNAME} and ${ENV_PASSWORD}`);
  }
  const parsed = JSON.parse(out) as { Username?: string; Secret?: string };
  if (!parsed.Username || !parsed.Secret) throw new CredentialsError(`${bin} returned no credentials for ${registry}`);
  return new Credentials(parsed.Username, parsed.Secret, `${bin}`);
}

function fromAuthFile(file: string, registry: string): Credentials | undefined {
  let config: AuthFile;
  try {
    config = JSON.parse(readFileSync(file, "utf8")) as AuthFile;
  } catch {
    throw new CredentialsError(`${file} is not valid JSON: fix or remove it`);
  }
  const entry = Object.entries(config.auths ?? {}).find(([k]) => normaliseKey(k) === registry)?.[1];
  if (entry?.auth) {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) throw new CredentialsError(`${file}: the auth entry for ${registry} is not base64 of user:password`);
    return new Credentials(decoded.slice(0, colon), decoded.slice(colon + 1), file);
  }
  if (entry?.username && entry.password) return new Credentials(entry.username, entry.password, file);
  const helper = config.credHelpers?.[registry] ?? (entry ? config.credsStore : undefined);
  if (helper) return fromHelper(helper, registry, file);
  return undefined;
}

/**
 * The credentials for `registry`: GITOPS_REGISTRY_USERNAME/PASSWORD first (CI), then the auth
 * files `docker login`, `skopeo login` and `podman login` write. Undefined means anonymous.
 */
export function resolveCredentials(registry: string, env: Env = process.env): Credentials | undefined {
  const user = env[ENV_USERNAME];
  const password = env[ENV_PASSWORD];
  if (user && password) return new Credentials(user, password, `${ENV_USERNAME}/PASSWORD`);
  if (user || password) throw new CredentialsError(`set both ${ENV_USERNAME} and ${ENV_PASSWORD}, or neither`);
  for (const file of authFiles(env)) {
    if (!existsSync(file)) continue;
    const found = fromAuthFile(file, registry);
    if (found) return found;
  }
  return undefined;
}
