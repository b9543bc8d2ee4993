/**
 * Coding a stream of items in input order, whatever does the work: the main thread
 * (`inProcessCoding`) or a pool of worker threads. Items that carry no article to code (an
 * input error, an article already stored) pass through in their place, uncoded.
 */

import type { Coder } from "../coder.js";
import type { Article } from "../model/article.js";
import { type CodingResult, codeArticle } from "./code-article.js";

/** How one article went: its result, or what was thrown while coding it. */
export type CodingOutcome = { readonly result: CodingResult } | { readonly error: Error };

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

/** Codes each article on the main thread as it is read, one at a time. */
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
  for await (const item of items) {
    const article = articleOf(item);
    yield { item, outcome: article === undefined ? null : codeNow(coder, article, syntax) };
  }
}

function codeNow(coder: Coder, article: Article, syntax: boolean): CodingOutcome {
  try {
    return { result: codeArticle(coder, article, syntax) };
  } catch (error) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
}
