/**
 * Progress of an ingestion run on stderr: a bar redrawn in place on a terminal (with errors
 * printed above it), one JSON object per line everywhere else, so logs can be collected and
 * queried (ending with a summary record).
 */

import type { SourceItem } from "../source-item.js";
import type { IngestSummary } from "./summary.js";

export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface Progress {
  /** More items became known (a feed's entries, a file). */
  planned(count: number): void;
  /** One item is done; `stored` says what the store made of an article. */
  item(item: SourceItem, stored?: "new" | "duplicate"): void;
  /** The run is over: ends the bar, or writes the summary record. */
  done(summary: IngestSummary): void;
}

export interface ProgressOptions {
  /** Clock for log timestamps and redraw throttling; injectable for tests. */
  readonly now?: () => number;
  /** Least time between two redraws of the bar. */
  readonly redrawMs?: number;
}

export function createProgress(stream: ProgressStream, options: ProgressOptions = {}): Progress {
  return stream.isTTY ? barProgress(stream, options) : jsonProgress(stream, options);
}

/** The JSON fields that describe an item. */
function describe(item: SourceItem, stored?: "new" | "duplicate"): Record<string, unknown> {
  const from = item.from === undefined ? {} : { feed: item.from.feed };
  if ("article" in item) {
    const { id, url, date, title, wire } = item.article;
    const near =
      item.nearDuplicate === undefined ? {} : { nearDuplicateOf: item.nearDuplicate.key };
    return {
      level: "info",
      event: "article",
      input: item.input,
      id,
      url,
      date,
      title,
      wire,
      stored,
      ...near,
      ...from,
    };
  }
  if ("skipped" in item) {
    const { reason, detail, lang, id } = item.skipped;
    return {
      level: "info",
      event: "skipped",
      input: item.input,
      reason,
      detail,
      lang,
      id,
      ...from,
    };
  }
  const { code, message } = item.error;
  return { level: "warn", event: "failed", input: item.input, code, message, ...from };
}

function jsonProgress(stream: ProgressStream, options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const log = (record: Record<string, unknown>) =>
    stream.write(`${JSON.stringify({ time: new Date(now()).toISOString(), ...record })}\n`);
  return {
    planned: () => {},
    item: (item, stored) => log(describe(item, stored)),
    done: (summary) => log({ level: "info", event: "summary", ...summary.counts }),
  };
}

const BAR_WIDTH = 24;

function barProgress(stream: ProgressStream, options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const redrawMs = options.redrawMs ?? 100;
  let total = 0;
  let done = 0;
  let failed = 0;
  let lastDraw = Number.NEGATIVE_INFINITY;
  const line = (): string => {
    const share = total === 0 ? 0 : Math.min(1, done / total);
    const filled = Math.round(share * BAR_WIDTH);
    const bar = `${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}`;
    const text = `[${bar}] ${done}/${total} items${failed > 0 ? `, ${failed} failed` : ""}`;
    return text.slice(0, Math.max(20, (stream.columns ?? 80) - 1));
  };
  const draw = (force = false): void => {
    const time = now();
    if (!force && time - lastDraw < redrawMs) return;
    lastDraw = time;
    stream.write(`\r\x1b[2K${line()}`);
  };
  return {
    planned: (count) => {
      total += count;
      draw();
    },
    item: (item) => {
      done++;
      if ("error" in item) {
        failed++;
        // Errors stay on screen: the bar's line is cleared, the error written, the bar redrawn.
        stream.write(`\r\x1b[2K${item.error.message} [${item.error.code}]\n`);
        draw(true);
        return;
      }
      draw(done === total);
    },
    // The summary itself is the caller's to print (the command writes it to stdout).
    done: () => {
      draw(true);
      stream.write("\n");
    },
  };
}
