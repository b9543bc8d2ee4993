/** The fetcher's options, defaults, requests and results. */

import type { Clock } from "./clock.js";
import type { AddressPolicy } from "./guarded-lookup.js";
import type { Validators } from "./validator-store.js";

export interface FetcherOptions {
  readonly userAgent?: string;
  /** Allow private, loopback and link-local addresses (`--allow-private`). */
  readonly allowPrivate?: boolean;
  /** Replaces the address rule `allowPrivate` selects (tests, special deployments). */
  readonly allowAddress?: AddressPolicy;
  /** Time limit of one request, from connecting to the last byte of the body. */
  readonly timeoutMs?: number;
  /** Largest body, after decompression. */
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  /** Requests in flight at once, over all hosts. */
  readonly concurrency?: number;
  readonly perHostConcurrency?: number;
  /** Least time between two request starts to one host. */
  readonly perHostIntervalMs?: number;
  readonly retries?: number;
  readonly retryBaseDelayMs?: number;
  readonly maxRetryDelayMs?: number;
  readonly respectRobots?: boolean;
  readonly clock?: Clock;
  readonly random?: () => number;
}

export const FETCH_DEFAULTS = {
  timeoutMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  concurrency: 8,
  perHostConcurrency: 2,
  perHostIntervalMs: 1_000,
  retries: 2,
  retryBaseDelayMs: 1_000,
  maxRetryDelayMs: 60_000,
} as const;

export interface FetchRequest {
  /** Validators from an earlier fetch: the answer may be "not modified". */
  readonly validators?: Validators;
  readonly signal?: AbortSignal;
}

export interface FetchResult {
  /** The address the body came from, after redirects. */
  readonly url: string;
  readonly notModified: boolean;
  readonly contentType?: string;
  /** Empty when not modified. */
  readonly body: Uint8Array;
  /** This answer's validators, for the next conditional request. */
  readonly validators?: Validators;
}

export interface FetchStats {
  requests: number;
  fetched: number;
  notModified: number;
  retries: number;
}

export interface Fetcher {
  fetch(url: string, request?: FetchRequest): Promise<FetchResult>;
  readonly stats: Readonly<FetchStats>;
  readonly userAgent: string;
  /** Closes pooled connections; the fetcher is unusable afterwards. */
  close(): void;
}
