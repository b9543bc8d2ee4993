/**
 * One worker thread of the coding pool: starts it, keeps the articles sent to it in the order
 * it codes them, and turns what it says (and its exit) into calls the pool handles.
 */

import { Worker } from "node:worker_threads";
import type { Article } from "../model/article.js";
import type { CodingOutcome } from "./code-article.js";
import {
  fromErrorData,
  type JobMessage,
  type WorkerMessage,
  type WorkerSetup,
} from "./coding-worker-messages.js";

export interface Job {
  readonly id: number;
  readonly article: Article;
  readonly done: (outcome: CodingOutcome) => void;
}

export interface PoolThread {
  /** Sent and not answered yet, oldest first: the worker codes them in this order. */
  readonly jobs: Job[];
  /** Whether its coder is loaded; articles are sent to ready threads only. */
  ready: boolean;
  send(job: Job): void;
  terminate(): Promise<unknown>;
}

export interface ThreadEvents {
  ready(): void;
  answered(job: number, outcome: CodingOutcome): void;
  /** It stopped, on its own or when terminated; `failure` says why. */
  exited(failure: Error): void;
}

export function startThread(url: URL, setup: WorkerSetup, events: ThreadEvents): PoolThread {
  const worker = new Worker(url, { workerData: setup });
  const thread: PoolThread = {
    jobs: [],
    ready: false,
    send(job) {
      const message: JobMessage = { job: job.id, article: job.article };
      worker.postMessage(message);
      thread.jobs.push(job);
    },
    terminate: () => worker.terminate(),
  };
  let failure: Error | undefined;
  worker.on("message", (message: WorkerMessage) => {
    if (message.kind === "ready") {
      thread.ready = true;
      events.ready();
    } else if (message.kind === "start-failed") {
      // Its exit, which this brings about, reports this reason.
      failure = fromErrorData(message.error);
      void worker.terminate();
    } else if (message.kind === "coded") {
      events.answered(message.job, { result: message.result });
    } else {
      events.answered(message.job, { error: fromErrorData(message.error) });
    }
  });
  worker.on("error", (error) => {
    failure = error;
  });
  worker.on("exit", (code) => events.exited(failure ?? new Error(`exit code ${code}`)));
  return thread;
}
