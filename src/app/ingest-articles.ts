/**
 * Ingesting a batch: each article read from the inputs is coded and saved in its own
 * transaction. An article already stored (same id, or same outlet and text) is skipped before
 * coding, so re-running an interrupted batch only codes what is missing. A bad input, an
 * article the coder fails on or a failed save is reported and the batch goes on. Coding may run
 * on worker threads (see coding-jobs.ts); saves stay on this thread, in input order, since story
 * clusters depend on the order articles arrive in.
 */

import type { Coder } from "../coder.js";
import { asHarbingerError, type HarbingerError } from "../errors.js";
import type { InputItem } from "../ingest/input-item.js";
import type { Article } from "../model/article.js";
import type { SaveResult, Store } from "../store/store.js";
import { inProcessCoding, type OrderedCoding } from "./ordered-coding.js";

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
  coding: Coder | OrderedCoding,
  store: Store,
  report: IngestReporter,
): Promise<IngestSummary> {
  const ordered = "codeInOrder" in coding ? coding : inProcessCoding(coding);
  let stored = 0;
  let duplicate = 0;
  let failed = 0;
  let events = 0;
  const checked = checkDuplicates(items, store);
  for await (const { item: check, outcome } of ordered.codeInOrder(checked, (c) => c.toCode)) {
    const { item } = check;
    if ("error" in item) {
      failed++;
      report.error(item.error);
      continue;
    }
    const { article } = item;
    let result: SaveResult;
    try {
      if ("failure" in check) throw check.failure;
      if (check.earlier !== undefined) {
        result = { status: "duplicate", articleId: article.id, duplicateOf: check.earlier };
      } else if (outcome !== null && "result" in outcome) {
        // Coded ahead on workers, an article may copy one saved since its check: the save
        // itself finds that and reports the duplicate, as the check would have.
        result = await store.saveArticle(article, outcome.result.coded);
      } else {
        throw outcome?.error ?? new Error("the article was not coded");
      }
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

interface Checked {
  readonly item: InputItem;
  /** The article to code: set unless the item is an error or already stored. */
  readonly toCode?: Article;
  /** The stored article it duplicates. */
  readonly earlier?: string;
  readonly failure?: unknown;
}

/** Skips articles already stored before they are coded. */
async function* checkDuplicates(
  items: AsyncIterable<InputItem>,
  store: Store,
): AsyncGenerator<Checked> {
  for await (const item of items) {
    if ("error" in item) {
      yield { item };
      continue;
    }
    try {
      const earlier = await store.findDuplicate(item.article);
      yield earlier === null ? { item, toCode: item.article } : { item, earlier };
    } catch (failure) {
      yield { item, failure };
    }
  }
}
