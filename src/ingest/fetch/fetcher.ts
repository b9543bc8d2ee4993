/**
 * Fetching like a good citizen: a clear User-Agent, robots.txt obeyed, per-host spacing and
 * concurrency, a time limit per request, redirects followed by hand (at most `maxRedirects`,
 * each hop checked by the SSRF guard and robots.txt again), bodies capped in size, only
 * textual content types read, retries with backoff for 429, 5xx and dropped connections, and
 * conditional requests with ETag / Last-Modified validators.
 */

import * as http from "node:http";
import * as https from "node:https";
import { asHarbingerError, HarbingerError } from "../../errors.js";
import { systemClock } from "./clock.js";
import { header, parseHttpUrl } from "./fetch-checks.js";
import {
  FETCH_DEFAULTS,
  type Fetcher,
  type FetcherOptions,
  type FetchStats,
} from "./fetch-types.js";
import { addressPolicy, guardedLookup } from "./guarded-lookup.js";
import { HostLimiter } from "./host-limiter.js";
import type { RawResponse, RequestSettings } from "./http-request.js";
import { type RetryContext, retryingRequest } from "./retrying-request.js";
import { RobotsCache } from "./robots.js";
import { defaultUserAgent } from "./user-agent.js";
import type { Validators } from "./validator-store.js";

export type { Fetcher, FetcherOptions, FetchRequest, FetchResult } from "./fetch-types.js";

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const o = { ...FETCH_DEFAULTS, ...options };
  const clock = options.clock ?? systemClock;
  const userAgent = options.userAgent ?? defaultUserAgent();
  const allowAddress = options.allowAddress ?? addressPolicy(options.allowPrivate ?? false);
  const agentOptions = { keepAlive: true, maxSockets: o.perHostConcurrency };
  const settings: RequestSettings = {
    userAgent,
    timeoutMs: o.timeoutMs,
    maxBytes: o.maxBytes,
    allowAddress,
    lookup: guardedLookup(allowAddress),
    agents: { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) },
  };
  const stats: FetchStats = { requests: 0, fetched: 0, notModified: 0, retries: 0 };
  const limiter = new HostLimiter({
    total: o.concurrency,
    perHost: o.perHostConcurrency,
    intervalMs: o.perHostIntervalMs,
    clock,
  });
  const context: RetryContext = {
    settings,
    limiter,
    clock,
    stats,
    policy: {
      retries: o.retries,
      baseDelayMs: o.retryBaseDelayMs,
      maxDelayMs: o.maxRetryDelayMs,
      random: options.random ?? Math.random,
    },
  };
  const robots = new RobotsCache(
    async (robotsUrl, signal) => {
      const response = await follow(robotsUrl, {}, signal, false);
      return { status: response.status, text: Buffer.from(response.body).toString("utf8") };
    },
    userAgent,
    clock,
  );

  /** Requests `start` and the redirects it leads to; only the first request is conditional. */
  async function follow(
    start: URL,
    firstHeaders: Record<string, string>,
    signal: AbortSignal | undefined,
    checkRobots: boolean,
  ): Promise<RawResponse & { readonly url: URL }> {
    let url = start;
    for (let hop = 0; ; hop++) {
      if (checkRobots && options.respectRobots !== false) {
        const verdict = await robots.check(url, signal);
        if (verdict.crawlDelayMs !== undefined) limiter.slowDown(url.host, verdict.crawlDelayMs);
        if (verdict.failure !== undefined) throw robotsFailure(verdict.failure, url);
        if (!verdict.allowed) throw new HarbingerError("E_ROBOTS", url.toString(), verdict.reason);
      }
      const response = await retryingRequest(context, url, hop === 0 ? firstHeaders : {}, signal);
      const location = header(response.headers.location);
      if (!REDIRECTS.has(response.status) || location === undefined) return { ...response, url };
      if (hop >= o.maxRedirects) {
        const detail = `more than ${o.maxRedirects} redirects`;
        throw new HarbingerError("E_REDIRECT", start.toString(), detail);
      }
      url = redirectTarget(url, location);
    }
  }

  return {
    stats,
    userAgent,
    close: () => {
      settings.agents.http.destroy();
      settings.agents.https.destroy();
    },
    async fetch(address, request = {}) {
      const response = await follow(
        parseHttpUrl(address),
        conditionalHeaders(request.validators),
        request.signal,
        true,
      );
      const url = response.url.toString();
      if (response.status === 304 && request.validators !== undefined) {
        stats.notModified++;
        return { url, notModified: true, body: response.body, validators: request.validators };
      }
      if (response.status < 200 || response.status >= 300) {
        const reason = http.STATUS_CODES[response.status] ?? "";
        throw new HarbingerError("E_HTTP", url, `HTTP ${response.status} ${reason}`.trim());
      }
      stats.fetched++;
      const contentType = header(response.headers["content-type"]);
      const validators = validatorsOf(response.headers);
      return {
        url,
        notModified: false,
        body: response.body,
        ...(contentType !== undefined && { contentType }),
        ...(validators !== undefined && { validators }),
      };
    },
  };
}

/** The error that kept a site's robots.txt from being read, reported for the page. */
function robotsFailure(failure: unknown, url: URL): HarbingerError {
  if (!(failure instanceof HarbingerError)) return asHarbingerError(failure, url.toString());
  const detail = failure.message.slice(failure.input.length + 2);
  return new HarbingerError(failure.code, url.toString(), `robots.txt ${detail}`);
}

function redirectTarget(from: URL, location: string): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new HarbingerError("E_REDIRECT", from.toString(), `to an invalid address "${location}"`);
  }
  if (next.protocol !== "http:" && next.protocol !== "https:") {
    throw new HarbingerError("E_REDIRECT", from.toString(), `to a ${next.protocol} address`);
  }
  return next;
}

function conditionalHeaders(validators: Validators | undefined): Record<string, string> {
  return {
    ...(validators?.etag !== undefined && { "if-none-match": validators.etag }),
    ...(validators?.lastModified !== undefined && {
      "if-modified-since": validators.lastModified,
    }),
  };
}

function validatorsOf(headers: http.IncomingHttpHeaders): Validators | undefined {
  const etag = header(headers.etag);
  const lastModified = header(headers["last-modified"]);
  if (etag === undefined && lastModified === undefined) return undefined;
  return {
    ...(etag !== undefined && { etag }),
    ...(lastModified !== undefined && { lastModified }),
  };
}
