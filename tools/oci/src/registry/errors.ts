/** What kind of failure: decides the advice given and whether a retry can help. */
export type RegistryFailure =
  | "unreachable"
  | "timeout"
  | "unauthorized"
  | "forbidden"
  | "not-found"
  | "server"
  | "rejected"
  | "digest"
  | "protocol";

/**
 * A registry operation failed. The message says what failed; `hint` says what to do. Neither
 * ever contains a credential.
 */
export class RegistryError extends Error {
  override name = "RegistryError";
  readonly kind: RegistryFailure;
  /** What failed, without the advice. */
  readonly what: string;
  /** What to do about it. */
  readonly hint: string;
  /** A retry with backoff may succeed (connection reset, 5xx, 429, timeout). */
  readonly transient: boolean;
  readonly status: number | undefined;
  constructor(kind: RegistryFailure, what: string, hint: string, transient = false, status?: number) {
    super(`${what}. ${hint}`);
    this.kind = kind;
    this.what = what;
    this.hint = hint;
    this.transient = transient;
    this.status = status;
  }
}

export function isTransient(err: unknown): boolean {
  return err instanceof RegistryError && err.transient;
}

/** The code and message of a distribution error body ({"errors":[{code,message}]}), if any. */
export function errorDetail(body: string): string {
  try {
    const json: unknown = JSON.parse(body);
    if (typeof json === "object" && json !== null && "errors" in json && Array.isArray(json.errors)) {
      return json.errors
        .map((e: unknown) => (typeof e === "object" && e !== null && "code" in e ? `${String(e.code)}${"message" in e ? `: ${String(e.message)}` : ""}` : ""))
        .filter(Boolean)
        .join("; ");
    }
  } catch {
    // not JSON: fall through to the raw text
  }
  return body.trim().slice(0, 200);
}
