/**
 * Coding a stream of items in input order, whatever does the work: the main thread
 * (`inProcessCoding`) or a pool of worker threads. Items that carry no article to code (an
 * input error, an article already stored) pass through in their place, uncoded.
 */

import type { Coder } from "../coder.js";
import type { Article } from "../model/article.js";
import { CODING_BATCH } from "../pipeline/coding-batch.js";
import { type CodingOutcome, codeArticles } from "./code-article.js";
import { readyBatches } from "./ready-batches.js";

export interface Coded<T> {
  readonly item: T;
  /** Null for an item that had no article to code. */
  readonly outcome: CodingOutcome | null;
}

/** Picks the article to code out of an item, or undefined to pass the item through. */
export type ArticleOf<T> = (item: T) => Article | undefined;

export interface OrderedCoding {
  /** Yields every item once, in input order, with the outcome of coding its article. */
  codeInOrder<T>(items: AsyncIterable<T>, articleOf: ArticleOf<T>): AsyncIterable<Coded<T>>;
  /** Frees what the coding holds (worker threads); safe to call more than once. */
  close(): Promise<void>;
}

/** Codes the articles on the main thread in batches of those already read (see readyBatches). */
export function inProcessCoding(coder: Coder, syntax = false): OrderedCoding {
  return {
    codeInOrder: (items, articleOf) => codeEach(items, articleOf, coder, syntax),
    close: async () => {},
  };
}

export async function* codeEach<T>(
  items: AsyncIterable<T>,
  articleOf: ArticleOf<T>,
  coder: Coder,
  syntax: boolean,
): AsyncGenerator<Coded<T>> {
  const hasArticle = (item: T) => articleOf(item) !== undefined;
  for await (const batch of readyBatches(items, CODING_BATCH, hasArticle)) {
    const picked = batch.map(articleOf);
    const outcomes = codeArticles(
      coder,
      picked.filter((a) => a !== undefined),
      syntax,
    );
    let next = 0;
    for (const [i, item] of batch.entries())
      yield { item, outcome: picked[i] === undefined ? null : (outcomes[next++] ?? null) };
  }
}
