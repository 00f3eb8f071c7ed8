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

/**
 * The code, message and detail of a distribution error body ({"errors":[{code,message,detail}]}),
 * if any. The detail is where Distribution says what really happened behind "UNKNOWN: unknown
 * error" (a full disk: "write …/data: no space left on device"), so it is kept.
 */
export function errorDetail(body: string): string {
  try {
    const json: unknown = JSON.parse(body);
    if (typeof json === "object" && json !== null && "errors" in json && Array.isArray(json.errors)) {
      return json.errors
        .map((e: unknown) => {
          if (typeof e !== "object" || e === null || !("code" in e)) return "";
          const message = "message" in e ? `: ${String(e.message)}` : "";
          const detail = "detail" in e && typeof e.detail === "string" && e.detail !== "" ? ` (${e.detail.slice(0, 300)})` : "";
          return `${String(e.code)}${message}${detail}`;
        })
        .filter(Boolean)
        .join("; ");
    }
  } catch {
    // not JSON: fall through to the raw text
  }
  return body.trim().slice(0, 200);
}

/**
 * What a full registry says: Distribution passes the storage driver's ENOSPC through, Harbor
 * answers its project quota with QUOTA_EXCEEDED / "exceed the configured upper limit". Neither
 * is transient: retrying only fills the log.
 */
export function storageFull(detail: string): string | undefined {
  if (/no space left on device|ENOSPC|disk quota exceeded|EDQUOT/i.test(detail)) return "the registry's storage is full (no space left on device)";
  if (/quota|exceed(s|ed)? the configured upper limit/i.test(detail)) return "the registry refused it over a storage quota";
  return undefined;
}

export const STORAGE_FULL_HINT = "Free space on the registry's storage or raise the project's quota (Harbor: Projects > Quotas), then push again; nothing was tagged.";
