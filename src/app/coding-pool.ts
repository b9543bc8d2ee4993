/**
 * A pool of worker threads that code articles, each with its own coder (built with the same
 * options), for batches large enough to pay for starting them. Articles are coded in parallel
 * and come back in input order (see coding-pool-order.ts). An article that throws is reported
 * for that article; a worker that dies is reported for the article it was coding, and a new
 * worker takes its place. `close()` terminates the workers: call it at the end, and on abort.
 */

import type { Article } from "../model/article.js";
import type { CodingOutcome } from "./code-article.js";
import { codeInWindow } from "./coding-pool-order.js";
import { type Job, type PoolThread, startThread } from "./coding-pool-thread.js";
import type { WorkerSetup } from "./coding-worker-messages.js";
import { codingWorkerUrl } from "./coding-worker-url.js";
import type { ArticleOf, Coded, OrderedCoding } from "./ordered-coding.js";

export interface CodingPoolOptions {
  readonly workers: number;
  /** Reference date for articles without one, as for createCoder. */
  readonly defaultDate?: string;
  /** Add the syntax view to each result (`harbinger code --syntax`). */
  readonly syntax?: boolean;
  /** Items read ahead and not yet yielded, at most; default 4 per worker. */
  readonly inFlight?: number;
  /** The worker module; default the compiled coding worker. */
  readonly workerUrl?: URL;
  /** Aborting closes the pool and ends codeInOrder with the abort's reason. */
  readonly signal?: AbortSignal;
}

/**
 * Articles handed to one worker at a time: one being coded and one waiting, so a worker never
 * idles during a round trip, while a crash can only take the article being coded with it.
 */
const PER_WORKER = 2;

export class CodingPool implements OrderedCoding {
  private readonly threads: PoolThread[] = [];
  private readonly queue: Job[] = [];
  private nextJob = 0;
  /** Set once the pool stops taking work: closed, aborted, or unable to start a worker. */
  private stopped: Error | null = null;

  private constructor(
    private readonly options: CodingPoolOptions,
    private readonly url: URL,
  ) {}

  /** Starts the workers and waits for their coders; rejects with the reason one failed to load. */
  static async start(options: CodingPoolOptions): Promise<CodingPool> {
    const pool = new CodingPool(options, options.workerUrl ?? codingWorkerUrl());
    try {
      await Promise.all(Array.from({ length: options.workers }, () => pool.spawn()));
    } catch (error) {
      await pool.close();
      throw error;
    }
    const { signal } = options;
    signal?.addEventListener("abort", () => void pool.close(signal.reason), { once: true });
    return pool;
  }

  get workers(): number {
    return this.options.workers;
  }

  async *codeInOrder<T>(
    items: AsyncIterable<T>,
    articleOf: ArticleOf<T>,
  ): AsyncGenerator<Coded<T>> {
    const limit = this.options.inFlight ?? 4 * this.options.workers;
    for await (const coded of codeInWindow(items, articleOf, (a) => this.submit(a), limit)) {
      if (this.stopped !== null) throw this.stopped;
      yield coded;
    }
  }

  /** Codes one article on the next free worker; never rejects (failures are outcomes). */
  submit(article: Article): Promise<CodingOutcome> {
    return new Promise((done) => {
      if (this.stopped !== null) return done({ error: this.stopped });
      this.queue.push({ id: this.nextJob++, article, done });
      this.dispatch();
    });
  }

  async close(reason: unknown = new Error("the coding pool was closed")): Promise<void> {
    if (this.stopped === null) this.stop(asError(reason));
    await Promise.all(this.threads.map((thread) => thread.terminate()));
  }

  /** Starts a worker; resolves once its coder is loaded, rejects when loading fails. */
  private spawn(): Promise<void> {
    const setup: WorkerSetup = {
      syntax: this.options.syntax ?? false,
      ...(this.options.defaultDate !== undefined && { defaultDate: this.options.defaultDate }),
    };
    return new Promise((resolve, reject) => {
      const thread = startThread(this.url, setup, {
        ready: () => {
          resolve();
          this.dispatch();
        },
        answered: (job, outcome) => this.answer(thread, job, outcome),
        exited: (failure) => {
          this.threads.splice(this.threads.indexOf(thread), 1);
          if (this.stopped !== null) return;
          if (thread.ready) return this.replace(thread, failure);
          // A coder that cannot load will not load on a retry either: the pool cannot go on.
          this.stop(failure);
          reject(failure);
        },
      });
      this.threads.push(thread);
    });
  }

  /** A worker died: the article it was coding fails, the one waiting goes back to the queue. */
  private replace(thread: PoolThread, failure: Error): void {
    const [lost, ...waiting] = thread.jobs;
    lost?.done({
      error: new Error(
        `a coding worker stopped while coding it: ${failure.message}; a new worker takes its place`,
      ),
    });
    this.queue.unshift(...waiting);
    // A replacement that fails to load stops the pool, which codeInOrder reports.
    this.spawn().catch(() => {});
  }

  private answer(thread: PoolThread, id: number, outcome: CodingOutcome): void {
    const index = thread.jobs.findIndex((job) => job.id === id);
    if (index < 0) return;
    thread.jobs.splice(index, 1)[0]?.done(outcome);
    this.dispatch();
  }

  private dispatch(): void {
    for (const thread of this.threads) {
      while (thread.ready && thread.jobs.length < PER_WORKER && this.queue.length > 0) {
        const job = this.queue.shift() as Job;
        try {
          thread.send(job);
        } catch (error) {
          // An article that cannot be copied to a thread (it is not plain data).
          job.done({ error: asError(error) });
        }
      }
    }
  }

  private stop(reason: Error): void {
    this.stopped = reason;
    const pending = [...this.queue.splice(0), ...this.threads.flatMap((t) => t.jobs.splice(0))];
    for (const job of pending) job.done({ error: reason });
  }
}

function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
