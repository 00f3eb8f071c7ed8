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
 */
export async function withRetry<T>(policy: RetryPolicy, what: string, attempt: () => Promise<T>, onRetry?: (msg: string) => void): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (err) {
      if (!isTransient(err) || n >= policy.retries) {
        if (isTransient(err) && err instanceof RegistryError && policy.retries > 0) {
          throw new RegistryError(err.kind, `${err.what} (gave up after ${n + 1} attempts)`, err.hint, true, err.status);
        }
        throw err;
      }
      const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** n) * (0.75 + Math.random() * 0.5);
      onRetry?.(`${what}: ${err instanceof Error ? err.message.split(". ")[0] : String(err)}; retry ${n + 1}/${policy.retries} in ${Math.round(delay)} ms`);
      await sleep(delay);
    }
  }
}
