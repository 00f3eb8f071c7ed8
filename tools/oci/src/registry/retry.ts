import { setTimeout as sleep } from "node:timers/promises";
import { isTransient, RegistryError } from "./errors.ts";

export interface RetryPolicy {
  /** Retries after the first attempt (default 4). */
  retries: number;
  /** First backoff delay; doubled each retry up to maxDelayMs (defaults 500 ms, 8 s). */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 4, baseDelayMs: 500, maxDelayMs: 8000 };

/**
 * Runs `attempt` until it succeeds, retrying with exponential backoff (and jitter, so parallel
 * CI jobs do not retry in step) only when it failed transiently. Anything else fails at once.
 * With a `deadline` (epoch ms), no retry starts whose backoff would end past it: the whole
 * operation, retries included, is bounded. Callers keep to one retry layer (an operation that
 * retries as a whole runs its requests with retry: false), so attempts never multiply and the
 * "gave up" note appears once.
 */
export async function withRetry<T>(policy: RetryPolicy, what: string, attempt: () => Promise<T>, onRetry?: (msg: string) => void, deadline?: number): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (err) {
      const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** n) * (0.75 + Math.random() * 0.5);
      const outOfTime = deadline !== undefined && Date.now() + delay >= deadline;
      if (!isTransient(err) || n >= policy.retries || outOfTime) {
        if (isTransient(err) && err instanceof RegistryError && (n > 0 || outOfTime)) {
          const why = outOfTime ? `gave up after ${n + 1} attempt${n === 0 ? "" : "s"}: the time limit (--timeout) ran out` : `gave up after ${n + 1} attempts`;
          throw new RegistryError(err.kind, `${err.what} (${why})`, err.hint, false, err.status);
        }
        throw err;
      }
      onRetry?.(`${what}: ${err instanceof RegistryError ? err.what.replace(`${what}: `, "") : String(err)}; retry ${n + 1}/${policy.retries} in ${Math.round(delay)} ms`);
      await sleep(delay);
    }
  }
}
