/**
 * `--jobs`: how many threads code articles. `1` codes on the main thread, in batches of the
 * articles already read (see readyBatches); `N` starts a pool of N workers, each coding one
 * article at a time; `auto`
 * (the default) looks at the batch first and starts a pool only for a batch of more than
 * AUTO_POOL_ABOVE articles, on one worker fewer than the machine has cores (four at most), and
 * only where that makes two or more.
 *
 * Why that rule: a worker pays the coder's whole start-up (about a second and a few hundred MB)
 * before its first article, and an article takes 5–10 ms, so a handful of articles is done on
 * the main thread before a pool would be ready; past a few dozen articles, on cores that are
 * free, the pool wins. One core is left to the main thread and to V8's own threads: coding on
 * one thread already keeps about 1.3 cores busy (garbage collection, compilation), and on a
 * two-core machine two workers used 60% more CPU time than the main thread alone and finished
 * no sooner. Four workers at most: each holds its own copy of the models, and the main
 * thread's share of each article (reading, copying the result back, JSON, the store) grows
 * with every worker it serves.
 */

import * as os from "node:os";
import { type Coder, createCoder } from "../coder.js";
import { CodingPool } from "./coding-pool.js";
import { type ArticleOf, type Coded, codeEach, type OrderedCoding } from "./ordered-coding.js";

export type Jobs = number | "auto";

/** Articles a batch must exceed before `auto` starts a pool. */
export const AUTO_POOL_ABOVE = 20;
export const AUTO_MAX_WORKERS = 4;

/** The workers `auto` uses for a batch of `articles` on `cores`; 0 means the main thread alone. */
export function autoWorkers(articles: number, cores = os.availableParallelism()): number {
  const workers = Math.min(cores - 1, AUTO_MAX_WORKERS);
  return articles > AUTO_POOL_ABOVE && workers > 1 ? workers : 0;
}

export interface CodingOptions {
  readonly jobs: Jobs;
  readonly defaultDate?: string;
  readonly syntax?: boolean;
}

/**
 * Codes batches as `--jobs` says. The main thread's coder and the pool are each started the
 * first time a batch needs them and kept for later batches (`ingest --watch` codes one batch
 * per poll); once a pool runs, later batches use it whatever their size.
 */
export function openCoding(options: CodingOptions): OrderedCoding {
  let coder: Promise<Coder> | undefined;
  let pool: Promise<CodingPool> | undefined;
  const mainThread = () => {
    coder ??= createCoder(
      options.defaultDate === undefined ? {} : { defaultDate: options.defaultDate },
    );
    return coder;
  };
  const workers = (size: number) => {
    pool ??= CodingPool.start({
      workers: size,
      syntax: options.syntax ?? false,
      ...(options.defaultDate !== undefined && { defaultDate: options.defaultDate }),
    });
    return pool;
  };

  async function* codeInOrder<T>(
    items: AsyncIterable<T>,
    articleOf: ArticleOf<T>,
  ): AsyncGenerator<Coded<T>> {
    let size = options.jobs === "auto" ? 0 : options.jobs;
    let batch = items;
    if (options.jobs === "auto" && pool === undefined) {
      const peeked = await peek(items, articleOf, AUTO_POOL_ABOVE + 1);
      size = autoWorkers(peeked.articles);
      batch = peeked.items;
    } else if (options.jobs === "auto") {
      size = autoWorkers(Number.POSITIVE_INFINITY);
    }
    if (size > 1) yield* (await workers(size)).codeInOrder(batch, articleOf);
    else yield* codeEach(batch, articleOf, await mainThread(), options.syntax ?? false);
  }

  return {
    codeInOrder,
    async close() {
      // A pool that failed to start has nothing left to close.
      await (await pool?.catch(() => undefined))?.close();
    },
  };
}

/** Reads items until `enough` articles are seen or the input ends; the items, in full, again. */
async function peek<T>(items: AsyncIterable<T>, articleOf: ArticleOf<T>, enough: number) {
  const source = items[Symbol.asyncIterator]();
  const head: T[] = [];
  let articles = 0;
  let ended = false;
  while (articles < enough) {
    const next = await source.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    if (articleOf(next.value) !== undefined) articles++;
  }
  async function* again(): AsyncGenerator<T> {
    yield* head;
    if (!ended) yield* { [Symbol.asyncIterator]: () => source };
  }
  return { items: again(), articles };
}
