/**
 * One HTTP GET, without redirects or retries (the fetcher adds those): connects only to
 * addresses the guard allows, sends the User-Agent and conditional headers, enforces a time
 * limit for the whole exchange, and reads a body of at most `maxBytes` (after decompression),
 * aborting as soon as it is exceeded.
 */

import * as http from "node:http";
import * as https from "node:https";
import type { LookupFunction } from "node:net";
import type { Transform } from "node:stream";
import * as zlib from "node:zlib";
import { HarbingerError } from "../../errors.js";
import { toBuffer } from "../byte-chunks.js";
import { tooLargeDetail } from "../format-size.js";
import { type AddressPolicy, BlockedAddressError, checkHost } from "./guarded-lookup.js";

export interface RequestSettings {
  readonly userAgent: string;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly allowAddress: AddressPolicy;
  readonly lookup: LookupFunction;
  readonly agents: { readonly http: http.Agent; readonly https: https.Agent };
}

export interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  /** The decoded body; empty for redirects, 304 and when `accept` refused the response. */
  readonly body: Uint8Array;
}

export interface RequestOptions {
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
  /**
   * Decides from the status and headers whether the body is worth reading; throwing here
   * refuses the response before any of its body is downloaded.
   */
  readonly accept?: (status: number, headers: http.IncomingHttpHeaders) => boolean;
}

/** A network failure with its errno code, for the retry policy. */
export class NetworkError extends HarbingerError {
  constructor(
    input: string,
    readonly errno: string,
    detail: string,
  ) {
    super(errno === "E_TIMEOUT" ? "E_TIMEOUT" : "E_NETWORK", input, detail);
  }
}

export async function requestOnce(
  url: URL,
  settings: RequestSettings,
  options: RequestOptions = {},
): Promise<RawResponse> {
  checkHost(url, settings.allowAddress);
  const input = url.toString();
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), settings.timeoutMs);
  const signal =
    options.signal === undefined ? timer.signal : AbortSignal.any([timer.signal, options.signal]);
  try {
    return await exchange(url, settings, options, signal);
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (timer.signal.aborted) {
      throw new NetworkError(input, "E_TIMEOUT", `no complete answer in ${settings.timeoutMs} ms`);
    }
    throw asRequestError(error, input);
  } finally {
    clearTimeout(timeout);
  }
}

async function exchange(
  url: URL,
  settings: RequestSettings,
  options: RequestOptions,
  signal: AbortSignal,
): Promise<RawResponse> {
  const secure = url.protocol === "https:";
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const request = (secure ? https : http).get(url, {
      agent: secure ? settings.agents.https : settings.agents.http,
      lookup: settings.lookup,
      signal,
      headers: {
        "user-agent": settings.userAgent,
        accept:
          "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/*;q=0.8",
        "accept-encoding": "gzip, deflate, br",
        ...options.headers,
      },
    });
    request.once("response", resolve);
    request.once("error", reject);
  });
  const status = response.statusCode ?? 0;
  try {
    if (options.accept !== undefined && !options.accept(status, response.headers)) {
      return { status, headers: response.headers, body: new Uint8Array(0) };
    }
    const declared = Number(response.headers["content-length"]);
    if (Number.isFinite(declared) && declared > settings.maxBytes) {
      throw new HarbingerError(
        "E_TOO_LARGE",
        url.toString(),
        tooLargeDetail(declared, settings.maxBytes),
      );
    }
    const body = await readBody(response, url.toString(), settings.maxBytes);
    return { status, headers: response.headers, body };
  } catch (error) {
    // A body abandoned half-way is not worth downloading to the end: close the connection.
    response.destroy();
    throw error;
  } finally {
    // An unread body (a redirect's, an error page's) is drained so the connection is reused.
    if (!response.destroyed) response.resume();
  }
}

function decoderFor(encoding: string | undefined): Transform | undefined {
  switch (encoding?.trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return zlib.createGunzip();
    case "deflate":
      return zlib.createInflate();
    case "br":
      return zlib.createBrotliDecompress();
    default:
      return undefined;
  }
}

/** Collects the decoded body, stopping as soon as it passes `maxBytes` (a zip bomb included). */
async function readBody(
  response: http.IncomingMessage,
  input: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  const decoder = decoderFor(response.headers["content-encoding"]);
  if (decoder !== undefined) response.once("error", (error) => decoder.destroy(error));
  const source: AsyncIterable<Buffer | string> =
    decoder === undefined ? response : response.pipe(decoder);
  // Leaving the loop early (the limit) destroys the decoder; the caller destroys the response.
  for await (const piece of source) {
    const chunk = toBuffer(piece);
    size += chunk.length;
    if (size > maxBytes) {
      const detail = tooLargeDetail(size - chunk.length, maxBytes, false);
      throw new HarbingerError("E_TOO_LARGE", input, detail);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

function asRequestError(error: unknown, input: string): Error {
  if (error instanceof HarbingerError) return error;
  if (error instanceof BlockedAddressError) {
    return new HarbingerError("E_BLOCKED_ADDRESS", input, error.message);
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "Z_DATA_ERROR" || code === "Z_BUF_ERROR" || code === "ERR_PADDING_1") {
    return new NetworkError(input, "E_DECODE", `the compressed body is corrupt: ${message}`);
  }
  return new NetworkError(input, code ?? "UNKNOWN", message);
}
