/**
 * The web side of `harbinger ingest`: options for fetching (--allow-private, --concurrency,
 * --user-agent), watch mode (--watch, --every) and logs (--log), and the bridge from the
 * source expander's items (articles, skips, errors) to the store's ingestion, reporting each
 * item on a progress bar (on a terminal), as JSON lines (elsewhere, or asked for) or as plain
 * error lines.
 */

import type { IngestReporter } from "../app/ingest-articles.js";
import { HarbingerError } from "../errors.js";
import type { InputItem } from "../ingest/input-item.js";
import { createProgress, type Progress } from "../ingest/report/progress.js";
import { IngestSummary } from "../ingest/report/summary.js";
import type { SourceItem, SourceOptions } from "../ingest/sources.js";
import { parseDuration } from "../ingest/watch/parse-duration.js";
import { watchFeeds } from "../ingest/watch/watch-feeds.js";
import type { Io } from "./io.js";

export const WEB_OPTIONS = {
  watch: { type: "boolean" },
  every: { type: "string" },
  "allow-private": { type: "boolean" },
  concurrency: { type: "string" },
  "user-agent": { type: "string" },
  log: { type: "string" },
} as const;

export const WEB_HELP = `  --watch         keep polling the feeds and OPML lists given, with conditional requests,
                  storing only new items; stop with Ctrl-C
  --every D       how often --watch polls: 15m (default), 1h, 90s …
  --allow-private also fetch from private, loopback and link-local addresses
  --concurrency N requests in flight at once over all sites (default 8, at most 2 per site)
  --user-agent S  the User-Agent sent (default Harbinger/VERSION (+homepage))
  --log F         how items are reported on stderr: auto (default) draws a progress bar on a
                  terminal and writes json otherwise; json writes one JSON object per item and
                  one for the summary; text prints only errors and skips, one line each`;

/** Skips that are routine (a duplicate, an unchanged feed): counted, not printed. */
const QUIET_SKIPS = new Set(["duplicate", "not-modified"]);

/** The default of `--every`. */
const DEFAULT_EVERY = "15m";
/** Polling faster than this is not polite to anyone's server. */
const MIN_EVERY_MS = 1000;

interface WebValues {
  readonly watch?: boolean;
  readonly every?: string;
  readonly "allow-private"?: boolean;
  readonly concurrency?: string;
  readonly "user-agent"?: string;
  readonly log?: string;
}

export interface WebSettings {
  readonly sources: SourceOptions;
  /** Set with --watch: the polling interval. */
  readonly watchEveryMs?: number;
  readonly log: LogFormat;
}

/** `--log`: auto is a progress bar on a terminal and JSON lines anywhere else. */
const LOG_FORMATS = ["auto", "text", "json"] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

function isLogFormat(value: string): value is LogFormat {
  return (LOG_FORMATS as readonly string[]).includes(value);
}

export function webSettings(values: WebValues): WebSettings {
  const log = values.log ?? "auto";
  if (!isLogFormat(log)) {
    throw new HarbingerError("E_USAGE", "--log", `expected auto, text or json, got "${log}"`);
  }
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && !(Number.isSafeInteger(concurrency) && concurrency > 0)) {
    throw new HarbingerError("E_USAGE", "--concurrency", "expected a positive whole number");
  }
  if (values.every !== undefined && !values.watch) {
    throw new HarbingerError("E_USAGE", "--every", "only means something with --watch");
  }
  const everyMs = values.watch ? parseDuration(values.every ?? DEFAULT_EVERY) : undefined;
  if (everyMs !== undefined && everyMs < MIN_EVERY_MS) {
    throw new HarbingerError("E_USAGE", "--every", "poll at most once a second");
  }
  const userAgent = values["user-agent"]?.trim();
  if (userAgent === "") throw new HarbingerError("E_USAGE", "--user-agent", "is empty");
  return {
    log,
    ...(everyMs !== undefined && { watchEveryMs: everyMs }),
    sources: {
      fetchOptions: {
        ...(values["allow-private"] && { allowPrivate: true }),
        ...(concurrency !== undefined && { concurrency }),
        ...(userAgent !== undefined && { userAgent }),
      },
      itemConcurrency: concurrency ?? 8,
    },
  };
}

/**
 * Reports a run's items as they happen and counts them: hands articles and errors on to the
 * store's ingestion (as the InputItems it reads) and reports skips itself.
 */
export class IngestReport {
  readonly summary = new IngestSummary();
  private readonly progress: Progress | undefined;
  private readonly waiting = new Map<string, SourceItem>();

  constructor(
    private readonly io: Io,
    log: LogFormat,
  ) {
    const stream = io.progress;
    if (stream !== undefined && log !== "text") {
      // createProgress draws a bar on a terminal; hiding the terminal gets JSON lines there too.
      const bar = log === "auto" && stream.isTTY === true;
      this.progress = createProgress(bar ? stream : { write: (t) => stream.write(t) });
    }
  }

  planned(count: number): void {
    this.progress?.planned(count);
  }

  async *inputs(items: AsyncIterable<SourceItem>): AsyncGenerator<InputItem> {
    for await (const item of items) {
      if ("skipped" in item) {
        this.done(item);
      } else if ("article" in item) {
        this.waiting.set(item.article.id, item);
        yield { article: item.article, input: item.input };
      } else {
        yield item;
      }
    }
  }

  /** The reporter the store's ingestion calls back. */
  readonly reporter: IngestReporter = {
    error: (error) => this.done({ error, input: error.input }),
    saved: (result) => {
      const item = this.waiting.get(result.articleId);
      this.waiting.delete(result.articleId);
      if (item !== undefined) this.done(item, result.status === "stored" ? "new" : "duplicate");
    },
  };

  private done(item: SourceItem, stored?: "new" | "duplicate"): void {
    this.summary.record(item, stored);
    if (this.progress !== undefined) {
      this.progress.item(item, stored);
    } else if ("error" in item) {
      this.io.error(`${item.error.message} [${item.error.code}]`);
    } else if ("skipped" in item && !QUIET_SKIPS.has(item.skipped.reason)) {
      this.io.error(`${item.input}: skipped, ${item.skipped.detail}`);
    }
  }

  /** Ends the progress output; the summary line for stdout. */
  finish(): string {
    this.progress?.done(this.summary);
    return `${this.summary.toString()}\n`;
  }
}

/** Polls until Ctrl-C (or SIGTERM), then returns so the store is closed cleanly. */
export async function watchIngest(
  sources: readonly string[],
  everyMs: number,
  options: SourceOptions,
  store: (items: AsyncIterable<SourceItem>) => Promise<void>,
): Promise<void> {
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    await watchFeeds(sources, everyMs, (items) => store(listed(items)), stop.signal, options);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

async function* listed<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}
