/**
 * When a failed fetch is worth repeating and how long to wait first: rate limiting (429),
 * server errors and dropped connections are retried with exponential backoff and jitter, and a
 * server's Retry-After is honoured up to a cap; everything else fails at once.
 */

const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
const RETRYABLE_NETWORK = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "E_TIMEOUT",
]);

export interface RetryPolicy {
  /** Retries after the first attempt. */
  readonly retries: number;
  /** The first backoff; each later one doubles. */
  readonly baseDelayMs: number;
  /** Longest wait accepted, from backoff or Retry-After; a longer Retry-After fails the fetch. */
  readonly maxDelayMs: number;
  /** Random number in [0, 1) for jitter; injectable for tests. */
  readonly random: () => number;
}

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUS.has(status);
}

export function isRetryableNetworkCode(code: string | undefined): boolean {
  return code !== undefined && RETRYABLE_NETWORK.has(code);
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before retry number `attempt` (0 for the first retry), or undefined when the
 * server asks for longer than the policy allows. Jitter ("equal jitter") spreads retries from
 * many clients so that they do not arrive together.
 */
export function backoffDelay(
  policy: RetryPolicy,
  attempt: number,
  retryAfterMs?: number,
): number | undefined {
  if (retryAfterMs !== undefined) {
    return retryAfterMs > policy.maxDelayMs ? undefined : retryAfterMs;
  }
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(exponential / 2 + (policy.random() * exponential) / 2);
}
