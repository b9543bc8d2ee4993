/**
 * The pool's reading window: reads items ahead while earlier ones are being coded, at most
 * `limit` of them between reading and yielding, and yields them strictly in input order. The
 * bound is the back-pressure: a slow consumer (a piped stdout, a store) stops the reading, and
 * a large input is never read whole into memory.
 */

import type { Article } from "../model/article.js";
import type { CodingOutcome } from "./code-article.js";
import type { ArticleOf, Coded } from "./ordered-coding.js";

/** Starts coding one article; the promise never rejects (failures are outcomes). */
export type Submit = (article: Article) => Promise<CodingOutcome>;

interface Slot<T> {
  readonly item: T;
  /** Set once the item's outcome is known. */
  coded: Coded<T> | null;
  readonly settled: Promise<unknown>;
}

export async function* codeInWindow<T>(
  items: AsyncIterable<T>,
  articleOf: ArticleOf<T>,
  submit: Submit,
  limit: number,
): AsyncGenerator<Coded<T>> {
  const source = items[Symbol.asyncIterator]();
  const window: Slot<T>[] = [];
  // At most one read is pending; its result lands in `arrived.read` once it comes.
  let reading: Promise<unknown> | null = null;
  const arrived: { read: IteratorResult<T> | null } = { read: null };
  let ended = false;
  try {
    for (;;) {
      if (reading === null && !ended && window.length < limit) {
        reading = source.next().then((result) => {
          arrived.read = result;
        });
      }
      const head = window[0];
      if (head?.coded) {
        window.shift();
        yield head.coded;
        continue;
      }
      if (head === undefined && reading === null) return;
      // Whichever comes first: the oldest item's outcome, or the next item of the input.
      await Promise.race([head?.settled, reading].filter((p) => p !== undefined && p !== null));
      const next = arrived.read;
      if (next === null) continue;
      reading = null;
      arrived.read = null;
      if (next.done) ended = true;
      else window.push(startSlot(next.value, articleOf, submit));
    }
  } finally {
    // A read still pending (stdin, a slow feed) may never end: do not wait for it.
    if (reading === null) await source.return?.();
    else void Promise.resolve(source.return?.()).catch(() => {});
  }
}

function startSlot<T>(item: T, articleOf: ArticleOf<T>, submit: Submit): Slot<T> {
  const article = articleOf(item);
  if (article === undefined) {
    return { item, coded: { item, outcome: null }, settled: Promise.resolve() };
  }
  const slot: Slot<T> = {
    item,
    coded: null,
    settled: submit(article).then((outcome) => {
      slot.coded = { item, outcome };
    }),
  };
  return slot;
}
