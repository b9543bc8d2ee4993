/**
 * One request through the host limiter, repeated while the retry policy says another try may
 * help: 429 and 5xx answers and dropped connections, after a backoff or the server's
 * Retry-After. The last answer (or error) is returned as it is.
 */

import type { Clock } from "./clock.js";
import { acceptBody, header } from "./fetch-checks.js";
import type { FetchStats } from "./fetch-types.js";
import type { HostLimiter } from "./host-limiter.js";
import {
  NetworkError,
  type RawResponse,
  type RequestSettings,
  requestOnce,
} from "./http-request.js";
import {
  backoffDelay,
  isRetryableNetworkCode,
  isRetryableStatus,
  parseRetryAfter,
  type RetryPolicy,
} from "./retry-policy.js";

export interface RetryContext {
  readonly settings: RequestSettings;
  readonly limiter: HostLimiter;
  readonly policy: RetryPolicy;
  readonly clock: Clock;
  readonly stats: FetchStats;
}

export async function retryingRequest(
  context: RetryContext,
  url: URL,
  headers: Readonly<Record<string, string>>,
  signal: AbortSignal | undefined,
): Promise<RawResponse> {
  const { settings, limiter, policy, clock, stats } = context;
  const options = { headers, accept: acceptBody(url), ...(signal !== undefined && { signal }) };
  for (let retry = 0; ; retry++) {
    let response: RawResponse | undefined;
    let failure: unknown;
    try {
      stats.requests++;
      response = await limiter.run(url.host, () => requestOnce(url, settings, options), signal);
    } catch (error) {
      failure = error;
    }
    const retryable =
      response !== undefined
        ? isRetryableStatus(response.status)
        : failure instanceof NetworkError && isRetryableNetworkCode(failure.errno);
    const retryAfter = parseRetryAfter(header(response?.headers["retry-after"]), clock.now());
    const delay =
      retryable && retry < policy.retries ? backoffDelay(policy, retry, retryAfter) : undefined;
    if (delay === undefined) {
      if (response !== undefined) return response;
      throw failure;
    }
    stats.retries++;
    await clock.sleep(delay, signal);
  }
}
