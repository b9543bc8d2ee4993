/**
 * Ingesting a batch: each article read from the inputs is coded and saved in its own
 * transaction. An article already stored (same id, or same outlet and text) is skipped before
 * coding, so re-running an interrupted batch only codes what is missing. A bad input, an
 * article the coder fails on or a failed save is reported and the batch goes on.
 */

import type { Coder } from "../coder.js";
import { asHarbingerError, type HarbingerError } from "../errors.js";
import type { InputItem } from "../ingest/input-item.js";
import type { SaveResult, Store } from "../store/store.js";

export interface IngestSummary {
  readonly stored: number;
  readonly duplicate: number;
  readonly failed: number;
  /** Event mentions stored. */
  readonly events: number;
}

export interface IngestReporter {
  error(error: HarbingerError): void;
  saved?(result: SaveResult): void;
}

export async function ingestArticles(
  items: AsyncIterable<InputItem>,
  coder: Coder,
  store: Store,
  report: IngestReporter,
): Promise<IngestSummary> {
  let stored = 0;
  let duplicate = 0;
  let failed = 0;
  let events = 0;
  for await (const item of items) {
    if ("error" in item) {
      failed++;
      report.error(item.error);
      continue;
    }
    const { article } = item;
    let result: SaveResult;
    try {
      const earlier = await store.findDuplicate(article);
      result =
        earlier !== null
          ? { status: "duplicate", articleId: article.id, duplicateOf: earlier }
          : await store.saveArticle(article, coder.code(article));
    } catch (error) {
      failed++;
      report.error(asHarbingerError(error, item.input));
      continue;
    }
    if (result.status === "stored") {
      stored++;
      events += result.events;
    } else {
      duplicate++;
    }
    report.saved?.(result);
  }
  return { stored, duplicate, failed, events };
}
