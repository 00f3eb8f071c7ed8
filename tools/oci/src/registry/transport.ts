import { parseChallenge, type Challenge } from "./challenge.ts";
import { ENV_PASSWORD, ENV_USERNAME, type Credentials } from "./credentials.ts";
import { errorDetail, RegistryError, STORAGE_FULL_HINT, storageFull } from "./errors.ts";
import { Connections, httpFetch, type HttpResponse } from "./http.ts";
import { isLoopback } from "./reference.ts";
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from "./retry.ts";

export interface TransportOptions {
  /** host[:port] */
  registry: string;
  /** Speak HTTP instead of HTTPS (default: only for loopback hosts). */
  plainHttp?: boolean;
  /** Anonymous without. */
  credentials?: Credentials;
  retry?: Partial<RetryPolicy>;
  /** Per request (default 120 s). */
  timeoutMs?: number;
  /**
   * Epoch ms by which everything this transport does must be over, retries included (--timeout).
   * A request starting near it gets only the time left.
   */
  deadline?: number;
  /** Told about each retry (progress output). */
  onRetry?: (message: string) => void;
}

export interface SendOptions {
  /** What is being done, for messages: "upload of blob sha256:ab12…". */
  what: string;
  /** Token scope, e.g. repository:k8s-gitops/cluster-infra:pull,push. */
  scope: string;
  headers?: Record<string, string>;
  body?: Uint8Array;
  /** Retry transient failures here (default true); false when the caller retries a larger unit. */
  retry?: boolean;
}

// Codes of a connection that broke or never came up: Node's socket errors (and undici's, for
// a fetch() a caller may still use).
const TRANSIENT_CODES = new Set([
  "ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH",
  "UND_ERR_SOCKET", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "UND_ERR_CLOSED",
]);

/** Whether scope `have` already grants what `want` asks (same resource, a subset of actions). */
function covers(have: string, want: string): boolean {
  const split = (s: string): [string, string[]] => [s.slice(0, s.lastIndexOf(":")), s.slice(s.lastIndexOf(":") + 1).split(",")];
  const [haveRes, haveActions] = split(have);
  const [wantRes, wantActions] = split(want);
  return haveRes === wantRes && wantActions.every((a) => haveActions.includes(a));
}

function causeCode(err: unknown): string | undefined {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

/**
 * HTTP to one registry: picks the scheme, adds credentials the way the registry's
 * WWW-Authenticate challenge asks (Basic, or a Bearer token from its token service), turns
 * failures into RegistryErrors that say what to do, and retries the transient ones.
 */
export class Transport {
  readonly registry: string;
  readonly base: string;
  readonly policy: RetryPolicy;
  readonly #credentials: Credentials | undefined;
  readonly #timeoutMs: number;
  readonly #deadline: number | undefined;
  readonly #onRetry: ((message: string) => void) | undefined;
  #basic = false;
  readonly #tokens = new Map<string, string>();
  readonly #connections = new Connections();

  constructor(o: TransportOptions) {
    this.registry = o.registry;
    this.base = `${(o.plainHttp ?? isLoopback(o.registry)) ? "http" : "https"}://${o.registry}`;
    this.policy = { ...DEFAULT_RETRY, ...o.retry };
    this.#credentials = o.credentials;
    this.#timeoutMs = o.timeoutMs ?? 120_000;
    this.#deadline = o.deadline;
    this.#onRetry = o.onRetry;
  }

  get who(): string {
    return this.#credentials ? this.#credentials.toString() : "anonymous access";
  }

  /** Closes this transport's connections (a later request opens new ones). */
  close(): void {
    this.#connections.close();
  }

  retry<T>(what: string, attempt: () => Promise<T>): Promise<T> {
    return withRetry(this.policy, what, attempt, this.#onRetry, this.#deadline);
  }

  /** The signal of one request: its own timeout, cut short by the overall deadline. */
  #signal(what: string): { signal: AbortSignal; ms: number } {
    if (this.#deadline === undefined) return { signal: AbortSignal.timeout(this.#timeoutMs), ms: this.#timeoutMs };
    const left = this.#deadline - Date.now();
    if (left <= 0) {
      throw new RegistryError("timeout", `${what}: the time limit (--timeout) ran out before it could start`, "Raise --timeout, or check why the registry is slow, then run the command again.");
    }
    const ms = Math.min(this.#timeoutMs, left);
    return { signal: AbortSignal.timeout(ms), ms };
  }

  /** Sends a request; returns any response below 400 and 404, throws RegistryError otherwise. */
  async send(method: string, path: string | URL, o: SendOptions): Promise<HttpResponse> {
    const url = new URL(path, this.base);
    const once = (): Promise<HttpResponse> => this.#authorized(method, url, o);
    return o.retry === false ? once() : this.retry(o.what, once);
  }

  async #authorized(method: string, url: URL, o: SendOptions): Promise<HttpResponse> {
    let res = await this.#fetch(method, url, o);
    if (res.status === 401) {
      const header = res.headers.get("www-authenticate");
      await res.body?.cancel();
      await this.#authenticate(header ? parseChallenge(header) : undefined, o);
      res = await this.#fetch(method, url, o);
      if (res.status === 401) {
        await res.body?.cancel();
        // A valid token without the asked-for actions: Distribution says insufficient_scope.
        const again = parseChallenge(res.headers.get("www-authenticate") ?? "");
        if (again?.params.error === "insufficient_scope") throw this.#forbidden(o, "insufficient_scope", 401);
        throw this.#unauthorized(o.what);
      }
    }
    if (res.status === 403) throw this.#forbidden(o, errorDetail(await res.text()), 403);
    if (res.status === 429 || res.status >= 500) {
      const detail = errorDetail(await res.text());
      const full = storageFull(detail);
      if (full) throw new RegistryError("rejected", `${o.what}: ${full}: registry ${this.registry} answered ${res.status} (${detail})`, STORAGE_FULL_HINT, false, res.status);
      throw new RegistryError(
        "server",
        `${o.what}: registry ${this.registry} answered ${res.status}${detail ? ` (${detail})` : ""}`,
        "The registry is failing or overloaded: check its health and logs, then run the command again (what was uploaded stays).",
        true,
        res.status,
      );
    }
    return res;
  }

  #forbidden(o: SendOptions, detail: string, status: number): RegistryError {
    const project = o.scope.split(":")[1]?.split("/")[0] ?? "";
    return new RegistryError(
      "forbidden",
      `${o.what}: registry ${this.registry} denied it to ${this.who} (${status}${detail ? `, ${detail}` : ""})`,
      `Give the account (Harbor robot account) ${o.scope.endsWith("push") ? "push and pull" : "pull"} permission on project "${project}".`,
      false,
      status,
    );
  }

  #unauthorized(what: string): RegistryError {
    return this.#credentials
      ? new RegistryError(
          "unauthorized",
          `${what}: registry ${this.registry} rejected the ${this.who} (401)`,
          "Check the robot account's name and secret (not expired, not disabled), then run the command again.",
          false,
          401,
        )
      : new RegistryError(
          "unauthorized",
          `${what}: registry ${this.registry} requires credentials (401)`,
          `Set ${ENV_USERNAME} and ${ENV_PASSWORD} (a Harbor robot account), or log in with docker/skopeo login ${this.registry}.`,
          false,
          401,
        );
  }

  async #authenticate(challenge: Challenge | undefined, o: SendOptions): Promise<void> {
    if (challenge?.scheme === "basic") {
      if (!this.#credentials || this.#basic) throw this.#unauthorized(o.what);
      this.#basic = true;
      return;
    }
    if (challenge?.scheme !== "bearer" || !challenge.params.realm) {
      throw new RegistryError("protocol", `${o.what}: registry ${this.registry} sent 401 without a usable WWW-Authenticate challenge`, "Check that the address is an OCI registry.", false, 401);
    }
    const realm = new URL(challenge.params.realm);
    if (challenge.params.service) realm.searchParams.set("service", challenge.params.service);
    realm.searchParams.append("scope", o.scope);
    if (challenge.params.scope && !covers(o.scope, challenge.params.scope)) realm.searchParams.append("scope", challenge.params.scope);
    const what = `token request to ${realm.origin}${realm.pathname} for ${o.what}`;
    let res: HttpResponse;
    try {
      const { signal } = this.#signal(what);
      res = await httpFetch(realm, {
        headers: this.#credentials ? { authorization: this.#credentials.basic() } : {},
        signal,
        connections: this.#connections,
      });
    } catch (err) {
      if (err instanceof RegistryError) throw err;
      throw this.#networkError(err, what, this.#timeoutMs);
    }
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel();
      throw this.#unauthorized(what);
    }
    if (res.status >= 500 || res.status === 429) {
      await res.body?.cancel();
      throw new RegistryError("server", `${what}: the token service answered ${res.status}`, "Check the registry's token service, then run the command again.", true, res.status);
    }
    const body: unknown = res.ok ? await res.json().catch(() => undefined) : undefined;
    const token = typeof body === "object" && body !== null ? ((body as { token?: unknown; access_token?: unknown }).token ?? (body as { access_token?: unknown }).access_token) : undefined;
    if (typeof token !== "string" || token === "") {
      throw new RegistryError("protocol", `${what}: the token service answered ${res.status} without a token`, "Check the registry's token service configuration.", false, res.status);
    }
    this.#tokens.set(o.scope, `Bearer ${token}`);
  }

  #authorization(url: URL, scope: string): string | undefined {
    if (url.origin !== new URL(this.base).origin) return undefined; // never leak credentials to a redirect target
    if (this.#basic && this.#credentials) return this.#credentials.basic();
    return this.#tokens.get(scope);
  }

  async #fetch(method: string, url: URL, o: SendOptions): Promise<HttpResponse> {
    const headers: Record<string, string> = { "user-agent": "k8s-gitops-oci", ...o.headers };
    const auth = this.#authorization(url, o.scope);
    if (auth) headers.authorization = auth;
    const { signal, ms } = this.#signal(o.what);
    try {
      return await httpFetch(url, { method, headers, body: o.body, signal, connections: this.#connections });
    } catch (err) {
      throw this.#networkError(err, o.what, ms);
    }
  }

  #networkError(err: unknown, what: string, ms: number): RegistryError {
    const code = causeCode(err);
    const name = err instanceof Error ? err.name : "";
    if (name === "TimeoutError" || name === "AbortError") {
      return new RegistryError("timeout", `${what}: registry ${this.registry} did not answer within ${Math.round(ms / 100) / 10} s`, "Check the registry's health and the network, then run the command again.", true);
    }
    if (code === "ECONNREFUSED") {
      return new RegistryError("unreachable", `${what}: cannot connect to registry ${this.registry} (${this.base}): connection refused`, "Check that the registry is running and that the registry address is right, then run the command again.", true);
    }
    if (code === "ENOTFOUND") {
      return new RegistryError("unreachable", `${what}: registry host ${this.registry} does not resolve`, "Check the registry name (the cluster's artifact.registry or --registry) and DNS.", false);
    }
    if (code?.startsWith("ERR_TLS") || code?.includes("CERT") || code === "EPROTO") {
      return new RegistryError("unreachable", `${what}: TLS with ${this.registry} failed (${code})`, "Trust the registry's CA (NODE_EXTRA_CA_CERTS), or use --plain-http for a registry without TLS.", false);
    }
    return new RegistryError(
      "unreachable",
      `${what}: the connection to registry ${this.registry} failed (${code ?? (err instanceof Error ? err.message : String(err))})`,
      "The network or the registry dropped the connection: run the command again; blobs already uploaded are not sent twice.",
      code === undefined || TRANSIENT_CODES.has(code),
    );
  }
}
